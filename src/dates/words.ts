/**
 * Words of a normalized text read in place, the way `tokenize` (src/text/tokens.ts) splits them:
 * maximal runs of letters, marks and digits (Unicode L, M, N), keyed in lower case when they hold
 * a Latin capital. The date reader of short strings walks the text with these instead of building
 * a token list, and looks most words up where they stand (see ./wordIndex), cutting no substring.
 */

import { HASH_SEED, hashStep } from './wordIndex';

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

// Whether each code unit below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) is a word
// character; rarer scripts ask the class each time. Filled on first use.
let low: Uint8Array | null = null;

/** 1 for each code unit below U+0800 that is a word character, 0 for the others. */
export function lowWordTable(): Uint8Array {
  if (low) return low;
  const t = new Uint8Array(0x800);
  for (let cp = 0; cp < 0x800; cp++) t[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 0;
  low = t;
  return t;
}

/** Bits of `wordClasses` for a code unit below U+0800. */
export const WORD = 1;
export const NOT_DIGIT = 2; // a word character other than 0–9
export const CAPITAL = 4; // a Latin capital (see `isLatinCapital`)
export const NOT_ARABIC = 8; // outside ASCII and the Arabic block

let classes: Uint8Array | null = null;

/**
 * For each code unit below U+0800 that is a word character, WORD and the other bits that hold
 * (0 for the rest): what the date reader asks of every character, in one read.
 */
export function wordClasses(): Uint8Array {
  if (classes) return classes;
  const words = lowWordTable();
  const t = new Uint8Array(0x800);
  for (let c = 0; c < 0x800; c++) {
    if (words[c] === 0) continue;
    t[c] = WORD | (c >= 48 && c <= 57 ? 0 : NOT_DIGIT) | (isLatinCapital(c) ? CAPITAL : 0) | (c >= 0x80 && (c < 0x600 || c > 0x6ff) ? NOT_ARABIC : 0);
  }
  classes = t;
  return t;
}

/** UTF-16 units of the word character at `k`: 1 or 2, or 0 when it is no word character (or past the end). */
export function wordCharWidth(text: string, k: number): number {
  // (Reading past the end would give NaN and take V8 off its fast path for `charCodeAt`.)
  if (k >= text.length) return 0;
  const unit = text.charCodeAt(k);
  if (unit < 0x800) return lowWordTable()[unit] === 1 ? 1 : 0;
  const cp = text.codePointAt(k)!;
  const width = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(width === 2 ? text.slice(k, k + 2) : text[k]!) ? width : 0;
}

/** A Latin capital (A–Z, À–Þ): a word holding one is keyed in lower case, as `tokenize` keys it. */
export function isLatinCapital(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde);
}

/** End of the word that starts at `start` (a word character). */
export function wordEnd(text: string, start: number): number {
  const table = lowWordTable();
  let k = start;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c < 0x800) {
      if (table[c] === 0) break;
      k++;
    } else {
      const width = wordCharWidth(text, k);
      if (width === 0) break;
      k += width;
    }
  }
  return k;
}

/** The key of the word text[start, end): the word, lower-cased when it holds a Latin capital. */
export function wordKey(text: string, start: number, end: number): string {
  const word = text.slice(start, end);
  for (let k = start; k < end; k++) if (isLatinCapital(text.charCodeAt(k))) return word.toLowerCase();
  return word;
}

/**
 * Whether the key of text[start, end) is `key`, compared in place when the word is ASCII or
 * Arabic-block letters (where lower-casing is unit for unit); other text takes the substring.
 */
export function wordKeyIs(text: string, start: number, end: number, key: string): boolean {
  const n = end - start;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(start + k);
    if (c >= 0x80 && (c < 0x600 || c > 0x6ff)) return wordKey(text, start, end) === key;
  }
  if (n !== key.length) return false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(start + k);
    if ((c >= 0x41 && c <= 0x5a ? c + 32 : c) !== key.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The hash (see `WordIndex`) of the word text[start, end) read with A–Z lower-cased, or null when
 * that is not its key (a Latin capital next to a unit outside ASCII and the Arabic block).
 */
export function hashInPlace(text: string, start: number, end: number): number | null {
  let h = HASH_SEED;
  let capital = false;
  let other = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isLatinCapital(c)) capital = true;
    if (c >= 0x80 && (c < 0x600 || c > 0x6ff)) other = true;
    h = hashStep(h, c >= 0x41 && c <= 0x5a ? c + 32 : c);
  }
  return capital && other ? null : h;
}
