// Strings that exist only in the people gazetteer (src/gazetteer/data/people): if a bundle holds
// one of them, the gazetteer is in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Canonical names and spellings of the gazetteer's people, at least 6 characters long. */
export async function peopleMarkers(root) {
  const dir = mkdtempSync(join(tmpdir(), 'majlis-markers-'));
  try {
    const outfile = join(dir, 'people.mjs');
    await build({ entryPoints: [join(root, 'src/gazetteer/data/people/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
    const mod = await import(pathToFileURL(outfile).href);
    const records = typeof mod.allPeopleRecords === 'function' ? mod.allPeopleRecords() : Object.values(mod).filter(Array.isArray).flat();
    const strings = new Set();
    for (const r of records) {
      for (const v of Object.values(r)) {
        for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s.length >= 6) strings.add(s);
      }
    }
    return [...strings];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
