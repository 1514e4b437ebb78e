import type { Language } from '../../types';
import { PERIOD_BIT, sense, type Atom } from '../atoms';
import { newExpr, type Expr } from '../expr';
import type { Unit } from '../lexicon';

/** What the grammar reads: the normalized text, its atoms, the language, and whether the atoms are the whole input. */
export interface Source {
  text: string;
  atoms: Atom[];
  lang: Language;
  whole: boolean;
  /** `reachOf` the source, once asked (-1 or absent before). */
  reach?: number;
}

export interface Step<T> {
  v: T;
  next: number;
}

/**
 * Atom j-1, or undefined before the first. (`atoms[-1]` is undefined too, but -1 is no array
 * index: V8 looks it up as a named property, far more slowly, and slows the reading site after.)
 */
export function prevAtom(src: Source, j: number): Atom | undefined {
  return j > 0 ? src.atoms[j - 1] : undefined;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** True when the text between atom j-1 and atom j holds `ch` (both atoms exist). Read in place: no substring. */
export function gapHas(src: Source, j: number, ch: number): boolean {
  const a = prevAtom(src, j);
  const b = src.atoms[j];
  if (!a || !b) return false;
  const text = src.text;
  for (let k = a.end; k < b.start; k++) if (text.charCodeAt(k) === ch) return true;
  return false;
}

/** Length of the gap before atom j, or -1 without atoms j-1 and j. */
export function gapLength(src: Source, j: number): number {
  const a = prevAtom(src, j);
  const b = src.atoms[j];
  return a && b ? b.start - a.end : -1;
}

/** `String.prototype.trim`'s white space. */
function isTrimSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export const GAP_EMPTY = -2;
export const GAP_OTHER = -1;

/**
 * The trimmed gap before atom j, read without building it: GAP_EMPTY when it is only white space,
 * the code of its one character when it trims to one, GAP_OTHER otherwise (or without both atoms).
 */
export function trimmedGap(src: Source, j: number): number {
  const a = prevAtom(src, j);
  const b = src.atoms[j];
  if (!a || !b) return GAP_OTHER;
  const text = src.text;
  let found = GAP_EMPTY;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (isTrimSpace(c)) continue;
    if (found !== GAP_EMPTY) return GAP_OTHER;
    found = c;
  }
  return found;
}

/** Atom j follows j-1 with only spaces and at most one of the `allowed` punctuation marks between. */
export function follows(src: Source, j: number, allowed = ''): boolean {
  const a = prevAtom(src, j);
  const b = src.atoms[j];
  // Without both atoms the gap reads as one NUL, which no caller allows.
  if (!a || !b) return false;
  const from = a.end;
  const to = b.start;
  const text = src.text;
  // Most gaps are one space.
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  if (to - from > 4) return false;
  let punct = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (isSpaceCode(c)) continue;
    if (allowed.length === 0 || allowed.indexOf(text[k]!) < 0 || ++punct > 1) return false;
  }
  return true;
}

/** The text of [start, end) is one of `words`, compared in place (no substring). */
export function textIs(src: Source, start: number, end: number, words: readonly string[]): boolean {
  const n = end - start;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length === n && src.text.startsWith(word, start)) return true;
  }
  return false;
}

/**
 * `words.includes(text.slice(start, end).toLowerCase())` without building the substring when the
 * text is ASCII or Arabic-block letters (lower-casing other text may change its length or land
 * on ASCII, so that text takes the plain way).
 */
export function lowerTextIs(src: Source, start: number, end: number, words: readonly string[]): boolean {
  const text = src.text;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    // Letters of the Arabic block have no case: only other text needs the full lower-casing.
    if (c > 0x7f && (c < 0x600 || c > 0x6ff)) return words.includes(text.slice(start, end).toLowerCase());
  }
  const n = end - start;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (word.length !== n) continue;
    let k = 0;
    while (k < n) {
      const c = text.charCodeAt(start + k);
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      // (Compared unit by unit: ASCII and Arabic-block text lower-cases unit for unit.)
      if (lower !== word.charCodeAt(k)) break;
      k++;
    }
    if (k === n) return true;
  }
  return false;
}

/** Demonstratives ("هذا", "this"): before a month or a unit they open a phrase, they are no suffix. */
export const THIS_WORDS: readonly string[] = ['هذا', 'هذه', 'this', 'این'];
export const THIS_WORDS_MONTH: readonly string[] = ['هذا', 'هذه', 'this', 'این', 'همین'];

/** The atom's text begins with the Arabic article "ال". */
export function hasArticle(src: Source, a: { start: number; end: number }): boolean {
  return a.end - a.start >= 2 && src.text.startsWith('ال', a.start);
}

/** The sense kinds of atoms `i` to the last: a reading that needs a kind none of them has can stop early. */
export function kindsFrom(src: Source, i: number): number {
  const a = src.atoms[i];
  return a ? a.after : 0;
}

/** Atom j or atom j+1 has one of the kinds `bits`: a cheap test that rules out most readings at once. */
export function hasKindAt(src: Source, j: number, bits: number): boolean {
  const a = src.atoms[j];
  if (!a) return false;
  if ((a.kinds & bits) !== 0) return true;
  const b = src.atoms[j + 1];
  return b !== undefined && (b.kinds & bits) !== 0;
}

export function intAt(src: Source, j: number): Atom | undefined {
  const a = src.atoms[j];
  return a && a.int !== null ? a : undefined;
}

export function period(src: Source, j: number, u: 'day' | 'month' | 'year'): boolean {
  const a = src.atoms[j];
  if (!a || (a.kinds & PERIOD_BIT) === 0) return false;
  const senses = a.senses;
  for (let n = 0; n < senses.length; n++) {
    const s = senses[n]!;
    if (s.k === 'period' && s.u === u) return true;
  }
  return false;
}

export function dirAt(src: Source, j: number): -1 | 0 | 1 | null {
  const d = sense(src.atoms[j], 'dir');
  return d ? d.d : null;
}

export function unitAt(src: Source, j: number): { readonly u: Unit; readonly n: number | null } | null {
  // The sense itself: it holds both fields, and callers only read them.
  return sense(src.atoms[j], 'unit') ?? null;
}

export function base(src: Source, first: number, next: number): Expr {
  return newExpr(first, next - 1, src.atoms[first]!.start, src.atoms[next - 1]!.end);
}

/** `base` with a period (and a part of the month): set on the new object, not spread into a copy. */
export function basePeriod(src: Source, first: number, next: number, period: Expr['period'], part?: Expr['part']): Expr {
  const e = base(src, first, next);
  e.period = period;
  if (part !== undefined) e.part = part;
  return e;
}
