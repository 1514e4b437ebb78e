#!/usr/bin/env node
// Person recognition over the gold sets: recall of every gold participant and attendee found by
// findPeople with the right full name, and accuracy of canonical, role and country.
//   node scripts/dev-build.mjs .tmp/people && node scripts/eval-names.mjs [--lib .tmp/people/index.js] [--verbose] [dirs...]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
let lib = 'dist/index.js';
let verbose = false;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lib') lib = args[++i];
  else if (args[i] === '--verbose' || args[i] === '-v') verbose = true;
  else dirs.push(args[i]);
}
if (dirs.length === 0) dirs.push('../shared/seeds/gold', '../shared/dev');
const { findPeople } = await import(pathToFileURL(resolve(lib)).href);

// The scorer's key: case, accents, marks and Arabic letter variants folded; letters and digits only.
function key(s) {
  if (!s) return '';
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/[\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[يىی]/g, 'ي')
    .replace(/[كک]/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/ٱ/g, 'ا')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function textOf(gold, file) {
  if (typeof gold.text === 'string') return gold.text;
  const candidates = [gold.textFile && resolve(dirname(file), gold.textFile), file.replace(/\/gold\/([^/]+)\.json$/, '/$1.txt')];
  for (const c of candidates) if (c && existsSync(c)) return readFileSync(c, 'utf8');
  return null;
}

const t = { gold: 0, found: 0, canonN: 0, canon: 0, roleN: 0, role: 0, countryN: 0, country: 0 };
const byLanguage = {};
const misses = [];
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const file = join(dir, f);
    const gold = JSON.parse(readFileSync(file, 'utf8'));
    const text = textOf(gold, file);
    if (text === null) continue;
    const people = findPeople(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
    const seen = new Set();
    for (const meeting of gold.meetings ?? []) {
      for (const [kind, list] of [['participant', meeting.participants ?? []], ['attendee', meeting.attendees ?? []]]) {
        for (const g of list) {
          const surface = g.surface ?? [];
          if (surface.length === 0) continue;
          const id = key(surface[0]);
          if (seen.has(id + kind)) continue;
          seen.add(id + kind);
          t.gold++;
          const lang = (byLanguage[gold.language ?? '?'] ??= { gold: 0, found: 0 });
          lang.gold++;
          const hits = people.filter((p) => key(p.name) === id);
          if (hits.length > 0) lang.found++;
          if (hits.length === 0) {
            misses.push(`${f} ${kind} miss: ${surface[0]}`);
            continue;
          }
          t.found++;
          const best = hits.find((p) => p.role) ?? hits[0];
          if (g.canonical) {
            t.canonN++;
            if (key(best.canonical) === key(g.canonical)) t.canon++;
            else misses.push(`${f} canonical: ${surface[0]} → ${best.canonical} (gold ${g.canonical})`);
          }
          if (kind === 'participant' && g.role) {
            t.roleN++;
            if (best.role === g.role) t.role++;
            else misses.push(`${f} role: ${surface[0]} → ${best.role} (gold ${g.role})`);
          }
          if (kind === 'participant' && g.country) {
            t.countryN++;
            if (best.country === g.country) t.country++;
            else misses.push(`${f} country: ${surface[0]} → ${best.country} (gold ${g.country})`);
          }
        }
      }
    }
  }
}
const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
if (verbose) for (const m of misses) console.log(m);
console.log(`recall (full name)   ${pct(t.found, t.gold)}`);
console.log(`canonical            ${pct(t.canon, t.canonN)}`);
console.log(`role                 ${pct(t.role, t.roleN)}`);
console.log(`country              ${pct(t.country, t.countryN)}`);
for (const [lang, x] of Object.entries(byLanguage)) console.log(`  recall ${lang}          ${pct(x.found, x.gold)}`);
