import type { Document } from '../pipeline/document';
import type { Token } from '../text/tokens';
import { peopleLexicon, type PeopleLexicon } from './lexicon';
import type { PeopleLookup } from './gazetteer';

/** What a token is to the name reader. */
export const enum Cls {
  Free = 0,
  Title = 1,
  Honorific = 2,
  Stop = 3,
  Reference = 4,
  Cue = 5,
}

/** The shared state of one document's person reading. */
export interface Scan {
  doc: Document;
  text: string;
  tokens: readonly Token[];
  lex: PeopleLexicon;
  lookup: PeopleLookup;
  cls: Uint8Array;
  /** Tokens right after a meeting verb ("التقى", "met with"). */
  meetingFrom: Set<number>;
  year: number | null;
}

export function newScan(doc: Document, lookup: PeopleLookup): Scan {
  return {
    doc,
    text: doc.text,
    tokens: doc.tokens,
    lex: peopleLexicon(),
    lookup,
    cls: new Uint8Array(doc.tokens.length),
    meetingFrom: new Set(),
    year: doc.options.reference?.year ?? null,
  };
}

const ARABIC = /[\u0600-\u06ff]/u;
const UPPER = /^\p{Lu}/u;

export function isArabicToken(t: Token): boolean {
  return ARABIC.test(t.text);
}

export function isCapitalized(t: Token): boolean {
  return UPPER.test(t.text);
}

/** The characters between token `i - 1` and token `i`. */
export function gapBefore(scan: Scan, i: number): string {
  const prev = scan.tokens[i - 1];
  const cur = scan.tokens[i];
  if (!prev || !cur) return '\n';
  return scan.text.slice(prev.end, cur.start);
}

/** True when tokens `i - 1` and `i` belong to one phrase: only spaces (and, in Latin names, a hyphen or apostrophe) between. */
export function joined(scan: Scan, i: number): boolean {
  const gap = gapBefore(scan, i);
  if (gap.length > 3) return false;
  const latin = !isArabicToken(scan.tokens[i]!);
  // An initial: "S. Jaishankar", "John F. Kennedy".
  const prev = scan.tokens[i - 1]!;
  if (latin && prev.text.length === 1 && /\p{Lu}/u.test(prev.text) && (gap === '.' || gap === '. ')) return true;
  for (const ch of gap) {
    if (ch === ' ' || ch === '\t' || ch === '\u00a0') continue;
    if (latin && (ch === '-' || ch === "'" || ch === '\u2019')) continue;
    return false;
  }
  return true;
}

/** Like `joined`, but also across a comma (and, in Arabic script, a dash): an apposition. */
export function nearby(scan: Scan, i: number): boolean {
  if (joined(scan, i)) return true;
  // A closing quote may stand between: "«رضا عامری»، سفیر".
  const gap = gapBefore(scan, i).replace(/[»"\u201d\s]/gu, '');
  if (gapBefore(scan, i).includes('\n')) return false;
  return gap === '' || gap === '،' || gap === ',' || (gap === '-' && isArabicToken(scan.tokens[i]!));
}

/** After an honorific or title: spaces, or a full stop of an abbreviation ("Mr. Blinken"). */
export function joinedAfterAbbreviation(scan: Scan, i: number): boolean {
  if (joined(scan, i)) return true;
  const gap = gapBefore(scan, i);
  return gap.trim() === '.' && gap.length <= 3;
}
