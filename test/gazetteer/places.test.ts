import { COUNTRIES, ISO_3166_ALPHA2, USER_ASSIGNED_CODES } from '../../src/gazetteer/data/countries';
import { PLACES } from '../../src/gazetteer/data/places';
import { VENUES } from '../../src/gazetteer/data/venues';
import { fold } from '../../src/text/normalize';
import { intlCountryNames } from '../../src/places/countryIndex';

const validCodes = new Set([...ISO_3166_ALPHA2.split(' '), ...USER_ASSIGNED_CODES.split(' ')]);
const CONTINENTS = new Set(['africa', 'asia', 'europe', 'north-america', 'south-america', 'oceania']);
const LANGS = ['en', 'ar', 'fa'] as const;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    if (seen.has(v)) out.push(v);
    seen.add(v);
  }
  return out;
}

describe('ISO code list', () => {
  it('holds the 249 assigned ISO 3166-1 alpha-2 codes, each once', () => {
    const codes = ISO_3166_ALPHA2.split(' ');
    expect(codes).toHaveLength(249);
    expect(duplicates(codes)).toEqual([]);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}$/);
  });
});

describe('countries', () => {
  it('has one record per valid code', () => {
    expect(duplicates(COUNTRIES.map((c) => c.code))).toEqual([]);
    for (const c of COUNTRIES) expect(validCodes.has(c.code)).toBe(true);
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(195);
  });

  it('names every country in English, Arabic and Persian and gives an English adjective', () => {
    for (const c of COUNTRIES) {
      for (const lang of LANGS) {
        const forms = [...c.names[lang], ...intlCountryNames(c.code, lang)];
        if (forms.length === 0) throw new Error(`${c.code} has no ${lang} name`);
      }
      expect(c.adjectives.en.length).toBeGreaterThan(0);
    }
  });

  it('has a capital that is a place of the same country, and a known continent', () => {
    const places = new Map(PLACES.map((p) => [p.canonical, p]));
    for (const c of COUNTRIES) {
      const capital = places.get(c.capital);
      if (!capital) throw new Error(`${c.code}: capital ${c.capital} is not in places.ts`);
      expect(capital.country).toBe(c.code);
      expect(capital.capital).toBe(true);
      expect(CONTINENTS.has(c.continent)).toBe(true);
    }
  });

  it('writes Arabic adjectives as the masculine nisba (ending in ي)', () => {
    for (const c of COUNTRIES) for (const a of c.adjectives.ar) expect(fold(a).split(' ').some((w) => w.endsWith('ي'))).toBe(true);
  });
});

describe('places', () => {
  it('has unique canonical names, valid codes and forms in the three languages', () => {
    expect(duplicates(PLACES.map((p) => p.canonical))).toEqual([]);
    for (const p of PLACES) {
      if (!validCodes.has(p.country)) throw new Error(`${p.canonical}: bad code ${p.country}`);
      for (const lang of LANGS) if (p[lang].length === 0) throw new Error(`${p.canonical} has no ${lang} form`);
    }
  });

  it('gives each country at most one capital', () => {
    const capitals = PLACES.filter((p) => p.capital).map((p) => p.country);
    expect(duplicates(capitals)).toEqual([]);
  });

  it('never gives one spelling to two cities', () => {
    for (const lang of LANGS) {
      const keys = PLACES.flatMap((p) => [...new Set(p[lang].map((n) => fold(n).toLowerCase()))]);
      expect(duplicates(keys)).toEqual([]);
    }
  });
});

describe('venues', () => {
  it('has unique names, a known city of the same country, and forms in the three languages', () => {
    expect(duplicates(VENUES.map((v) => v.canonical))).toEqual([]);
    const places = new Map(PLACES.map((p) => [p.canonical, p]));
    for (const v of VENUES) {
      const city = places.get(v.city);
      if (!city) throw new Error(`${v.canonical}: city ${v.city} is not in places.ts`);
      expect(city.country).toBe(v.country);
      for (const lang of LANGS) if (v[lang].length === 0) throw new Error(`${v.canonical} has no ${lang} form`);
    }
  });
});
