/** A word of the normalized text: a run of letters, marks and digits. Offsets are into the normalized text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The matching key: the folded word, Latin letters in lower case. */
  key: string;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LATIN_UPPER = /[A-Z\u00C0-\u00DE]/;

// Whether each code point below U+0800 (Latin, Greek, Cyrillic, Hebrew, Arabic) is a letter, mark or
// digit, read once from the same Unicode classes; rarer scripts ask the class each time.
let lowTable: Uint8Array | null = null;

function lowWordTable(): Uint8Array {
  if (lowTable) return lowTable;
  const t = new Uint8Array(0x800);
  for (let cp = 0; cp < 0x800; cp++) t[cp] = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 0;
  lowTable = t;
  return t;
}

/**
 * Splits normalized text into word tokens: maximal runs of letters, marks and digits (Unicode
 * classes L, M, N). Linear: one pass over the code points.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const low = lowWordTable();
  const length = text.length;
  let start = -1;
  let upper = false;
  for (let i = 0; i < length; ) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (unit < 0x800) word = low[unit] === 1;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      word = WORD_CHAR.test(width === 2 ? text.slice(i, i + 2) : text[i]!);
    }
    if (word) {
      if (start < 0) {
        start = i;
        upper = false;
      }
      // Latin capitals (A–Z, À–Þ) make the key lower case.
      if ((unit >= 0x41 && unit <= 0x5a) || (unit >= 0xc0 && unit <= 0xde)) upper = true;
    } else if (start >= 0) {
      tokens.push(token(text, start, i, upper));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) tokens.push(token(text, start, length, upper));
  return tokens;
}

function token(text: string, start: number, end: number, upper: boolean): Token {
  const word = text.slice(start, end);
  return { start, end, text: word, key: upper ? word.toLowerCase() : word };
}

/** The key a lexicon word is matched by (the lexicon string must already be folded). */
export function tokenKey(word: string): string {
  return LATIN_UPPER.test(word) ? word.toLowerCase() : word;
}

/** Index of the first item (token, mention...) of a list sorted by start that starts at or after `offset`. */
export function firstStartingAt(list: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}
