import { assertText, resolveOptions } from '../options';
import { readDocument } from '../pipeline/document';
import { textChunks } from '../pipeline/chunks';
import type { PlaceMention } from '../places/types';
import { originalSpan } from '../text/normalize';
import { tokenIndexAt } from '../text/tokens';
import type { DateValue, ExtractOptions, Meeting, Person, Place, Span } from '../types';
import { inheritSetting, mergeReports, splitSeparateMeetings } from './assemble';
import type { Candidate, Party } from './candidate';
import { analyse, cueOfKindAt, type AnalysisContext } from './context';
import { findCandidates } from './findCandidates';
import { itemsAround, itemsStartingIn, itemsWithin } from './spanLists';

/**
 * Every meeting a news text reports: who met whom, when, where, how, and whether it happened,
 * is planned or was cancelled, with the sentences that say so. Never throws on content.
 */
export function extractMeetings(text: string, options?: ExtractOptions): Meeting[] {
  assertText('extractMeetings', text);
  const resolved = resolveOptions('extractMeetings', options);
  // No letter, no name: nothing to read (blank text, markup-free punctuation, control runs).
  if (!HAS_LETTER.test(text)) return [];
  if (text.length <= LARGE_DOCUMENT) return meetingsOf(analyse(readDocument(text, resolved)));
  // A very long text (a feed, many articles in one string) is read piece by piece, so that time
  // stays linear and memory bounded; spans are moved back to offsets of the whole text.
  const meetings: Meeting[] = [];
  for (const [start, end] of textChunks(text, LARGE_DOCUMENT)) {
    for (const m of meetingsOf(analyse(readDocument(text.slice(start, end), resolved)))) meetings.push(shiftMeeting(m, start));
  }
  return byConfidence(meetings);
}

const HAS_LETTER = /\p{L}/u;

// About ten news articles: beyond this, a text is read in pieces.
const LARGE_DOCUMENT = 1 << 15;

function shiftSpan(span: Span | null, by: number): Span | null {
  return span ? { start: span.start + by, end: span.end + by, text: span.text } : null;
}

function shiftDate(d: DateValue | null, by: number): DateValue | null {
  if (!d) return null;
  const out: DateValue = { ...d, span: shiftSpan(d.span, by) };
  if (d.start) out.start = shiftDate(d.start, by)!;
  if (d.end) out.end = shiftDate(d.end, by)!;
  return out;
}

function shiftMeeting(m: Meeting, by: number): Meeting {
  const person = (p: Person): Person => ({ ...p, span: shiftSpan(p.span, by) });
  const participants = m.participants.map(person);
  const hostAt = m.host ? m.participants.indexOf(m.host) : -1;
  return {
    ...m,
    participants,
    attendees: m.attendees.map(person),
    host: hostAt >= 0 ? participants[hostAt]! : m.host ? person(m.host) : null,
    date: shiftDate(m.date, by),
    location: m.location ? { ...m.location, span: shiftSpan(m.location.span, by) } : null,
    evidence: m.evidence.map((e) => shiftSpan(e, by)!),
  };
}

/** Main meetings first, background ones last; text order otherwise. */
function byConfidence(meetings: Meeting[]): Meeting[] {
  return meetings
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.confidence - a.m.confidence || a.i - b.i)
    .map(({ m }) => m);
}

export function meetingsOf(ctx: AnalysisContext): Meeting[] {
  const candidates = findCandidates(ctx);
  const complete = splitSeparateMeetings(candidates.filter((c) => c.parties.length >= 2));
  const merged = mergeReports(complete);
  inheritSetting(ctx, candidates, merged);
  const fallbackPlace = defaultPlace(ctx);
  const meetings = merged.map((c) => toMeeting(ctx, c, fallbackPlace));
  return byConfidence(meetings);
}

