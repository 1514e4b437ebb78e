import type { Token } from '../text/tokens';
import { dateLexicon, senseBit, type Sense } from './lexicon';
import { CAPITAL, NOT_ARABIC, NOT_DIGIT, wordCharWidth, wordClasses, wordKey } from './words';
import { HASH_SEED, hashStep } from './wordIndex';

/** A word or phrase of the text as the date grammar sees it. Offsets are normalized. */
export interface Atom {
  start: number;
  end: number;
  /** Token range [first, last]. */
  first: number;
  last: number;
  senses: Sense[];
  /** The written number, for digit tokens ("15", "1st", "٢٠٢٤"). */
  int: number | null;
  /** How many digits it was written with (a year of 2 digits, a zero-padded day). */
  digits: number;
  /** True for "1st", "2nd" (a day of the month written as an ordinal). */
  ordinal: boolean;
  /** Letters of the proclitic (و، ب، ل) before the word. */
  proclitic: number;
  /** Bit set of the sense kinds (see `kindBit`), for quick rejection. */
  kinds: number;
  /** `kinds` of this atom and of every atom after it in its list: what a reading may still find. */
  after: number;
}

/** The bit of a sense kind; numbers written in digits have the bit `INT_BIT`. */
export function kindBit(k: Sense['k']): number {
  return senseBit(k);
}

export const INT_BIT = 65536;

// `kindBit` of the kinds the grammar asks about most, as constants for the hot path.
export const MONTH_BIT = 1;
export const WEEKDAY_BIT = 2;
export const CARD_BIT = 4;
export const RELYEAR_BIT = 32;
export const UNIT_BIT = 128;
export const POD_BIT = 512;
export const PERIOD_BIT = 8192;
export const MARKER_BIT = 16384;

function kindsOf(senses: Sense[]): number {
  let bits = 0;
  for (let n = 0; n < senses.length; n++) bits |= senseBit(senses[n]!.k);
  return bits;
}

// Words without a sense share one empty list: atoms' senses are only read.
const NO_SENSES: Sense[] = [];

const ORDINAL_SUFFIX = /^(\d{1,2})(st|nd|rd|th)$/;
const DIGITS = /^\d+$/;
const LETTERS_THEN_DIGITS = /^([a-z]+)(\d{1,4})$/;
const DIGITS_THEN_LETTERS = /^(\d{1,4})([a-z]+|[\u0600-\u06ff]+)$/u;
const WAW_DIGITS = /^(و|ب|ل)(\d{1,4})$/;

function plain(start: number, end: number, first: number, last: number, senses: Sense[] = NO_SENSES): Atom {
  return { start, end, first, last, senses, int: null, digits: 0, ordinal: false, proclitic: 0, kinds: senses.length === 0 ? 0 : kindsOf(senses), after: 0 };
}

function number(start: number, end: number, i: number, digits: string, ordinal: boolean, proclitic = 0): Atom {
  return numberOf(start, end, i, Number(digits), digits.length, ordinal, proclitic);
}

function numberOf(start: number, end: number, i: number, int: number, digits: number, ordinal: boolean, proclitic: number): Atom {
  return { start, end, first: i, last: i, senses: NO_SENSES, int, digits, ordinal, proclitic, kinds: INT_BIT, after: 0 };
}

/** The number written by the ASCII digits text[start, end), read in place when it is exact in a double. */
function digitsValue(text: string, start: number, end: number): number {
  if (end - start > 15) return Number(text.slice(start, end));
  let v = 0;
  for (let k = start; k < end; k++) v = v * 10 + (text.charCodeAt(k) - 48);
  return v;
}

/** `DIGITS.test(key)` as a loop: the hot path reads every token. */
function allDigits(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return key.length > 0;
}

/** Reads tokens `[from, to)` into atoms: lexicon phrases, numbers, and plain words (no senses). */
export function readAtoms(text: string, tokens: readonly Token[], from = 0, to = tokens.length): Atom[] {
  const lex = dateLexicon();
  const out: Atom[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const key = t.key;
    if (allDigits(key)) {
      out.push(number(t.start, t.end, i, key, false));
      continue;
    }
    const hit = lex.matchWord(text, t.end, key, false);
    if (hit && i + lex.hitWords < to) {
      const last = i + lex.hitWords;
      // The lexicon knows the kind bits of its phrases: no need to read the senses again.
      out.push({ start: t.start, end: lex.hitEnd, first: i, last, senses: hit.senses, int: null, digits: 0, ordinal: false, proclitic: lex.hitProclitic, kinds: hit.kinds, after: 0 });
      i = last;
      continue;
    }
    pushOtherWord(out, key, t.start, t.end, i);
  }
  return sealed(out);
}

/**
 * `readAtoms(text, tokenize(text))` read straight off the text, without a token list: the words
 * of a short input found, keyed and looked up in one pass.
 */
