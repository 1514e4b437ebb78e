import type { DateMention } from '../dates/types';
import type { PlaceMention } from '../places/types';
import type { Candidate } from './candidate';
import { RELATIVE_PRONOUNS, sentenceTokens } from './clause';
import { cueOfKindAt, cuesInRange, dayOf, type AnalysisContext } from './context';
import { formatDay } from '../common/day';
import { daysBetween } from '../dates/dayMath';
import { tokenIndexAt } from '../text/tokens';
import { itemsAround, itemsWithin } from './spanLists';

/** Sets a candidate's status, modality, background flag, date, place and context from its clause and sentence. */
export function describeCandidate(ctx: AnalysisContext, c: Candidate): void {
  const tokens = ctx.doc.tokens;
  const [sentenceFirst] = sentenceTokens(ctx, c.sentence);
  const windowFirst = tokenIndexAt(tokens, c.windowStart);
  const windowLast = Math.max(windowFirst, tokenIndexAt(tokens, c.windowEnd) - 1);
  // Plans and cancellations are read in the clause and the few words that open it ("من المقرر أن", "قرار است").
  const upToWindow = (kind: Parameters<typeof cuesInRange>[3]) => cuesInRange(ctx, Math.max(sentenceFirst, windowFirst - 4), windowLast + 1, kind);
  const inWindow = (kind: Parameters<typeof cuesInRange>[3]) => cuesInRange(ctx, windowFirst, windowLast + 1, kind);

  if (upToWindow('cancelled').length > 0) {
    c.status = 'cancelled';
    c.statusStated = true;
  } else if (!c.statusStated && (upToWindow('planned').length > 0 || futureVerbIn(ctx, c) || plannedMainClause(ctx, sentenceFirst, windowFirst))) {
    c.status = 'planned';
    c.statusStated = true;
  }
  if (!c.modalityStated) {
    if (inWindow('virtual').length > 0) c.modality = 'virtual';
    else if (inWindow('phone').length > 0) c.modality = 'phone';
    c.modalityStated = c.modality !== 'in-person';
  }
  c.background = inWindow('background').length > 0 && !c.statusStated;

  const contextCue = cuesInRange(ctx, sentenceFirst, tokenIndexAt(tokens, ctx.doc.sentences[c.sentence]!.end), 'context')[0];
  if (contextCue) c.context = { start: tokens[contextCue.first]!.start, end: phraseEnd(ctx, contextCue.last) };
  const context = c.context;
  // "ahead of the summit on Saturday": a date inside the context phrase dates that event.
  // (Not so in a visit: "در سفر به نیویورک عصر سه شنبه" dates the talks of the visit.)
  const visit = contextCue !== undefined && cueOfKindAt(ctx, contextCue.first, 'visits') !== null;
  const inContext = (d: DateMention) => !!context && !visit && d.start >= context.start && d.end <= context.end + 24;
  const insidePerson = (start: number, end: number) => itemsAround(ctx.people.mentions, start, end).length > 0;
  const usableDate = (d: DateMention) => d.start >= ctx.datelineEnd && !insidePerson(d.start, d.end) && !datesTheReport(ctx, d) && !inContext(d);
  const date = closest(
    itemsWithin(ctx.dates, c.windowStart, c.windowEnd).filter(usableDate),
    c.triggerStart,
  );
  const dated = date ?? dateBeforeWhen(ctx, windowFirst, usableDate);
  if (dated) {
    c.date = dated;
    c.dateSource = 'clause';
  } else {
    const sentence = ctx.doc.sentences[c.sentence]!;
    // Outside its clause, only a day-precise date is taken: a month or a year there dates something else.
    const inSentence = closest(
      itemsWithin(ctx.dates, sentence.start, sentence.end).filter((d) => d.value.precision === 'day' && usableDate(d) && nearWindow(ctx, c, d) && noBreakerBetween(ctx, c, d.start, d.end)),
      c.triggerStart,
    );
    if (inSentence) {
      c.date = inSentence;
      c.dateSource = 'sentence';
    }
  }
  if (c.date && !c.statusStated && ctx.anchor && isAfterAnchor(c.date, ctx)) {
    c.status = 'planned';
  }
  if (c.date && isLongBefore(c.date, ctx)) c.background = true;

  pickPlace(ctx, c, insidePerson);

}

// "در محل استانداری", "في مقر الأمم المتحدة": a locative word a little before a venue's name.
const LOCATIVE_WORDS = new Set(['في', 'ب', 'در', 'at', 'in', 'inside', 'داخل']);

