// Texts the package-level checks run the library on: the seed and dev articles of the shared
// corpus (when present beside the checkout) and a few odd strings.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');

const ODD = ['', ' ', '\u202E\u2067التقى\u2069', '\uD800\uDC00\uDFFF', '<p>met on Monday</p>', '«'.repeat(500), '١٥ سبتمبر ٢٠٢٢'];

/** [{ name, text, referenceDate }] */
export function corpus() {
  const items = ODD.map((text, i) => ({ name: `odd-${i}`, text, referenceDate: '2024-05-20' }));
  const seeds = join(SHARED, 'seeds/gold');
  const dev = join(SHARED, 'dev');
  for (const dir of [seeds, dev]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const text = g.text ?? (g.textFile ? readFileSync(resolve(dir, g.textFile), 'utf8') : null);
      if (typeof text === 'string') items.push({ name: f, text, referenceDate: g.referenceDate ?? null });
    }
  }
  return items;
}

/** Every public function's result on every corpus text, as one JSON-ready object. */
export function runAll(api, items = corpus()) {
  return items.map(({ name, text, referenceDate }) => {
    const options = referenceDate ? { referenceDate } : {};
    return {
      name,
      language: api.detectLanguage(text),
      meetings: api.extractMeetings(text, options),
      dates: api.findDates(text, options),
      date: api.normalizeDate(text.slice(0, 200), options),
      people: api.findPeople(text, options),
      places: api.findPlaces(text, options),
    };
  });
}
