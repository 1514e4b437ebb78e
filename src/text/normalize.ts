import type { Span } from '../types';

/**
 * A folded copy of the caller's text and the way back to it. Matching runs on `text`; every
 * span handed to the caller is cut from `original` through `originalSpan`.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /**
   * For each UTF-16 unit of `text`, where the character that produced it starts in `original`;
   * one more entry at the end holds `original.length`. A unit ends where the next one starts,
   * so marks and invisible controls dropped after a letter stay inside that letter's span.
   */
  readonly starts: Uint32Array;
}

const enum Kind {
  Keep,
  Drop,
  DropMark,
}

// Letter variants that Arabic and Persian writers use interchangeably: matching must not care
// whether a word was typed on an Arabic or a Persian keyboard, or with or without hamza.
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ێ': 'ي', 'ے': 'ي', 'ئ': 'ي',
  'ک': 'ك', 'ګ': 'ك',
  'ة': 'ه', 'ۀ': 'ه', 'ھ': 'ه', 'ہ': 'ه', 'ە': 'ه',
  'ؤ': 'و',
  '٫': '.', '٬': ',',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u3000': ' ',
  '\u200C': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

function classify(cp: number): Kind {
  // Arabic harakat, tanween, shadda, sukun, superscript alef and Quranic annotation marks.
  if ((cp >= 0x064b && cp <= 0x065f) || cp === 0x0670 || (cp >= 0x06d6 && cp <= 0x06ed) || (cp >= 0x0610 && cp <= 0x061a)) {
    return Kind.DropMark;
  }
  if (
    cp === 0x0640 || // tatweel
    cp === 0x200b || cp === 0x200d || cp === 0x200e || cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2060 || cp === 0xfeff || cp === 0x00ad || cp === 0x061c
  ) {
    return Kind.Drop;
  }
  return Kind.Keep;
}

function foldCodePoint(ch: string, cp: number): string {
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(48 + cp - 0x0660);
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(48 + cp - 0x06f0);
  const folded = LETTER_FOLDS[ch];
  if (folded !== undefined) return folded;
  // Arabic presentation forms (ligatures such as ﻻ) decompose to their letters.
  if ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc)) {
    let out = '';
    for (const part of ch.normalize('NFKC')) out += LETTER_FOLDS[part] ?? part;
    return out;
  }
  return ch;
}

// What each code point of the Arabic block (U+0600–U+06FF) becomes: null to drop it, the
// character itself to keep it. Built on first use so that importing this module runs nothing.
let arabicBlock: (string | null)[] | null = null;

function arabicBlockTable(): (string | null)[] {
  if (arabicBlock) return arabicBlock;
  const table: (string | null)[] = [];
  for (let cp = 0x0600; cp <= 0x06ff; cp++) {
    const ch = String.fromCharCode(cp);
    table.push(classify(cp) === Kind.Keep ? foldCodePoint(ch, cp) : null);
  }
  arabicBlock = table;
  return table;
}

// Maps of short texts are carved out of one shared buffer: a small typed array of its own costs
// an allocation outside the heap each time. Made on first use; a full buffer is left to its views.
let pool: ArrayBuffer | null = null;
let poolUsed = 0;
const POOL_BYTES = 1 << 16;

function startsArray(length: number): Uint32Array<ArrayBuffer> {
  if (length > 1024) return new Uint32Array(length);
  if (!pool || poolUsed + length * 4 > POOL_BYTES) {
    pool = new ArrayBuffer(POOL_BYTES);
    poolUsed = 0;
  }
  const out = new Uint32Array(pool, poolUsed, length);
  poolUsed += length * 4;
  return out;
}

function grown(starts: Uint32Array<ArrayBuffer>, atLeast: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(Math.max(starts.length * 2, atLeast));
  out.set(starts);
  return out;
}

/** Folds a text for matching and keeps the map back to the original offsets. Linear in the input. */
export function normalizeText(original: string): NormalizedText {
  const length = original.length;
  let starts = startsArray(length + 1);
  const chunks: string[] = [];
  let n = 0;
  let runStart = 0; // start of the pending run of unchanged characters
  // (The pending run is flushed inline rather than by a closure: a closure would keep `runStart`
  // and `chunks` in a context object, read and written through memory on every character.)
  const block = arabicBlockTable();
  for (let i = 0; i < length; ) {
    const unit = original.charCodeAt(i);
    // A ligature earlier may have put more units out than were read: keep room for one more.
    if (n + 1 >= starts.length) starts = grown(starts, n + 2);
    // Below U+0600 only the no-break space and the soft hyphen change; most text is that or Arabic.
    if (unit < 0x0600 && unit !== 0x00a0 && unit !== 0x00ad) {
      starts[n++] = i++;
      continue;
    }
    if (unit <= 0x06ff && unit >= 0x0600) {
      const folded = block[unit - 0x0600]!;
      if (folded === null) {
        if (i > runStart) chunks.push(original.slice(runStart, i));
        runStart = i + 1;
      } else {
        if (folded.charCodeAt(0) !== unit || folded.length !== 1) {
          if (i > runStart) chunks.push(original.slice(runStart, i));
          runStart = i + 1;
          chunks.push(folded);
        }
        // Every fold in the block is one unit (a letter, a digit, a separator).
        starts[n++] = i;
      }
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = classify(cp);
    if (kind !== Kind.Keep) {
      if (i > runStart) chunks.push(original.slice(runStart, i));
      runStart = i + width;
    } else {
      const ch = width === 1 ? original[i]! : original.slice(i, i + width);
      const folded = foldCodePoint(ch, cp);
      if (folded !== ch) {
        if (i > runStart) chunks.push(original.slice(runStart, i));
        runStart = i + width;
        chunks.push(folded);
      }
      if (n + folded.length >= starts.length) starts = grown(starts, n + folded.length + 1);
      for (let k = 0; k < folded.length; k++) starts[n++] = i;
    }
    i += width;
  }
  if (length > runStart) chunks.push(original.slice(runStart, length));
  starts[n] = length;
  // Most text keeps its length: the array is then already the right size, and no view is needed.
  return { original, text: chunks.length === 1 ? chunks[0]! : chunks.join(''), starts: n + 1 === starts.length ? starts : starts.subarray(0, n + 1) };
}

/** Folds a lexicon entry the same way input text is folded, so data can be written in any spelling. */
export function fold(s: string): string {
  return normalizeText(s).text;
}

/** The original-text span behind `[start, end)` of the normalized text. */
export function originalSpan(nt: NormalizedText, start: number, end: number): Span {
  const last = nt.starts.length - 1;
  const s = nt.starts[Math.max(0, Math.min(start, last))]!;
  if (end <= start) return { start: s, end: s, text: '' };
  let e = nt.starts[Math.min(end, last)]!;
  // A ligature folds to several units that share one start; never cut inside it.
  if (e === s) e = end < last ? nextOriginalBoundary(nt, end) : nt.original.length;
  return { start: s, end: e, text: nt.original.slice(s, e) };
}

function nextOriginalBoundary(nt: NormalizedText, from: number): number {
  const here = nt.starts[from]!;
  for (let i = from + 1; i < nt.starts.length; i++) if (nt.starts[i]! !== here) return nt.starts[i]!;
  return nt.original.length;
}

/** Trims white space off both ends of a span without leaving the original text. */
export function trimSpan(original: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(original[start]!)) start++;
  while (end > start && /\s/u.test(original[end - 1]!)) end--;
  return { start, end, text: original.slice(start, end) };
}