function locativeNear(ctx: AnalysisContext, p: PlaceMention): boolean {
  const at = tokenIndexAt(ctx.doc.tokens, p.start);
  for (let k = Math.max(0, at - 2); k <= at; k++) {
    const key = ctx.doc.tokens[k]?.key ?? '';
    if (LOCATIVE_WORDS.has(key) || (k === at && /^(?:و|ف)?ب/u.test(key) && ctx.doc.tokens[k]!.start < p.start)) return true;
  }
  return p.locative;
}

/** Nothing between a place or date outside the clause and the clause itself opens another clause ("قال ... إن"، "گفت ... که"). */
function noBreakerBetween(ctx: AnalysisContext, c: Candidate, start: number, end: number): boolean {
  const tokens = ctx.doc.tokens;
  const [from, to] = start >= c.windowEnd ? [c.windowEnd, start] : [end, c.windowStart];
  return cuesInRange(ctx, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), 'clauseBreakers').length === 0 &&
    cuesInRange(ctx, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), 'reporting').length === 0;
}

/** Outside the clause, a date counts only a few words from it: further away it dates another event. */
function nearWindow(ctx: AnalysisContext, c: Candidate, d: DateMention): boolean {
  const gap = d.start >= c.windowEnd ? ctx.doc.text.slice(c.windowEnd, d.start) : ctx.doc.text.slice(d.end, c.windowStart);
  return (gap.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 10;
}

/** "said Wednesday", "قال اليوم": the date right after a reporting verb is the report's. */
function datesTheReport(ctx: AnalysisContext, d: DateMention): boolean {
  const at = tokenIndexAt(ctx.doc.tokens, d.start);
  for (let back = 1; back <= 2; back++) {
    const hit = cuesInRange(ctx, at - back, at - back + 1, 'reporting')[0];
    if (hit && hit.last === at - 1) return true;
  }
  return false;
}

function closest(dates: DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.start >= at ? d.start - at : at - d.end;
    // A day-precise date beats a vaguer one in the same clause.
    const penalty = d.value.precision === 'day' ? 0 : 1000;
    if (distance + penalty < bestDistance) {
      best = d;
      bestDistance = distance + penalty;
    }
  }
  return best;
}

function isAfterAnchor(d: DateMention, ctx: AnalysisContext): boolean {
  const day = dayOf(d);
  return day !== null && ctx.anchor !== null && daysBetween(ctx.anchor, day) > 0;
}

/** A date a month or more before the story's day marks a meeting told as background. */
function isLongBefore(d: DateMention, ctx: AnalysisContext): boolean {
  if (!ctx.anchor) return false;
  const anchor = formatDay(ctx.anchor);
  const start = d.value.value.split('/')[0]!;
  if (d.value.precision === 'year') return start < anchor.slice(0, 4);
  if (d.value.precision === 'month') return start < anchor.slice(0, 7);
  const day = dayOf(d);
  return day !== null && daysBetween(day, ctx.anchor) > 31;
}

// "before flying to Brussels", "arrived from Cairo": where someone goes or comes from is not
// where the meeting is (a travel destination is only a fallback, see defaultPlace).
const DIRECTION_WORDS = new Set(['to', 'from', 'for', 'toward', 'towards']);

function afterDirectionWord(ctx: AnalysisContext, p: PlaceMention): boolean {
  const at = tokenIndexAt(ctx.doc.tokens, p.start);
  const before = ctx.doc.tokens[at - 1];
  if (before === undefined || !DIRECTION_WORDS.has(before.key)) return false;
  // "will travel to Cairo for talks": the destination of a visit is where its talks are.
  return !cuesInRange(ctx, Math.max(0, at - 3), at, 'travel').some((cue) => cue.last === at - 1);
}

/**
 * The place stated in the clause, else in the sentence: a venue and the city it is in. A place
 * counts when it follows a locative preposition (في، بـ، در، in, at) or, for a meeting in person,
 * when it qualifies the meeting word itself ("قمة موسكو", "the Moscow summit"); never the
 * dateline's, and never a place inside a person's title.
 */
