import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonRecord } from '../../src/gazetteer/types';
import { allPeopleRecords } from '../../src/gazetteer/data/people/index';
import { ISO_3166_ALPHA2, USER_ASSIGNED_CODES } from '../../src/gazetteer/data/countries';
import { fold } from '../../src/text/normalize';

const validCodes = new Set([...ISO_3166_ALPHA2.split(' '), ...USER_ASSIGNED_CODES.split(' ')]);
const ROLES = new Set([
  'head-of-state', 'head-of-government', 'foreign-minister', 'minister', 'monarch', 'crown-prince',
  'diplomat', 'official', 'party-leader', 'organization-head', 'other',
]);
const dir = join(__dirname, '../../src/gazetteer/data/people');

// Every record of every region file, whether or not index.ts lists the file yet.
function recordsByFile(): Map<string, PersonRecord[]> {
  const out = new Map<string, PersonRecord[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(dir, file)) as Record<string, unknown>;
    out.set(file, Object.values(mod).filter(Array.isArray).flat() as PersonRecord[]);
  }
  return out;
}

describe('people gazetteer', () => {
  const files = recordsByFile();
  const all = [...files.values()].flat();

  it('reaches every region file through allPeopleRecords()', () => {
    const indexed = new Set(allPeopleRecords());
    for (const [file, records] of files) {
      const missing = records.filter((r) => !indexed.has(r)).length;
      if (missing > 0) throw new Error(`${file}: ${missing} records not returned by allPeopleRecords()`);
    }
  });

  it('has no duplicate canonical names', () => {
    const where = new Map<string, string[]>();
    for (const [file, records] of files) {
      for (const r of records) {
        const key = fold(r.canonical).toLowerCase();
        where.set(key, [...(where.get(key) ?? []), `${r.canonical} (${file})`]);
      }
    }
    expect([...where.values()].filter((list) => list.length > 1)).toEqual([]);
  });

  it('gives every person English, Arabic and Persian forms and a valid country', () => {
    for (const r of all) {
      for (const lang of ['en', 'ar', 'fa'] as const) if (r[lang].length === 0) throw new Error(`${r.canonical} has no ${lang} form`);
      if (!validCodes.has(r.country)) throw new Error(`${r.canonical}: bad country ${r.country}`);
    }
  });

  it('has valid role terms: a known role and years in order', () => {
    for (const r of all) {
      expect(r.roles.length).toBeGreaterThan(0);
      for (const [role, from, to] of r.roles) {
        if (!ROLES.has(role)) throw new Error(`${r.canonical}: unknown role ${role}`);
        if (!Number.isInteger(from) || from < 1900 || from > 2100) throw new Error(`${r.canonical}: bad start year ${from}`);
        if (to !== null && (!Number.isInteger(to) || to < from || to > 2100)) throw new Error(`${r.canonical}: bad end year ${to}`);
      }
    }
  });
});
