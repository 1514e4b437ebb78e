import { tokenIndexAt } from '../text/tokens';
import type { AnalysisContext } from './context';
import { cueOfKindAt } from './context';

/** Token range [first, end) of sentence `s`. */
export function sentenceTokens(ctx: AnalysisContext, s: number): [number, number] {
  const sentence = ctx.doc.sentences[s]!;
  const tokens = ctx.doc.tokens;
  const first = tokenIndexAt(tokens, sentence.start);
  let end = tokenIndexAt(tokens, sentence.end);
  while (end > first && tokens[end - 1]!.end > sentence.end) end--;
  return [first, end];
}

const STRONG_PUNCTUATION = /[;؛|:]/u;

/** Whether the text between tokens `i` and `i + 1` closes a clause (semicolon, colon, bar). */
export function strongBreakAfter(ctx: AnalysisContext, i: number): boolean {
  const a = ctx.doc.tokens[i];
  const b = ctx.doc.tokens[i + 1];
  if (!a || !b) return true;
  return STRONG_PUNCTUATION.test(ctx.doc.text.slice(a.end, b.start));
}

const LEFT_REACH = 30;
const RIGHT_REACH = 36;

/**
 * The tokens around a trigger in which its parties are named: back to the previous clause
 * breaker, strong punctuation or `leftLimit`, forward to the next breaker, attendee cue or
 * strong punctuation. Returns inclusive token indices.
 */
export function clauseWindow(ctx: AnalysisContext, first: number, last: number, leftLimit: number, sentenceEnd: number): [number, number] {
  let left = first;
  while (left - 1 >= leftLimit && first - (left - 1) <= LEFT_REACH) {
    const i = left - 1;
    if (strongBreakAfter(ctx, i)) break;
    const breaker = cueOfKindAt(ctx, i, 'clauseBreakers');
    if (breaker && breaker.last < first) break;
    left = i;
  }
  let right = last;
  while (right + 1 < sentenceEnd && right + 1 - last <= RIGHT_REACH) {
    const i = right + 1;
    if (strongBreakAfter(ctx, right)) break;
    if (cueOfKindAt(ctx, i, 'clauseBreakers')) break;
    right = i;
  }
  return [left, right];
}