export function pickPlace(ctx: AnalysisContext, c: Candidate, insidePerson: (s: number, e: number) => boolean): void {
  const nextToTrigger = (p: PlaceMention) => Math.abs(tokenIndexAt(ctx.doc.tokens, p.start) - tokenIndexAt(ctx.doc.tokens, c.triggerStart)) <= 2;
  const usable = (p: PlaceMention) =>
    !insidePerson(p.start, p.end) && !p.dateline && p.start >= ctx.datelineEnd && p.kind !== 'country' && !afterDirectionWord(ctx, p) &&
    (p.locative || p.kind === 'here' || (p.kind === 'venue' && locativeNear(ctx, p)) || (c.modality === 'in-person' && nextToTrigger(p)));
  const sentence = ctx.doc.sentences[c.sentence]!;
  const inWindow = itemsWithin(ctx.places, c.windowStart, c.windowEnd).filter(usable);
  const inSentence =
    c.modality === 'in-person' ? itemsWithin(ctx.places, sentence.start, sentence.end).filter((p) => usable(p) && noBreakerBetween(ctx, c, p.start, p.end)) : [];
  const distance = (p: PlaceMention) => (p.start >= c.triggerEnd ? p.start - c.triggerEnd : c.triggerStart - p.end);
  for (const pool of [inWindow, inSentence]) {
    // The place nearest the meeting word, with the venue or city written beside it
    // ("at the Diaoyutai State Guesthouse in Beijing"); a farther one may belong to another event.
    const nearest = [...pool].sort((a, b) => distance(a) - distance(b))[0];
    if (!nearest) continue;
    const beside = (kind: (p: PlaceMention) => boolean) =>
      pool.find((p) => p !== nearest && kind(p) && Math.abs(tokenIndexAt(ctx.doc.tokens, p.start) - tokenIndexAt(ctx.doc.tokens, nearest.start)) <= 6) ?? null;
    const venue = nearest.kind === 'venue' ? nearest : beside((p) => p.kind === 'venue');
    const city = nearest.kind !== 'venue' ? nearest : beside((p) => p.kind === 'city' || p.kind === 'here');
    c.venue = venue;
    // A venue knows its city ("Diaoyutai State Guesthouse" is in Beijing); a city named beside an unknown venue tells it.
    c.place = venue && (venue.place.canonical || !city) ? venue : city;
    c.placeStated = true;
    return;
  }
}

// "since April 2019, when they met": words that open a clause dated by the date just before them.
const WHEN_WORDS: ReadonlySet<string> = new Set(['when', 'عندما', 'حين', 'حينما', 'وقتي', 'هنگامي']);

/** The date right before a "when" that opens the meeting's clause ("April 2019, when they met"). */
function dateBeforeWhen(ctx: AnalysisContext, windowFirst: number, usable: (d: DateMention) => boolean): DateMention | null {
  const when = ctx.doc.tokens[windowFirst - 1];
  if (!when || !WHEN_WORDS.has(when.key)) return null;
  const before = itemsWithin(ctx.dates, Math.max(0, when.start - 40), when.start).filter(usable).pop();
  return before && /^[\s,،]*$/u.test(ctx.doc.text.slice(before.end, when.start)) ? before : null;
}

// Words that open a clause about the place or occasion of the main one ("حيث", "where").
const SUBORDINATORS: ReadonlySet<string> = new Set(['حيث', 'where', ...RELATIVE_PRONOUNS]);

/**
 * "ومن المنتظر أن يزور سموه نيودلهي حيث يلتقي الرئيسة": a meeting in a clause under a planned
 * one is planned too.
 */
function plannedMainClause(ctx: AnalysisContext, sentenceFirst: number, windowFirst: number): boolean {
  const opener = ctx.doc.tokens[windowFirst - 1];
  if (windowFirst <= sentenceFirst || !opener || !SUBORDINATORS.has(opener.key)) return false;
  return cuesInRange(ctx, sentenceFirst, windowFirst - 1, 'planned').length > 0;
}

/** Where a context phrase ("على هامش اجتماع ...") ends: the next punctuation or clause breaker. */
function phraseEnd(ctx: AnalysisContext, from: number): number {
  const tokens = ctx.doc.tokens;
  let last = from;
  for (let i = from + 1; i < tokens.length && i - from <= 14; i++) {
    const between = ctx.doc.text.slice(tokens[i - 1]!.end, tokens[i]!.start);
    if (/[.,،;؛:!?؟\n]/u.test(between)) break;
    if (cuesInRange(ctx, i, i + 1, 'clauseBreakers').length > 0) break;
    last = i;
  }
  return tokens[last]!.end;
}

/** English: compromise reads a future-tense verb phrase in the clause ("will hold", "is going to meet"). */
function futureVerbIn(ctx: AnalysisContext, c: Candidate): boolean {
  return (ctx.english?.verbs ?? []).some((v) => v.tense === 'future' && v.start < c.windowEnd && v.end > c.windowStart);
}
