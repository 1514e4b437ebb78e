import { fold } from './normalize';
import { tokenize, tokenKey, type Token } from './tokens';

/** A lexicon phrase found in the token stream. Offsets are into the normalized text. */
export interface PhraseMatch<T> {
  value: T;
  /** First and last token of the match (inclusive). */
  first: number;
  last: number;
  /** Offsets of the phrase itself, after any proclitic. */
  start: number;
  end: number;
  /** The proclitic letters the first token carried (Arabic و، ب، ل، ...), or ''. */
  proclitic: string;
}

export interface PhraseMatcherOptions {
  /** Strip Arabic proclitics (و ف ب ل ك and their pairs) off the first word when matching. */
  proclitics?: boolean;
  /** Also index multi-word phrases written as one word (Persian compounds typed without a space). */
  joined?: boolean;
}

interface Entry<T> {
  rest: string[];
  value: T;
}

// Longest first, so that "وب" is tried before "و".
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
// Letters a proclitic starts with (و ف ب ل ك): words starting otherwise (most) skip the proclitic loop.
const PROCLITIC_FIRST: readonly number[] = [0x648, 0x641, 0x628, 0x644, 0x643];

/**
 * Finds lexicon phrases in a token stream: a map from first word to the rest of each phrase,
 * so a lookup costs the same however large the lexicon is. Words of a phrase must be separated
 * by white space only.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly options: PhraseMatcherOptions;

  constructor(phrases: Iterable<readonly [string, T]>, options: PhraseMatcherOptions = {}) {
    this.options = options;
    for (const [phrase, value] of phrases) {
      const words = tokenize(fold(phrase)).map((t) => t.key);
      if (words.length === 0) continue;
      this.add(words, value);
      if (options.joined && words.length > 1) this.add([words.join('')], value);
    }
    // Longer phrases first: the first hit at a position is the longest.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  private add(words: string[], value: T): void {
    const [first, ...rest] = words;
    let list = this.byFirst.get(first!);
    if (!list) this.byFirst.set(first!, (list = []));
    if (!list.some((e) => e.value === value && e.rest.join(' ') === rest.join(' '))) list.push({ rest, value });
  }

  /** Every phrase that starts at token `i`, longest first. */
  matchAt(text: string, tokens: readonly Token[], i: number): PhraseMatch<T>[] {
    const token = tokens[i];
    if (!token) return [];
    const out: PhraseMatch<T>[] = [];
    this.collect(text, tokens, i, token.key, '', out);
    if (this.options.proclitics && out.length === 0 && PROCLITIC_FIRST.includes(token.key.charCodeAt(0))) {
      for (const p of PROCLITICS) {
        // ك and ل before a two-letter stem are more often part of the word ("كان", "لان") than proclitics.
        const minStem = p === 'ك' || p === 'ل' ? 3 : 2;
        if (token.key.length - p.length < minStem || !token.key.startsWith(p)) continue;
        const stem = token.key.slice(p.length);
        this.collect(text, tokens, i, stem, p, out);
        // "للرئيس" is ل + الرئيس with the article's alif dropped.
        if (p.endsWith('ل') && stem.startsWith('ل')) this.collect(text, tokens, i, 'ا' + stem, p, out);
        if (out.length > 0) break;
      }
    }
    return out;
  }

  /** Leftmost-longest, non-overlapping matches over the whole token stream. */
  findAll(text: string, tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < to; ) {
      const hit = this.matchAt(text, tokens, i)[0];
      if (hit && hit.last < to) {
        out.push(hit);
        i = hit.last + 1;
      } else i++;
    }
    return out;
  }

  private collect(text: string, tokens: readonly Token[], i: number, firstKey: string, proclitic: string, out: PhraseMatch<T>[]): void {
    const list = this.byFirst.get(firstKey);
    if (!list) return;
    const token = tokens[i]!;
    for (const entry of list) {
      let j = i;
      let ok = true;
      for (const word of entry.rest) {
        const next = tokens[j + 1];
        if (!next || next.key !== word || !onlySpaceBetween(text, tokens[j]!.end, next.start)) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) out.push({ value: entry.value, first: i, last: j, start: token.start + proclitic.length, end: tokens[j]!.end, proclitic });
    }
  }
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The folded, keyed words of a lexicon phrase (for lexicons that match word by word). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(fold(phrase)).map((t) => tokenKey(t.text));
}
