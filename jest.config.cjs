/** Tests run TypeScript through SWC; the ESM-only franc-min family is transformed too. */
const esmOnly = ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'];
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } , module: { type: 'commonjs' } }] },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
};
