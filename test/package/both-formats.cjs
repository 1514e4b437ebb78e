// Loads the built package twice, by `import` (dist/index.js) and by `require` (dist/index.cjs),
// runs every public function over the same corpus, and prints what each produced.
const { resolve } = require('node:path');
const { pathToFileURL } = require('node:url');

async function main() {
  const root = resolve(__dirname, '../..');
  const { runAll } = await import(pathToFileURL(resolve(__dirname, 'corpus.mjs')).href);
  const esm = await import(pathToFileURL(resolve(root, 'dist/index.js')).href);
  const cjs = require(resolve(root, 'dist/index.cjs'));
  const errorOf = (api) => {
    try {
      api.extractMeetings(null);
      return null;
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  };
  const report = (api) => ({
    exports: Object.keys(api).filter((k) => k !== 'default' && k !== '__esModule').sort(),
    error: errorOf(api),
    results: runAll(api),
  });
  process.stdout.write(JSON.stringify({ esm: report(esm), cjs: report(cjs) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
