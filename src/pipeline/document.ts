import { normalizeText, type NormalizedText } from '../text/normalize';
import { splitSentences, type Sentence } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import { identifyLanguage } from '../language/detectLanguage';
import type { Language } from '../types';
import type { ResolvedOptions } from '../options';

/**
 * The shared first stage of every analysis: the folded text with its map back to the input,
 * its words and sentences, and its language. Later stages work on normalized offsets and turn
 * them into caller spans with `originalSpan(doc.nt, ...)`.
 */
export interface Document {
  readonly nt: NormalizedText;
  /** Shorthand for `nt.text`. */
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  readonly language: Language;
  readonly options: ResolvedOptions;
}

export function readDocument(input: string, options: ResolvedOptions): Document {
  const nt = normalizeText(input);
  const detected = options.language ?? identifyLanguage(input);
  return {
    nt,
    text: nt.text,
    tokens: tokenize(nt.text),
    sentences: splitSentences(nt.text),
    language: detected === 'und' ? 'en' : detected,
    options,
  };
}

/** Index of the sentence containing normalized offset `at` (binary search); -1 when none. */
export function sentenceIndexAt(doc: Document, at: number): number {
  const list = doc.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
