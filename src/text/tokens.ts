/** A word of the normalized text: a run of letters, marks and digits. Offsets are into the normalized text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** The matching key: the folded word, Latin letters in lower case. */
  key: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const LATIN_UPPER = /[A-Z\u00C0-\u00DE]/;

/** Splits normalized text into word tokens. Linear: one pass of a single character-class regex. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const word = m[0];
    tokens.push({ start: m.index, end: m.index + word.length, text: word, key: LATIN_UPPER.test(word) ? word.toLowerCase() : word });
  }
  return tokens;
}

/** The key a lexicon word is matched by (the lexicon string must already be folded). */
export function tokenKey(word: string): string {
  return LATIN_UPPER.test(word) ? word.toLowerCase() : word;
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
