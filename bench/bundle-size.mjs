#!/usr/bin/env node
// Size of what a browser app ships when it uses majlis: the built ESM package bundled by esbuild
// (minified, then gzipped), for the whole library and for an app importing only normalizeDate.
// Also checks, from the sources, that normalizeDate alone reaches neither compromise nor the
// people gazetteer (exit 1 otherwise).
//   npm run build && node bench/bundle-size.mjs [--json]
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

async function bundle(contents, resolveDir) {
  const r = await build({
    stdin: { contents, resolveDir, sourcefile: 'app.js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, metafile: true, logLevel: 'silent', absWorkingDir: ROOT, outfile: 'app.js',
  });
  const code = r.outputFiles[0].contents;
  // metafile.inputs lists every module read, shaken out or not; keep those with bytes in the output.
  const [output] = Object.values(r.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs };
}

// From the built package, as a consumer's bundler sees it (resolved through package.json "exports").
const whole = await bundle(`import * as majlis from 'majlis'; globalThis.majlis = majlis;`, ROOT);
const dateOnly = await bundle(`import { normalizeDate } from 'majlis'; globalThis.normalizeDate = normalizeDate;`, ROOT);
// From the sources, where esbuild can name every module the import reaches.
const fromSource = await bundle(`import { normalizeDate } from './src/index.ts'; globalThis.normalizeDate = normalizeDate;`, ROOT);
const unwanted = fromSource.inputs.filter((p) => p.includes('node_modules/compromise/') || p.includes('src/gazetteer/data/people/'));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['whole library', whole],
  ['normalizeDate only', dateOnly],
  ['normalizeDate only (from src)', fromSource],
];
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries(rows.map(([k, v]) => [k, { minified: v.minified, gzipped: v.gzipped }]))));
} else {
  console.log('ESM bundle for the browser (esbuild, minified)    minified   gzipped');
  for (const [name, r] of rows) console.log(`  ${name.padEnd(46)} ${kb(r.minified).padStart(9)} ${kb(r.gzipped).padStart(9)}`);
  console.log(`  compromise in the whole-library bundle: ${whole.inputs.some((p) => p.includes('node_modules/compromise/')) ? 'yes' : 'no'}`);
  const franc = fromSource.inputs.some((p) => p.includes('node_modules/franc-min/'));
  console.log(`  franc-min (language identification) in the normalizeDate bundle: ${franc ? 'yes' : 'no'}`);
}
if (unwanted.length > 0) {
  console.error(`normalizeDate alone pulls in: ${unwanted.slice(0, 5).join(', ')}${unwanted.length > 5 ? ', …' : ''}`);
  process.exitCode = 1;
} else {
  console.log('  normalizeDate alone reaches neither compromise nor src/gazetteer/data/people: ok');
}
