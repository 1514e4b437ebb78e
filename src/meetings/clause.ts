import { firstStartingAt, tokenIndexAt } from '../text/tokens';
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
// Persian puts the verb last: a list of counterparts, a date and a context phrase may all stand
// between the subject and "دیدار کرد".
const LEFT_REACH_VERB_FINAL = 60;

function leftReach(ctx: AnalysisContext): number {
  return ctx.doc.language === 'fa' ? LEFT_REACH_VERB_FINAL : LEFT_REACH;
}

/**
 * The tokens around a trigger in which its parties are named: back to the previous clause
 * breaker, strong punctuation or `leftLimit`, forward to the next breaker, attendee cue or
 * strong punctuation. Returns inclusive token indices.
 */
export function clauseWindow(ctx: AnalysisContext, first: number, last: number, leftLimit: number, sentenceEnd: number): [number, number] {
  return clauseWindowWithAsides(ctx, first, last, leftLimit, sentenceEnd).range;
}

/** Relative pronouns that may open a parenthetical clause set off by commas. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'الذي', 'التي', 'الذين', 'اللذين', 'كه']);
const ASIDE_REACH = 25;

/**
 * The clause window, and the parenthetical relative clauses it steps over: in "with A, who
 * described ..., and with B" the list of parties goes on after the aside, whose own people are
 * not parties. Asides are normalized offset ranges.
 */
export function clauseWindowWithAsides(
  ctx: AnalysisContext,
  first: number,
  last: number,
  leftLimit: number,
  sentenceEnd: number,
): { range: [number, number]; asides: Array<[number, number]> } {
  const asides: Array<[number, number]> = [];
  const left = scanLeft(ctx, first, leftLimit, asides);
  let right = scanRight(ctx, last, sentenceEnd);
  while (right + 1 < sentenceEnd) {
    const close = asideEnd(ctx, right + 1, sentenceEnd);
    if (close === null) break;
    asides.push([ctx.doc.tokens[right + 1]!.start, ctx.doc.tokens[close]!.end]);
    right = scanRight(ctx, close + 1, sentenceEnd);
  }
  return { range: [left, right], asides };
}

/**
 * Whether the relative pronoun at token `i` opens an aside: after a comma, or any Persian که,
 * as Persian sets a comma only after the clause ("قالیباف که به مسکو سفر کرده است، با ...").
 */
function opensAside(ctx: AnalysisContext, i: number): boolean {
  const tokens = ctx.doc.tokens;
  return tokens[i]!.key === 'كه' || /[،,]\s*$/u.test(ctx.doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start));
}

/** Where a comma-delimited relative clause starting at token `i` ends, when a list goes on after it ("..., and with B"). */
function asideEnd(ctx: AnalysisContext, i: number, sentenceEnd: number): number | null {
  const tokens = ctx.doc.tokens;
  if (!RELATIVE_PRONOUNS.has(tokens[i]!.key)) return null;
  if (!opensAside(ctx, i)) return null;
  for (let k = i + 1; k < Math.min(sentenceEnd - 1, i + ASIDE_REACH); k++) {
    if (strongBreakAfter(ctx, k)) return null;
    if (!/[،,]/u.test(ctx.doc.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) continue;
    const next = tokens[k + 1]!.key;
    if (next === 'and' || next === 'و' || cueOfKindAt(ctx, k + 1, 'withWords')) return k;
    // Persian ends the main clause after a که clause: "دیدار دو طرف که ... بود، لغو شد".
    if (tokens[i]!.key === 'كه') return k;
    // Arabic puts the object after the subject: "التقى السيسي، الذي وصل أمس، ولي العهد".
    return ctx.doc.language === 'ar' && personStartsIn(ctx, tokens[k + 1]!.start, tokens[k + 1]!.end) ? k : null;
  }
  return null;
}

/**
 * The left end of the window: back to a clause breaker, strong punctuation or `leftLimit`. A
 * relative clause set off by commas is stepped over and recorded in `asides`: in
 * "Zelenskiy, who arrived on Thursday, was due to meet Fidan" the window goes on past the aside
 * to "Zelenskiy". A relative clause that holds the trigger itself ("Zelenskiy, who met Fidan,
 * said") is not closed before it and still ends the window.
 */
function scanLeft(ctx: AnalysisContext, first: number, leftLimit: number, asides: Array<[number, number]>): number {
  const tokens = ctx.doc.tokens;
  let left = first;
  const reach = leftReach(ctx);
  while (left - 1 >= leftLimit && first - (left - 1) <= reach) {
    const i = left - 1;
    if (strongBreakAfter(ctx, i)) break;
    const breaker = cueOfKindAt(ctx, i, 'clauseBreakers');
    if (breaker && breaker.last < first && !cueOfKindAt(ctx, i, 'topics')) {
      const close = asideClosedBefore(ctx, i, first);
      if (close === null) break;
      asides.push([tokens[i]!.start, tokens[close]!.end]);
    }
    left = i;
  }
  return left;
}

/** The last token of a comma-delimited relative clause opening at token `i` and closed before token `first`. */
function asideClosedBefore(ctx: AnalysisContext, i: number, first: number): number | null {
  const tokens = ctx.doc.tokens;
  if (i === 0 || !RELATIVE_PRONOUNS.has(tokens[i]!.key)) return null;
  if (!opensAside(ctx, i)) return null;
  for (let k = i + 1; k < first && k < i + ASIDE_REACH; k++) {
    if (/[،,]/u.test(ctx.doc.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return k;
  }
  return null;
}

/** Whether a person mention starts inside the token [start, end) (after a proclitic such as بـ). */
function personStartsIn(ctx: AnalysisContext, start: number, end: number): boolean {
  const mentions = ctx.people.mentions;
  const at = firstStartingAt(mentions, start);
  return at < mentions.length && mentions[at]!.start < end && mentions[at]!.kind !== 'group';
}

/** The right end of the window: on to the next clause breaker or strong punctuation, within reach. */
function scanRight(ctx: AnalysisContext, last: number, sentenceEnd: number): number {
  let right = last;
  while (right + 1 < sentenceEnd && right + 1 - last <= RIGHT_REACH) {
    const i = right + 1;
    if (strongBreakAfter(ctx, right)) break;
    if (cueOfKindAt(ctx, i, 'clauseBreakers')) break;
    right = i;
  }
  return right;
}
