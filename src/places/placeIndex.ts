import type { Language, PlaceEntryInput } from '../types';
import type { PlaceRecord, VenueRecord } from '../gazetteer/types';
import { PLACES } from '../gazetteer/data/places';
import { VENUES } from '../gazetteer/data/venues';
import { PhraseMatcher, phraseKeys } from '../text/phraseMatcher';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { countryCandidates, latinMode, sources } from './countryIndex';

/** What a place phrase of the lexicon stands for. */
export interface PlaceEntry {
  kind: 'city' | 'country' | 'venue';
  /** Canonical English name: of the city, the country, or the venue. */
  canonical: string;
  country: string;
  /** For a venue: the canonical name of its city. */
  city: string | null;
  latin: 'upper' | 'cap' | null;
}

interface Ranked {
  phrase: string;
  entry: PlaceEntry;
  rank: number;
}

// At equal rank a city outranks a country of the same spelling (الكويت, تونس: the capital is
// where meetings happen) and a venue outranks both.
const KIND_ORDER: Record<PlaceEntry['kind'], number> = { venue: 0, city: 1, country: 2 };

/** The place lexicon of one language. */
export interface PlaceLexicon {
  matcher: PhraseMatcher<PlaceEntry>;
  /**
   * Names with punctuation between their words ("Novo-Ogaryovo", "St. Petersburg", "Xi'an"),
   * keyed by `punctuatedKey`: the matcher only joins words separated by spaces.
   */
  punctuated: ReadonlyMap<string, PlaceEntry>;
  /** The first word keys of the punctuated names, to skip the lookup at other words. */
  punctuatedFirst: ReadonlySet<string>;
  /** Every phrase key, to tell "للقاهرة" (ل + القاهرة) from "للندن" (ل + لندن). */
  keys: ReadonlySet<string>;
}

let lexicons: Map<Language, PlaceLexicon> | null = null;
let citiesByCanonical: Map<string, PlaceRecord> | null = null;
let capitalsByCountry: Map<string, PlaceRecord> | null = null;

/** The gazetteer city with this canonical name. */
export function cityRecord(canonical: string): PlaceRecord | undefined {
  if (!citiesByCanonical) citiesByCanonical = new Map(PLACES.map((p) => [p.canonical, p]));
  return citiesByCanonical.get(canonical);
}

/** The capital of a country, when the gazetteer knows it. */
export function capitalOf(country: string): PlaceRecord | undefined {
  if (!capitalsByCountry) {
    capitalsByCountry = new Map();
    for (const p of PLACES) if (p.capital && !capitalsByCountry.has(p.country)) capitalsByCountry.set(p.country, p);
  }
  return capitalsByCountry.get(country);
}

/** A stretch of folded text as a lookup key: lower case, single spaces, no punctuation at either end. */
export function punctuatedKey(folded: string): string {
  return folded.toLowerCase().replace(/\s+/gu, ' ').replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
}

function stripEnglishArticle(phrase: string): string {
  return phrase.startsWith('the ') ? phrase.slice(4) : phrase;
}

function ranked(language: Language): Ranked[] {
  const out: Ranked[] = [];
  const add = (phrase: string, entry: Omit<PlaceEntry, 'latin'>, rank: number) => {
    const clean = stripEnglishArticle(phrase.trim());
    if (clean) out.push({ phrase: clean, entry: { ...entry, latin: latinMode(clean) }, rank });
  };
  for (const [lang, rank] of sources(language)) {
    for (const p of PLACES) {
      for (const name of p[lang]) add(name, { kind: 'city', canonical: p.canonical, country: p.country, city: p.canonical }, rank);
    }
    for (const v of VENUES as readonly VenueRecord[]) {
      for (const name of v[lang]) add(name, { kind: 'venue', canonical: v.canonical, country: v.country, city: v.city }, rank);
    }
  }
  for (const c of countryCandidates(language)) {
    if (c.kind !== 'name') continue;
    add(c.phrase, { kind: 'country', canonical: c.code, country: c.code, city: null }, c.rank);
  }
  return out;
}

/** The place lexicon (cities, venues, country names) for documents in `language`, built on first use. */
export function placeLexicon(language: Language): PlaceLexicon {
  lexicons ??= new Map();
  const cached = lexicons.get(language);
  if (cached) return cached;
  const best = new Map<string, Ranked>();
  const all = ranked(language);
  for (const r of all) {
    const key = phraseKeys(r.phrase).join(' ');
    if (!key) continue;
    const seen = best.get(key);
    if (!seen || r.rank < seen.rank || (r.rank === seen.rank && KIND_ORDER[r.entry.kind] < KIND_ORDER[seen.entry.kind])) best.set(key, r);
  }
  const punctuated = new Map<string, PlaceEntry>();
  for (const r of all) {
    const key = punctuatedKey(fold(r.phrase));
    if (/[^\p{L}\p{M}\p{N}\s]/u.test(key) && !punctuated.has(key)) punctuated.set(key, r.entry);
  }
  const punctuatedFirst = new Set([...punctuated.keys()].map((k) => tokenize(k)[0]?.key ?? ''));
  const matcher = new PhraseMatcher([...best.values()].map((r): [string, PlaceEntry] => [r.phrase, r.entry]), { proclitics: true, joined: true });
  const lexicon = { matcher, punctuated, punctuatedFirst, keys: new Set(best.keys()) };
  lexicons.set(language, lexicon);
  return lexicon;
}

/** The phrase matcher of the place lexicon for `language`. */
export function placeMatcher(language: Language): PhraseMatcher<PlaceEntry> {
  return placeLexicon(language).matcher;
}

/** A lexicon of the caller's own places (`options.places`): they outrank the gazetteer. */
export function userPlaceMatcher(entries: readonly PlaceEntryInput[]): PhraseMatcher<PlaceEntry> | null {
  if (entries.length === 0) return null;
  const phrases: Array<[string, PlaceEntry]> = [];
  for (const e of entries) {
    const entry: PlaceEntry = { kind: 'city', canonical: e.canonical, country: e.country ?? '', city: e.canonical, latin: null };
    for (const name of [e.canonical, ...e.names]) if (name.trim()) phrases.push([name, { ...entry, latin: latinMode(name) }]);
  }
  return new PhraseMatcher(phrases, { proclitics: true, joined: true });
}
