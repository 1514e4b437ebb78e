import type { Token } from '../text/tokens';
import { dateLexicon, type Sense } from './lexicon';

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
}

const ORDINAL_SUFFIX = /^(\d{1,2})(st|nd|rd|th)$/;
const DIGITS = /^\d+$/;
const LETTERS_THEN_DIGITS = /^([a-z]+)(\d{1,4})$/;
const DIGITS_THEN_LETTERS = /^(\d{1,4})([a-z]+|[\u0600-\u06ff]+)$/u;
const WAW_DIGITS = /^(و|ب|ل)(\d{1,4})$/;

function plain(start: number, end: number, first: number, last: number, senses: Sense[] = []): Atom {
  return { start, end, first, last, senses, int: null, digits: 0, ordinal: false, proclitic: 0 };
}

function number(start: number, end: number, i: number, digits: string, ordinal: boolean, proclitic = 0): Atom {
  return { start, end, first: i, last: i, senses: [], int: Number(digits), digits: digits.length, ordinal, proclitic };
}

/** Reads tokens `[from, to)` into atoms: lexicon phrases, numbers, and plain words (no senses). */
export function readAtoms(text: string, tokens: readonly Token[], from = 0, to = tokens.length): Atom[] {
  const lex = dateLexicon();
  const out: Atom[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const key = t.key;
    if (DIGITS.test(key)) {
      out.push(number(t.start, t.end, i, key, false));
      continue;
    }
    const hit = lex.matchAt(text, tokens, i);
    if (hit && hit.last < to) {
      const last = tokens[hit.last]!;
      out.push({ ...plain(t.start, last.end, i, hit.last, hit.senses), proclitic: hit.proclitic });
      i = hit.last;
      continue;
    }
    const ord = ORDINAL_SUFFIX.exec(key);
    if (ord) {
      out.push(number(t.start, t.end, i, ord[1]!, true));
      continue;
    }
    const waw = WAW_DIGITS.exec(key);
    if (waw) {
      out.push(number(t.start, t.end, i, waw[2]!, false, 1));
      continue;
    }
    // "14april", "Feb13": a month glued to a number.
    const glued = DIGITS_THEN_LETTERS.exec(key) ?? LETTERS_THEN_DIGITS.exec(key);
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
  if (!a) return undefined;
  for (const s of a.senses) if (s.k === k) return s as Extract<Sense, { k: K }>;
  return undefined;
}

export function marker(a: Atom | undefined, m: string): boolean {
  return !!a && a.senses.some((s) => s.k === 'marker' && s.m === m);
}