export function readTextAtoms(text: string): Atom[] {
  const lex = dateLexicon();
  const out: Atom[] = [];
  const length = text.length;
  let i = 0; // token index
  // (Each character is classed by one read of a table: a call per character, or a test per
  // question, would cost more than the reading itself.)
  const table = wordClasses();
  for (let k = 0; k < length; ) {
    const c0 = text.charCodeAt(k);
    if (c0 < 0x800 ? table[c0] === 0 : wordCharWidth(text, k) === 0) {
      k++;
      continue;
    }
    const start = k;
    let seen = 0; // the class bits of the word's characters
    let hash = HASH_SEED;
    while (k < length) {
      const c = text.charCodeAt(k);
      let width = 1;
      if (c < 0x800) {
        const bits = table[c]!;
        if (bits === 0) break;
        seen |= bits;
      } else {
        if ((width = wordCharWidth(text, k)) === 0) break;
        seen |= NOT_DIGIT | NOT_ARABIC;
      }
      hash = hashStep(hash, c >= 0x41 && c <= 0x5a ? c + 32 : c);
      k += width;
    }
    const digits = (seen & NOT_DIGIT) === 0;
    const capital = (seen & CAPITAL) !== 0;
    const other = (seen & NOT_ARABIC) !== 0;
    if (digits) {
      out.push(numberOf(start, k, i++, digitsValue(text, start, k), k - start, false, 0));
      continue;
    }
    // A word's key is its units with A–Z lower-cased unless a capital meets a letter whose lower
    // case `toLowerCase` may change (even in length): then it is cut out and keyed.
    const inPlace = !(capital && other);
    const hit = inPlace ? lex.matchHashed(text, start, k, hash) : lex.matchWord(text, k, wordKey(text, start, k), false);
    if (hit) {
      const last = i + lex.hitWords;
      out.push({ start, end: lex.hitEnd, first: i, last, senses: hit.senses, int: null, digits: 0, ordinal: false, proclitic: lex.hitProclitic, kinds: hit.kinds, after: 0 });
      i = last + 1;
      k = lex.hitEnd;
      continue;
    }
    // Only a word that begins or ends with a digit is more than a plain word: key it then.
    const first = text.charCodeAt(start);
    const lastCode = text.charCodeAt(k - 1);
    if ((first >= 48 && first <= 57) || (lastCode >= 48 && lastCode <= 57)) {
      pushOtherWord(out, wordKey(text, start, k), start, k, i++);
      continue;
    }
    out.push(plain(start, k, i, i++));
  }
  return sealed(out);
}

/** The list with each atom's `after` set, read from the last atom back. */
function sealed(atoms: Atom[]): Atom[] {
  let after = 0;
  for (let k = atoms.length - 1; k >= 0; k--) {
    const a = atoms[k]!;
    after |= a.kinds;
    a.after = after;
  }
  return atoms;
}

/** A word the lexicon does not know at its position: an ordinal in digits, a number after و/ب/ل, a month glued to a number, or a plain word. */
function pushOtherWord(out: Atom[], key: string, start: number, end: number, i: number): void {
  const c0 = key.charCodeAt(0);
  const digitFirst = c0 >= 48 && c0 <= 57;
  const ord = digitFirst ? ORDINAL_SUFFIX.exec(key) : null;
  if (ord) {
    out.push(number(start, end, i, ord[1]!, true));
    return;
  }
  const lastCode = key.charCodeAt(key.length - 1);
  const digitLast = lastCode >= 48 && lastCode <= 57;
  const waw = digitLast ? WAW_DIGITS.exec(key) : null;
  if (waw) {
    out.push(number(start, end, i, waw[2]!, false, 1));
    return;
  }
  // "14april", "Feb13": a month glued to a number.
  const glued = digitFirst ? DIGITS_THEN_LETTERS.exec(key) : digitLast ? LETTERS_THEN_DIGITS.exec(key) : null;
  if (glued) {
    const numFirst = DIGITS.test(glued[1]!);
    const word = numFirst ? glued[2]! : glued[1]!;
    const digits = numFirst ? glued[1]! : glued[2]!;
    const senses = dateLexicon().matchWord('', 0, word, true)?.senses ?? NO_SENSES;
    if (senses.some((s) => s.k === 'month') || (numFirst && /[\u0600-\u06ff]/u.test(word))) {
      const cut = start + (numFirst ? digits.length : word.length);
      if (numFirst) out.push(number(start, cut, i, digits, false), plain(cut, end, i, i, senses));
      else out.push(plain(start, cut, i, i, senses), number(cut, end, i, digits, false));
      return;
    }
  }
  out.push(plain(start, end, i, i));
}

export function sense<K extends Sense['k']>(a: Atom | undefined, k: K): Extract<Sense, { k: K }> | undefined {
  // The kind bits, kept on the atom itself, answer most asks without reading the senses (plain
  // words and numbers have no bits at all).
  if (!a || (a.kinds & senseBit(k)) === 0) return undefined;
  const senses = a.senses;
  for (let n = 0; n < senses.length; n++) if (senses[n]!.k === k) return senses[n] as Extract<Sense, { k: K }>;
  return undefined;
}

export function marker(a: Atom | undefined, m: string): boolean {
  if (!a || (a.kinds & MARKER_BIT) === 0) return false;
  const senses = a.senses;
  for (let n = 0; n < senses.length; n++) {
    const s = senses[n]!;
    if (s.k === 'marker' && s.m === m) return true;
  }
  return false;
}
