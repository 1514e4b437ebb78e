import type { Token } from '../text/tokens';
import { dateLexicon, senseBit, type Sense } from './lexicon';

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
}

/** The bit of a sense kind; numbers written in digits have the bit `INT_BIT`. */
export function kindBit(k: Sense['k']): number {
  return senseBit(k);
}

export const INT_BIT = 65536;

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
  return { start, end, first, last, senses, int: null, digits: 0, ordinal: false, proclitic: 0, kinds: senses.length === 0 ? 0 : kindsOf(senses) };
}

function number(start: number, end: number, i: number, digits: string, ordinal: boolean, proclitic = 0): Atom {
  return { start, end, first: i, last: i, senses: NO_SENSES, int: Number(digits), digits: digits.length, ordinal, proclitic, kinds: INT_BIT };
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
    const c0 = key.charCodeAt(0);
    const digitFirst = c0 >= 48 && c0 <= 57;
    if (digitFirst && allDigits(key)) {
      out.push(number(t.start, t.end, i, key, false));
      continue;
    }
    const hit = lex.matchAt(text, tokens, i);
    if (hit && hit.last < to) {
      const last = tokens[hit.last]!;
      // The lexicon knows the kind bits of its phrases: no need to read the senses again.
      const atom: Atom = { start: t.start, end: last.end, first: i, last: hit.last, senses: hit.senses, int: null, digits: 0, ordinal: false, proclitic: hit.proclitic, kinds: hit.kinds };
      out.push(atom);
      i = hit.last;
      continue;
    }
    const ord = digitFirst ? ORDINAL_SUFFIX.exec(key) : null;
    if (ord) {
      out.push(number(t.start, t.end, i, ord[1]!, true));
      continue;
    }
    const lastCode = key.charCodeAt(key.length - 1);
    const digitLast = lastCode >= 48 && lastCode <= 57;
    const waw = digitLast ? WAW_DIGITS.exec(key) : null;
    if (waw) {
      out.push(number(t.start, t.end, i, waw[2]!, false, 1));
      continue;
    }
    // "14april", "Feb13": a month glued to a number.
    const glued = digitFirst ? DIGITS_THEN_LETTERS.exec(key) : digitLast ? LETTERS_THEN_DIGITS.exec(key) : null;
    if (glued) {
      const numFirst = DIGITS.test(glued[1]!);
      const word = numFirst ? glued[2]! : glued[1]!;
      const digits = numFirst ? glued[1]! : glued[2]!;
      const senses = lex.matchAt(text, [{ start: 0, end: word.length, text: word, key: word }], 0)?.senses ?? [];
      if (senses.some((s) => s.k === 'month') || (numFirst && /[\u0600-\u06ff]/u.test(word))) {
        const cut = t.start + (numFirst ? digits.length : word.length);
        const numAtom = numFirst ? number(t.start, cut, i, digits, false) : number(cut, t.end, i, digits, false);
        const wordAtom = numFirst ? plain(cut, t.end, i, i, senses) : plain(t.start, cut, i, i, senses);
        out.push(...(numFirst ? [numAtom, wordAtom] : [wordAtom, numAtom]));
        continue;
      }
    }
    out.push(plain(t.start, t.end, i, i));
  }
  return out;
}

export function sense<K extends Sense['k']>(a: Atom | undefined, k: K): Extract<Sense, { k: K }> | undefined {
  // The kind bits answer most asks without looking at the senses; plain words and numbers
  // (no senses at all) not even with the bit of the kind.
  if (!a || a.senses.length === 0 || (a.kinds & senseBit(k)) === 0) return undefined;
  const senses = a.senses;
  for (let n = 0; n < senses.length; n++) if (senses[n]!.k === k) return senses[n] as Extract<Sense, { k: K }>;
  return undefined;
}

// senseBit('marker'), as a constant for the hot path.
const MARKER_BIT = 16384;

export function marker(a: Atom | undefined, m: string): boolean {
  if (!a || (a.kinds & MARKER_BIT) === 0) return false;
  const senses = a.senses;
  for (let n = 0; n < senses.length; n++) {
    const s = senses[n]!;
    if (s.k === 'marker' && s.m === m) return true;
  }
  return false;
}
