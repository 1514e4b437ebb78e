import type { Language } from '../types';
import type { CountryRecord } from '../gazetteer/types';
import { COUNTRIES, ISO_3166_ALPHA2, USER_ASSIGNED_CODES } from '../gazetteer/data/countries';
import { PhraseMatcher } from '../text/phraseMatcher';
import { phraseKeys } from '../text/phraseMatcher';
import { arabicAdjectiveForms } from './arabicAdjectiveForms';

/** What a country phrase of the lexicon stands for. */
export interface CountryEntry {
  code: string;
  kind: 'name' | 'adjective';
  /** For Latin phrases: 'upper' when the text must be in capitals (US, UAE), 'cap' when capitalised. */
  latin: 'upper' | 'cap' | null;
}

export interface Candidate extends CountryEntry {
  phrase: string;
  /** Data written for this project outranks Intl names; a language's own forms outrank borrowed ones. */
  rank: number;
}

let recordsByCode: Map<string, CountryRecord> | null = null;
// Caches, filled on first use so that importing this module runs nothing.
let matchers: Map<Language, PhraseMatcher<CountryEntry>> | null = null;
let displayNameCache: Map<string, string[]> | null = null;
let displayNamesByLanguage: Map<Language, Intl.DisplayNames | null> | null = null;
let candidateCache: Map<Language, Candidate[]> | null = null;

/** The gazetteer record of a country code, if the gazetteer has one. */
export function countryRecord(code: string): CountryRecord | undefined {
  if (!recordsByCode) recordsByCode = new Map(COUNTRIES.map((r) => [r.code, r]));
  return recordsByCode.get(code);
}

/** Every code the lexicon knows: ISO 3166-1 plus the user-assigned codes in use. */
export function knownRegionCodes(): string[] {
  return [...ISO_3166_ALPHA2.split(' '), ...USER_ASSIGNED_CODES.split(' ')];
}

// Runtimes without Intl.DisplayNames (or without the locale) simply contribute no names.
function displayNames(language: Language): Intl.DisplayNames | null {
  displayNamesByLanguage ??= new Map();
  if (!displayNamesByLanguage.has(language)) {
    let made: Intl.DisplayNames | null = null;
    try {
      made = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      made = null;
    }
    displayNamesByLanguage.set(language, made);
  }
  return displayNamesByLanguage.get(language) ?? null;
}

/**
 * The region's names from Intl.DisplayNames, split into usable phrases: "ميانمار (بورما)" gives
 * both names; "Congo - Kinshasa" style disambiguations are not names anyone writes, so they are dropped.
 */
export function intlCountryNames(code: string, language: Language): string[] {
  displayNameCache ??= new Map();
  const cacheKey = `${language}:${code}`;
  const cached = displayNameCache.get(cacheKey);
  if (cached) return cached;
  let raw: string | undefined;
  try {
    raw = displayNames(language)?.of(code);
  } catch {
    raw = undefined;
  }
  const out: string[] = [];
  if (raw && raw !== code && !raw.includes(' - ')) {
    const [main = '', ...rest] = raw.split(/[(（]/u);
    const head = main.split(/[،,]/u)[0]!.trim();
    if (head) out.push(head);
    for (const part of rest) {
      const inner = part.replace(/[)）]/gu, '').trim();
      if (inner) out.push(inner);
    }
  }
  displayNameCache.set(cacheKey, out);
  return out;
}

export function latinMode(phrase: string): CountryEntry['latin'] {
  if (!/[A-Za-z]/u.test(phrase)) return null;
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  return letters.length <= 4 && letters === letters.toUpperCase() ? 'upper' : 'cap';
}

// Phrases are stored without a leading English article: "the UK" is found as "UK".
function stripEnglishArticle(phrase: string): string {
  return phrase.startsWith('the ') ? phrase.slice(4) : phrase;
}

// Languages whose phrases a document in `language` may use, with the rank they get.
export function sources(language: Language): Array<[Language, number]> {
  if (language === 'ar') return [['ar', 0], ['en', 2]];
  if (language === 'fa') return [['fa', 0], ['ar', 1], ['en', 2]];
  return [['en', 0]];
}

/** Every country phrase a document in `language` may use, before ambiguous ones are dropped. */
export function countryCandidates(language: Language): Candidate[] {
  candidateCache ??= new Map();
  const cached = candidateCache.get(language);
  if (cached) return cached;
  const out: Candidate[] = [];
  const add = (phrase: string, code: string, kind: CountryEntry['kind'], rank: number) => {
    const clean = stripEnglishArticle(phrase.trim());
    if (clean) out.push({ phrase: clean, code, kind, latin: latinMode(clean), rank });
  };
  for (const [lang, rank] of sources(language)) {
    for (const record of COUNTRIES) {
      for (const name of record.names[lang]) add(name, record.code, 'name', rank);
      for (const adjective of record.adjectives[lang]) {
        // Persian takes Arabic names but not Arabic adjective endings.
        if (lang === 'ar' && language !== 'ar') continue;
        const forms = lang === 'ar' ? arabicAdjectiveForms(adjective) : [adjective];
        for (const form of forms) add(form, record.code, 'adjective', rank);
      }
    }
    for (const code of knownRegionCodes()) {
      for (const name of intlCountryNames(code, lang)) add(name, code, 'name', rank + 0.5);
    }
  }
  candidateCache.set(language, out);
  return out;
}

/**
 * The country lexicon for documents in `language`, built on first use. A phrase claimed by two
 * countries at the same rank ("Congolese") is ambiguous and left out.
 */
export function countryMatcher(language: Language): PhraseMatcher<CountryEntry> {
  matchers ??= new Map();
  const cached = matchers.get(language);
  if (cached) return cached;
  const best = new Map<string, { entry: Candidate; ambiguous: boolean }>();
  for (const c of countryCandidates(language)) {
    const key = phraseKeys(c.phrase).join(' ');
    if (!key) continue;
    const seen = best.get(key);
    if (!seen || c.rank < seen.entry.rank) best.set(key, { entry: c, ambiguous: false });
    else if (c.rank === seen.entry.rank && c.code !== seen.entry.code) seen.ambiguous = true;
  }
  const phrases: Array<[string, CountryEntry]> = [];
  for (const { entry, ambiguous } of best.values()) {
    if (!ambiguous) phrases.push([entry.phrase, { code: entry.code, kind: entry.kind, latin: entry.latin }]);
  }
  const matcher = new PhraseMatcher(phrases, { proclitics: true, joined: true });
  matchers.set(language, matcher);
  return matcher;
}