/** Where an in-person meeting with no stated place took place: where the visitor travelled, else the dateline city. */
function defaultPlace(ctx: AnalysisContext): PlaceMention | null {
  const tokens = ctx.doc.tokens;
  const usable = (p: PlaceMention) => p.kind !== 'venue' && !p.dateline && p.start >= ctx.datelineEnd;
  for (let i = 0; i < tokens.length; i++) {
    const travel = cueOfKindAt(ctx, i, 'travel');
    if (!travel) continue;
    const after = tokens[travel.last]!.end;
    const limit = tokens[Math.min(tokens.length - 1, travel.last + 3)]!.end;
    // Offsets are whole numbers: starting by `limit` is starting before `limit + 1`.
    const following = itemsStartingIn(ctx.places, after, limit + 1).filter(usable);
    // Persian may put the destination before the verb: "به ترکیه نمی‌رود".
    const before = tokens[Math.max(0, travel.first - 3)]!.start;
    const preceding = ctx.doc.language === 'fa' ? itemsWithin(ctx.places, before, tokens[travel.first]!.start).filter(usable) : [];
    const pool = [...following, ...preceding.reverse()];
    const place = pool.find((p) => p.kind !== 'country') ?? pool[0];
    if (place) return place;
  }
  const dl = ctx.dateline;
  if (dl) {
    const inDateline = itemsWithin(ctx.places, dl.start, dl.end).find((p) => p.kind !== 'venue');
    if (inDateline) return inDateline;
  }
  // A place opening the text is an unmarked dateline ("Cairo - ..."), unless it belongs to a title ("U.S. Secretary of State").
  const first = ctx.places[0];
  if (first && tokenIndexAt(tokens, first.start) <= 2 && itemsAround(ctx.people.mentions, first.start, first.end).length === 0) return first;
  return null;
}

function toPerson(ctx: AnalysisContext, p: Party): Person {
  if (p.mention) return { ...p.person, span: p.person.span ?? originalSpan(ctx.doc.nt, p.mention.start, p.mention.end) };
  return { ...p.person };
}

function toPlace(ctx: AnalysisContext, place: PlaceMention | null, venue: PlaceMention | null): Place | null {
  if (!place && !venue) return null;
  const base = place ?? venue!;
  const venueName = venue ? venue.place.venue ?? venue.place.name : base.place.venue;
  return {
    ...base.place,
    venue: venueName ?? null,
    span: base.place.span ?? originalSpan(ctx.doc.nt, base.start, base.end),
  };
}

function sentenceSpan(ctx: AnalysisContext, s: number): Span {
  const sentence = ctx.doc.sentences[s]!;
  return originalSpan(ctx.doc.nt, sentence.start, sentence.end);
}

function confidenceOf(c: Candidate): number {
  let score = 0.45;
  if (c.trigger.kind === 'verb') score += 0.15;
  const named = c.parties.filter((p) => p.entity !== null).length;
  score += Math.min(named, 2) * 0.1;
  if (c.date) score += 0.1;
  if (c.placeStated) score += 0.05;
  if (c.inferred) score -= 0.1;
  if (c.background) score -= 0.35;
  return Math.round(Math.max(0.05, Math.min(0.99, score)) * 100) / 100;
}

/**
 * A date that only gives a window ("next week", "later this month", "الأسبوع المقبل"): it tells
 * that a meeting is planned, not the day it is on, so the meeting gets no date.
 */
function isWindow(d: DateValue): boolean {
  if (d.value.includes('/')) return !d.known.day;
  return d.precision === 'month' && !d.known.month;
}

function toMeeting(ctx: AnalysisContext, c: Candidate, fallback: PlaceMention | null): Meeting {
  const participants = c.parties.map((p) => toPerson(ctx, p));
  let place = c.place;
  let venue = c.venue;
  if (!place && !venue && c.modality === 'in-person' && !c.background) place = fallback;
  if (c.modality !== 'in-person' && !c.placeStated) {
    place = null;
    venue = null;
  }
  const date: DateValue | null = c.date && !isWindow(c.date.value) ? { ...c.date.value, source: c.dateSource ?? 'sentence' } : null;
  return {
    participants,
    attendees: c.attendees.map((p) => toPerson(ctx, p)),
    host: c.host !== null && participants[c.host] ? participants[c.host]! : null,
    date,
    location: toPlace(ctx, place, venue),
    modality: c.modality,
    status: c.status,
    context: c.context ? originalSpan(ctx.doc.nt, c.context.start, c.context.end).text : null,
    evidence: [...c.evidence].sort((a, b) => a - b).map((s) => sentenceSpan(ctx, s)),
    confidence: confidenceOf(c),
  };
}
