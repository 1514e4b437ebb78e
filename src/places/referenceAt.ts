import type { Place } from '../types';
import type { Document } from '../pipeline/document';
import { originalSpan } from '../text/normalize';
import type { PlaceMention } from './types';
import type { PlaceWords } from './placeWords';
import { capitalOf, cityRecord } from './placeIndex';
import { countryAt } from './countries';
import { placeMatcher } from './placeIndex';

/** A "here" word or a reference to a capital, resolved to a city. */
export interface Reference {
  mention: PlaceMention;
  last: number;
}

function adjacent(doc: Document, a: number, b: number): boolean {
  return doc.tokens[b] !== undefined && doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).trim() === '';
}

function mention(doc: Document, start: number, end: number, city: Omit<Place, 'span' | 'venue'>): PlaceMention {
  const span = originalSpan(doc.nt, start, end);
  return { place: { ...city, venue: null, span }, start, end, kind: 'here', locative: true, dateline: false };
}

/** The capital of `country` as a place, named as the document's language writes it. */
function capitalPlace(doc: Document, country: string): Omit<Place, 'span' | 'venue'> | null {
  const city = capitalOf(country);
  if (!city) return null;
  return { name: city[doc.language][0] ?? city.canonical, canonical: city.canonical, country: city.country };
}

// A bare "the capital" means the dateline city when that city is a capital.
function homeCapital(home: Place | null): Omit<Place, 'span' | 'venue'> | null {
  if (!home || !home.canonical || !cityRecord(home.canonical)?.capital) return null;
  return { name: home.name, canonical: home.canonical, country: home.country };
}

/** "العاصمة الصينية", "عاصمة بيلاروس", "پایتخت بلاروس", or a bare "العاصمة" / "پایتخت". */
function capitalFirst(doc: Document, i: number, words: PlaceWords, home: Place | null): Reference | null {
  const word = words.capital.matchAt(doc.text, doc.tokens, i)[0];
  if (!word) return null;
  const next = word.last + 1;
  const country = adjacent(doc, word.last, next) ? countryAt(doc, next) : null;
  if (country) {
    const city = capitalPlace(doc, country.code);
    return city ? { mention: mention(doc, word.start, country.end, city), last: country.last } : null;
  }
  // "العاصمة بكين": the city itself follows and is read on its own.
  if (adjacent(doc, word.last, next) && placeMatcher(doc.language).matchAt(doc.text, doc.tokens, next).length > 0) return null;
  const city = homeCapital(home);
  return city ? { mention: mention(doc, word.start, word.end, city), last: word.last } : null;
}

/** "the Chinese capital", "Russia's capital", "the capital of Belarus", a bare "the capital". */
function capitalLast(doc: Document, i: number, home: Place | null): Reference | null {
  if (doc.tokens[i]!.key !== 'capital') return null;
  const prev = doc.tokens[i - 1];
  if (prev && prev.key === 's' && i >= 2) {
    const owner = countryAt(doc, i - 2);
    const city = owner && owner.last === i - 2 ? capitalPlace(doc, owner.code) : null;
    if (city) return { mention: mention(doc, owner!.start, doc.tokens[i]!.end, city), last: i };
  }
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const adjective = countryAt(doc, k);
    if (adjective && adjective.last === i - 1) {
      const city = capitalPlace(doc, adjective.code);
      const start = doc.tokens[k - 1]?.key === 'the' ? doc.tokens[k - 1]!.start : adjective.start;
      if (city) return { mention: mention(doc, start, doc.tokens[i]!.end, city), last: i };
    }
  }
  if (doc.tokens[i + 1]?.key === 'of' && adjacent(doc, i, i + 1)) {
    const named = countryAt(doc, i + 2);
    const city = named ? capitalPlace(doc, named.code) : null;
    if (named && city) return { mention: mention(doc, doc.tokens[i]!.start, named.end, city), last: named.last };
  }
  if (prev?.key === 'the') {
    const after = doc.text.slice(doc.tokens[i]!.end).trimStart()[0];
    const city = after === undefined || ',.;'.includes(after) ? homeCapital(home) : null;
    if (city) return { mention: mention(doc, prev.start, doc.tokens[i]!.end, city), last: i };
  }
  return null;
}

// English "Here is ...", "here are ...": a presentative, not a place.
function hereIsPlace(doc: Document, i: number): boolean {
  if (doc.language !== 'en') return true;
  const next = doc.tokens[i + 1]?.key;
  return doc.tokens[i]!.text === 'here' && next !== 'is' && next !== 'are' && next !== 's' && next !== 'was' && next !== 'were';
}

/** A "here" word or capital reference at token `i`, resolved to a city; null when it cannot be. */
export function referenceAt(doc: Document, i: number, words: PlaceWords, home: Place | null): Reference | null {
  const here = words.here.matchAt(doc.text, doc.tokens, i)[0];
  if (here) {
    if (!home || !hereIsPlace(doc, here.first)) return null;
    const city = { name: home.name, canonical: home.canonical, country: home.country };
    return { mention: mention(doc, here.start, here.end, city), last: here.last };
  }
  return doc.language === 'en' ? capitalLast(doc, i, home) : capitalFirst(doc, i, words, home);
}
