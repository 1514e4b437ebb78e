#!/usr/bin/env node
// Installs the packed package into throw-away consumer projects and runs each one:
//   esm-node16   TypeScript, "module"/"moduleResolution": "node16", type-checked and run as ESM
//   ts-bundler   TypeScript, "moduleResolution": "bundler", type-checked, bundled with esbuild, run
//   cjs          plain JavaScript with require()
//   browser      esbuild bundle for the browser, run in headless Chromium on a seed article
//   date-only    a browser bundle importing only normalizeDate: no compromise, no people gazetteer
// Every consumer must give the same results as the built package does here.
//   npm run build && node test/consumers/run.mjs [--keep]
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium (Debian's `chromium`; .ci/run installs it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { peopleMarkers } from './markers.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SEED = resolve(ROOT, 'examples/articles/ar-xi-lukashenko-samarkand.txt');
const REFERENCE = '2022-09-15';
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const keep = process.argv.includes('--keep');

const text = readFileSync(SEED, 'utf8');
const lib = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
const expected = JSON.stringify(probe(lib, text, REFERENCE));

/** What every consumer computes and prints: the same calls on the same article. */
function probe(api, article, referenceDate) {
  return {
    language: api.detectLanguage(article),
    meetings: api.extractMeetings(article, { referenceDate }),
    dates: api.findDates(article, { referenceDate }),
  };
}

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

function sh(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

async function step(name, fn) {
  try {
    await fn();
  } catch (error) {
    const out = [error.stdout, error.stderr, error.message].filter(Boolean).join('\n').trim().split('\n').slice(-15).join('\n');
    check(name, false, `\n${out}`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'majlis-consumers-'));
const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], ROOT));
const tarball = join(work, packed[0].filename);
console.log(`packed ${packed[0].filename}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(0)} KB`);

function project(name, packageJson, files) {
  const dir = join(work, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, ...packageJson }, null, 2));
  // The article is handed over as a module, so consumer code needs no Node API and runs anywhere.
  writeFileSync(join(dir, 'src', 'article.json'), JSON.stringify({ text, referenceDate: REFERENCE }));
  writeFileSync(join(dir, 'src', 'article.ts'), `export default ${JSON.stringify({ text, referenceDate: REFERENCE })};\n`);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], dir);
  return dir;
}

const probeTs = `
export function probe(api: typeof import('majlis'), text: string, referenceDate: string) {
  const meetings: Meeting[] = api.extractMeetings(text, { referenceDate });
  const dates: DateValue[] = api.findDates(text, { referenceDate });
  const language: Language | 'und' = api.detectLanguage(text);
  return { language, meetings, dates };
}`;
const consumerTs = `import * as majlis from 'majlis';
import type { DateValue, Language, Meeting } from 'majlis';
import article from './article.js';
${probeTs}
console.log(JSON.stringify(probe(majlis, article.text, article.referenceDate)));
`;

await step('esm-node16', () => {
  const dir = project('esm-node16', { type: 'module' }, {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'node16', moduleResolution: 'node16', strict: true, outDir: 'out', rootDir: 'src', lib: ['ES2022', 'DOM'], types: []},
      include: ['src'],
    }),
    'src/index.ts': consumerTs,
  });
  sh(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
  const out = sh(process.execPath, ['out/index.js'], dir).trim();
  check('esm-node16', out === expected, out === expected ? 'type-checks, runs, same results' : 'results differ from dist/index.js');
});

await step('ts-bundler', async () => {
  const dir = project('ts-bundler', { type: 'module' }, {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], types: []},
      include: ['src'],
    }),
    'src/index.ts': consumerTs,
  });
  sh(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
  await build({ entryPoints: [join(dir, 'src/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'out/index.mjs'), logLevel: 'error', absWorkingDir: dir });
  const out = sh(process.execPath, ['out/index.mjs'], dir).trim();
  check('ts-bundler', out === expected, out === expected ? 'type-checks, bundles, same results' : 'results differ from dist/index.js');
});

await step('cjs', () => {
  const dir = project('cjs', { type: 'commonjs' }, {
    'index.js': `const majlis = require('majlis');
const article = require('./src/article.json');
const probe = ${probe.toString()};
console.log(JSON.stringify(probe(majlis, article.text, article.referenceDate)));
`,
  });
  const out = sh(process.execPath, ['index.js'], dir).trim();
  check('cjs', out === expected, out === expected ? 'require() works, same results' : 'results differ from dist/index.js');
});

/** Bundles `entry` for the browser; returns the code and the modules that have code in it. */
async function browserBundle(dir, entry, minify) {
  const r = await build({
    stdin: { contents: entry, resolveDir: dir, sourcefile: 'entry.js' },
    bundle: true, platform: 'browser', format: 'iife', minify, metafile: true, write: false, logLevel: 'silent', absWorkingDir: dir, outfile: 'out.js',
  });
  // metafile.inputs lists every module esbuild read, shaken out or not; the output's own inputs
  // with bytes in the output are what the bundle really holds.
  const [output] = Object.values(r.metafile.outputs);
  const inputs = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
  return { code: r.outputFiles[0].text, inputs };
}

const NODE_BUILTIN = /\brequire\(\s*["'](node:|fs["']|path["']|os["']|url["']|module["'])|from\s*["']node:/;

await step('browser', async () => {
  const dir = project('browser', { type: 'module' }, {});
  const { code } = await browserBundle(dir, `import * as majlis from 'majlis';
import article from './src/article.json';
globalThis.runMajlis = () => JSON.stringify((${probe.toString()})(majlis, article.text, article.referenceDate));`, false);
  check('browser bundle has no Node built-ins', !NODE_BUILTIN.test(code), `${(code.length / 1024).toFixed(0)} KB`);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!doctype html><meta charset="utf-8"><title>majlis</title>');
    await page.addScriptTag({ content: code });
    const out = await page.evaluate(() => globalThis.runMajlis());
    check('browser runs the library', errors.length === 0 && typeof out === 'string', errors.join('; '));
    check('browser gives the same results as Node', out === expected);
    const meetings = JSON.parse(out).meetings.length;
    check('browser extracts a meeting from the seed article', meetings >= 1, `${meetings} meeting(s)`);
  } finally {
    await browser.close();
  }
});

await step('date-only', async () => {
  const dir = join(work, 'browser');
  const { code, inputs } = await browserBundle(dir, `import { normalizeDate } from 'majlis';
globalThis.normalizeDate = normalizeDate;`, true);
  const compromise = inputs.filter((p) => p.includes('node_modules/compromise/'));
  check('normalizeDate alone does not pull compromise', compromise.length === 0, compromise.slice(0, 3).join(', '));
  const markers = await peopleMarkers(ROOT);
  const found = markers.filter((m) => code.includes(m));
  // Control: the markers are found where the gazetteer is used, so their absence above means something.
  const whole = await browserBundle(dir, `import * as majlis from 'majlis'; globalThis.majlis = majlis;`, true);
  console.log(`     (control: the whole-library bundle holds ${markers.filter((m) => whole.code.includes(m)).length} of ${markers.length} gazetteer names)`);
  check('normalizeDate alone does not pull the people gazetteer', found.length === 0,
    markers.length === 0 ? 'the gazetteer has no entries yet' : found.length ? `found ${found.slice(0, 3).join(', ')}` : `none of ${markers.length} names present`);
});

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`consumer projects kept in ${work}`);
const failed = results.filter((r) => !r.ok).length;
console.log(`consumers: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
