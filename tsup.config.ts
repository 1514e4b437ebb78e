import { defineConfig } from 'tsup';

// franc-min and its helpers ship as ESM only; bundling them lets the CommonJS build load under `require`.
const esmOnlyDependencies = ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: esmOnlyDependencies,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    noExternal: esmOnlyDependencies,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
