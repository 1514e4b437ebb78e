#!/usr/bin/env node
// Date normalization benchmark: majlis's normalizeDate against chrono-node on the public test
// cases of dateparser and Duckling kept in ../shared/peers (see its README for the scoring rule).
//   npm run bench:dates            uses dist/index.js when it exists (after `npm run build`)
//   npm run bench:dates -- --src   bundles src/ first (into .tmp/bench-dates)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const peersDir = process.env.MAJLIS_PEERS ?? path.resolve(root, '../shared/peers');

async function loadMajlis() {
  const dist = path.join(root, 'dist/index.js');
  if (fs.existsSync(dist) && !process.argv.includes('--src')) return { lib: await import(pathToFileURL(dist).href), from: 'dist/index.js' };
  const { build } = await import('esbuild');
  const out = path.join(root, '.tmp/bench-dates/index.js');
  await build({ entryPoints: [path.join(root, 'src/index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile: out, mainFields: ['module', 'main'], logLevel: 'warning' });
  return { lib: await import(pathToFileURL(out).href + '?' + Date.now()), from: 'src (bundled to .tmp/bench-dates)' };
}

function readRecords() {
  if (!fs.existsSync(peersDir)) {
    console.error(`bench:dates: no peer cases at ${peersDir} (set MAJLIS_PEERS to the folder of dateparser.json and duckling.json)`);
    process.exit(2);
  }
  const files = fs.readdirSync(peersDir).filter((f) => f.endsWith('.json') && !f.includes('results'));
  return files.flatMap((f) => JSON.parse(fs.readFileSync(path.join(peersDir, f), 'utf8'))).filter((r) => r.expected);
}

/** Monday of the ISO week of a YYYY-MM-DD day (pure arithmetic on UTC day numbers). */
function mondayOf(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Date.UTC(y, m - 1, d) / 864e5;
  const wd = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 = Monday
  return new Date((days - wd) * 864e5).toISOString().slice(0, 10);
}

/** The date part of `got` at the record's grain; a month or year answer starts on its first day. */
function correct(record, got) {
  if (!got) return false;
  let g = got.split('/')[0];
  const exp = record.expected;
  if (record.grain === 'year') return g.slice(0, 4) === exp.slice(0, 4);
  if (record.grain === 'month') return g.length >= 7 && g.slice(0, 7) === exp.slice(0, 7);
  if (g.length === 4) g += '-01-01';
  if (g.length === 7) g += '-01';
  if (record.grain === 'week') return mondayOf(g.slice(0, 10)) === mondayOf(exp.slice(0, 10));
  return g.slice(0, 10) === exp.slice(0, 10);
}

function majlisCall(lib, r) {
  const options = { language: r.lang };
  if (r.reference) options.referenceDate = r.reference.slice(0, 10);
  if (r.suite === 'duckling') options.prefer = 'future';
  return () => lib.normalizeDate(r.input, options)?.value ?? null;
}

function tzMinutes(tz) {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(tz ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

function chronoCall(r) {
  const parser = r.lang === 'en' ? chrono.en : chrono.ar;
  const ref = r.reference ? { instant: new Date(r.reference.slice(0, 16) + ':00Z'), timezone: 0 } : undefined;
  if (ref && r.reference_tz) {
    // The reference is a wall-clock time in reference_tz: move the instant so that it reads so there.
    ref.instant = new Date(ref.instant.getTime() - tzMinutes(r.reference_tz) * 60000);
    ref.timezone = tzMinutes(r.reference_tz);
  }
  const opts = { forwardDate: r.suite === 'duckling' };
  return () => {
    const res = parser.parse(r.input, ref, opts)[0];
    if (!res) return null;
    const s = res.start;
    const pad = (n) => String(n).padStart(2, '0');
    return `${s.get('year')}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
  };
}

function tally(rows, keyOf) {
  const out = new Map();
  for (const row of rows) {
    const k = keyOf(row.r);
    const t = out.get(k) ?? { n: 0, majlis: 0, chrono: 0 };
    t.n++;
    if (row.majlis) t.majlis++;
    if (row.chrono) t.chrono++;
    out.set(k, t);
  }
  return [...out.entries()].sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Strings per second of each set of calls, measured in alternating rounds so that load affects
 * both alike, at steady state: each set first runs for WARM_UP_MS, time enough for V8 to
 * optimize either library's code, so that the rounds time the code users run, not its compilation.
 */
const WARM_UP_MS = 1500;

function throughput(...sets) {
  for (const calls of sets) {
    const t0 = performance.now();
    while (performance.now() - t0 < WARM_UP_MS) for (const c of calls) c();
  }
  const done = sets.map(() => 0);
  const spent = sets.map(() => 0);
  for (let round = 0; round < 12; round++) {
    sets.forEach((calls, k) => {
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < 100) {
        for (const c of calls) c();
        done[k] += calls.length;
        t = performance.now();
      }
      spent[k] += t - t0;
    });
  }
  return sets.map((_, k) => done[k] / (spent[k] / 1000));
}

const { lib, from } = await loadMajlis();
const records = readRecords();
const rows = records.map((r) => {
  let m = null;
  try {
    m = majlisCall(lib, r)();
  } catch {
    m = null;
  }
  let c = null;
  try {
    c = chronoCall(r)();
  } catch {
    c = null;
  }
  return { r, majlis: correct(r, m), chrono: correct(r, c), got: m };
});

const pct = (a, n) => `${((100 * a) / n).toFixed(1)}%`.padStart(7);
const print = (title, table) => {
  console.log(`\n${title.padEnd(22)} records   majlis   chrono`);
  for (const [k, t] of table) console.log(`${k.padEnd(22)} ${String(t.n).padStart(7)}  ${pct(t.majlis, t.n)}  ${pct(t.chrono, t.n)}`);
};
console.log(`majlis from ${from}; ${records.length} peer records with an expected value (${peersDir})`);
print('suite · language', tally(rows, (r) => `${r.suite} · ${r.lang}`));
print('kind', tally(rows, (r) => r.kind));

const majlisCalls = records.map((r) => majlisCall(lib, r));
const chronoCalls = records.map((r) => chronoCall(r));
const [mps, cps] = throughput(majlisCalls, chronoCalls);
console.log(`\nthroughput (strings/s, one core): majlis ${Math.round(mps).toLocaleString('en')}  chrono-node ${Math.round(cps).toLocaleString('en')}  ratio ${(mps / cps).toFixed(1)}×`);
if (process.argv.includes('--misses')) for (const row of rows) if (!row.majlis) console.log('miss', row.r.id, JSON.stringify(row.r.input), 'expected', row.r.expected, 'got', row.got);
