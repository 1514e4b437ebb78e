import type { Document } from '../pipeline/document';
import type { Token } from '../text/tokens';
import { countryMatcher, countryRecord, intlCountryNames, type CountryEntry } from './countryIndex';

/** A country named or described at some token: "الصين", "الصيني", "چین", "Chinese". Offsets are normalized. */
export interface CountryHit {
  code: string;
  start: number;
  end: number;
  /** Tokens covered (inclusive). */
  first: number;
  last: number;
  kind: 'name' | 'adjective';
}

// Dotted abbreviations cannot go through the phrase matcher, whose phrases are words.
const DOTTED: ReadonlyArray<readonly [string, string]> = [
  ['U.S.A.', 'US'],
  ['U.S.', 'US'],
  ['U.K.', 'GB'],
  ['U.A.E.', 'AE'],
];

function dottedAt(doc: Document, i: number): CountryHit | null {
  const token = doc.tokens[i]!;
  if (token.text !== 'U') return null;
  for (const [abbr, code] of DOTTED) {
    if (!doc.text.startsWith(abbr, token.start)) continue;
    const end = token.start + abbr.length;
    let last = i;
    while (last + 1 < doc.tokens.length && doc.tokens[last + 1]!.end <= end) last++;
    return { code, start: token.start, end, first: i, last, kind: 'name' };
  }
  return null;
}

// "Latin American", "South America": the continent, not the United States.
const CONTINENT_QUALIFIERS: readonly string[] = ['latin', 'south', 'north', 'central'];

function caseFits(tokens: readonly Token[], first: number, last: number, entry: CountryEntry): boolean {
  if (entry.latin === null) return true;
  const head = tokens[first]!.text;
  if (entry.latin === 'upper') {
    for (let k = first; k <= last; k++) if (tokens[k]!.text !== tokens[k]!.text.toUpperCase()) return false;
    return true;
  }
  return head[0] !== undefined && head[0] !== head[0].toLowerCase();
}

interface CountryMemo {
  text: string;
  language: Document['language'];
  hits: Map<number, CountryHit | null>;
}

// Several stages ask about the same tokens; the answer depends only on the document's text,
// tokens and language, so it is remembered per token list (dropped with the document).
let memos: WeakMap<readonly Token[], CountryMemo> | null = null;

function memoFor(doc: Document): Map<number, CountryHit | null> {
  memos ??= new WeakMap();
  let memo = memos.get(doc.tokens);
  if (!memo || memo.text !== doc.text || memo.language !== doc.language) {
    memo = { text: doc.text, language: doc.language, hits: new Map() };
    memos.set(doc.tokens, memo);
  }
  return memo.hits;
}

/** The country name or adjective that starts at token `i` (after any Arabic proclitic), if any. */
export function countryAt(doc: Document, i: number): CountryHit | null {
  if (i < 0 || i >= doc.tokens.length) return null;
  const memo = memoFor(doc);
  let hit = memo.get(i);
  if (hit === undefined) memo.set(i, (hit = readCountryAt(doc, i)));
  return hit;
}

function readCountryAt(doc: Document, i: number): CountryHit | null {
  const dotted = dottedAt(doc, i);
  if (dotted) return dotted;
  for (const hit of countryMatcher(doc.language).matchAt(doc.text, doc.tokens, i)) {
    if (!caseFits(doc.tokens, hit.first, hit.last, hit.value)) continue;
    if (hit.value.code === 'US' && i > 0 && CONTINENT_QUALIFIERS.includes(doc.tokens[i - 1]!.key)) continue;
    return { code: hit.value.code, start: hit.start, end: hit.end, first: hit.first, last: hit.last, kind: hit.value.kind };
  }
  return null;
}

/** Every country name and adjective in the document, left to right, non-overlapping. */
export function findCountries(doc: Document): CountryHit[] {
  const out: CountryHit[] = [];
  for (let i = 0; i < doc.tokens.length; ) {
    const hit = countryAt(doc, i);
    if (hit) {
      out.push(hit);
      i = hit.last + 1;
    } else i++;
  }
  return out;
}

/** The country's name in the given language (for display); the code itself when unknown. */
export function countryName(code: string, language: 'ar' | 'fa' | 'en'): string {
  if (typeof code !== 'string') return '';
  const upper = code.toUpperCase();
  const own = countryRecord(upper)?.names[language][0];
  const intl = intlCountryNames(upper, language)[0];
  // English names in the data are the usual titles ("Turkey"); Arabic and Persian ones are variants.
  return (language === 'en' ? own ?? intl : intl ?? own) ?? code;
}
