#!/usr/bin/env node
// Throughput of extractMeetings, in characters per second:
//   - the seed articles repeated to ≥ 1 MB, one call per article and as one big document;
//   - English, Arabic and Persian dev articles separately (≥ 1 MB each, one call per article);
//   - findDates against chrono-node's date finder on the same English text (the peer ratio).
// Peak memory (RSS and heap) is printed at the end.
//   npm run build && node bench/throughput.mjs [--lib dist/index.js] [--json]
import * as chrono from 'chrono-node';
import { concatenated, devArticles, loadLibrary, repeatTo, seedArticles } from './corpus.mjs';

const MB = 1024 * 1024;
const lib = await loadLibrary(process.argv);
let peakHeap = 0;

function timed(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return ms;
}

/** Characters per second of `fn` over the articles, each its own call. */
function perDocument(articles, fn) {
  let chars = 0;
  let ms = 0;
  for (const a of articles) {
    ms += timed(() => fn(a.text, a.referenceDate ? { referenceDate: a.referenceDate } : {}));
    chars += a.text.length;
  }
  return { chars, ms, charsPerSecond: Math.round((chars / ms) * 1000) };
}

function oneDocument(text, fn) {
  const ms = timed(() => fn(text, { referenceDate: '2024-01-01' }));
  return { chars: text.length, ms, charsPerSecond: Math.round((text.length / ms) * 1000) };
}

const seeds = seedArticles();
const dev = devArticles();
const byLanguage = (lang) => dev.filter((a) => a.language === lang);
const extract = (text, options) => lib.extractMeetings(text, options);

// Warm-up: first calls build lexicon indexes and let the JIT settle.
for (const a of [...seeds, ...dev]) lib.extractMeetings(a.text, {});

const results = {
  'seeds, per document': perDocument(repeatTo(seeds, MB), extract),
  'seeds, one document': oneDocument(concatenated(seeds, MB), extract),
  'English dev, per document': perDocument(repeatTo(byLanguage('en'), MB), extract),
  'Arabic dev, per document': perDocument(repeatTo(byLanguage('ar'), MB), extract),
  'Persian dev, per document': perDocument(repeatTo(byLanguage('fa'), MB), extract),
};

// The peer: chrono-node finds English dates; majlis's findDates does the same job on the same text.
const english = repeatTo(byLanguage('en'), MB);
const ours = perDocument(english, (text, options) => lib.findDates(text, options));
const peer = perDocument(english, (text, options) => chrono.parse(text, options.referenceDate ? new Date(`${options.referenceDate}T12:00:00Z`) : undefined));
results['findDates, English dev'] = ours;
results['chrono-node parse, English dev'] = peer;

const usage = process.resourceUsage();
const memory = { peakRssMB: Math.round(usage.maxRSS / 1024), peakHeapMB: Math.round(peakHeap / MB) };
const ratio = Math.round((ours.charsPerSecond / peer.charsPerSecond) * 100) / 100;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ results, peerRatio: ratio, memory }));
} else {
  console.log('extractMeetings throughput                     chars       ms      chars/s');
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name.padEnd(40)} ${String(r.chars).padStart(9)} ${r.ms.toFixed(0).padStart(8)} ${String(r.charsPerSecond).padStart(12)}`);
  }
  console.log(`  English / Arabic throughput: ${(results['English dev, per document'].charsPerSecond / results['Arabic dev, per document'].charsPerSecond).toFixed(2)}`);
  console.log(`  findDates / chrono-node (English dates): ${ratio} (above 1: majlis is faster)`);
  console.log(`  peak memory: RSS ${memory.peakRssMB} MB, heap ${memory.peakHeapMB} MB`);
}
