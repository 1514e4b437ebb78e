import type { PersonMention } from '../people/types';
import { cueOfKindAt, type AnalysisContext } from './context';
import { strongBreakAfter } from './clause';
import { tokenIndexAt } from '../text/tokens';
import { itemsWithin } from './spanLists';

/** People said to be present at a meeting without being its principals. Offsets are normalized. */
export interface AttendeeRegion {
  cueStart: number;
  start: number;
  end: number;
  direction: 'after' | 'before';
  mentions: PersonMention[];
}

// Between two listed attendees only a title, an honorific and list glue may stand.
const MAX_GAP_TOKENS = 14;

/**
 * The attendee lists of one sentence: after a cue ("بحضور", "حضر الاجتماع", "attended by"), the
 * chain of people that follow one another with nothing but titles and list glue between them;
 * before a cue ("... حضور داشتند", "were also on hand"), the people of the clause before it.
 */
export function attendeeRegions(ctx: AnalysisContext, s: number, first: number, end: number): AttendeeRegion[] {
  const regions: AttendeeRegion[] = [];
  const tokens = ctx.doc.tokens;
  const sentence = ctx.doc.sentences[s]!;
  const inSentence = itemsWithin(ctx.people.mentions, sentence.start, sentence.end);
  for (let i = first; i < end; i++) {
    const after = cueOfKindAt(ctx, i, 'attendees');
    if (after) {
      const chain: PersonMention[] = [];
      let cursor = tokens[after.last]!.end;
      for (const m of inSentence) {
        if (m.start < cursor) continue;
        if (!gapIsListGlue(ctx, cursor, m.start)) break;
        chain.push(m);
        cursor = m.end;
      }
      if (chain.length > 0) {
        regions.push({ cueStart: tokens[after.first]!.start, start: tokens[after.first]!.start, end: cursor, direction: 'after', mentions: chain });
      }
      i = after.last;
      continue;
    }
    const before = cueOfKindAt(ctx, i, 'attendeesBefore');
    if (before) {
      let left = i;
      while (left - 1 >= first && !strongBreakAfter(ctx, left - 1) && !cueOfKindAt(ctx, left - 1, 'clauseBreakers')) left--;
      const start = tokens[left]!.start;
      const cueStart = tokens[before.first]!.start;
      const mentions = inSentence.filter((m) => m.start >= start && m.end <= cueStart);
      if (mentions.length > 0) regions.push({ cueStart, start, end: cueStart, direction: 'before', mentions });
      i = before.last;
    }
  }
  return regions;
}

function gapIsListGlue(ctx: AnalysisContext, from: number, to: number): boolean {
  if (to < from) return false;
  const gap = ctx.doc.text.slice(from, to);
  if (/[.!?؟;؛:]/u.test(gap)) return false;
  if (itemsWithin(ctx.dates, from, to).length > 0) return false;
  const words = gap.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > MAX_GAP_TOKENS) return false;
  for (let t = tokenIndexAt(ctx.doc.tokens, from); t < ctx.doc.tokens.length; t++) {
    const token = ctx.doc.tokens[t]!;
    if (token.start >= to) break;
    if (cueOfKindAt(ctx, t, 'clauseBreakers') || ctx.cues.triggers.matchAt(ctx.doc.text, ctx.doc.tokens, t).length > 0) return false;
  }
  return true;
}
