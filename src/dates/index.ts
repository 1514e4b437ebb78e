import type { DateOptions, DateValue, Language, Span } from '../types';
import { readDocument, type Document } from '../pipeline/document';
import type { Day } from '../common/day';
import type { DateMention, Dateline } from './types';
import { assertText, resolveOptions, type ResolvedOptions } from '../options';
import { originalSpan, type NormalizedText } from '../text/normalize';
import { normalizeShort } from './plainText';
import { identifyLanguage } from '../language/detectLanguage';
import { POD_BIT, readAtoms, readTextAtoms } from './atoms';
import { durationList, parseAt, parseLeadingRange, reachOf, type Source } from './grammar/index';
import { kindsFrom } from './grammar/source';
import { resolveExpr, type Direction, type Resolved } from './resolve';
import { inFutureClause } from './clause';
import { findDatelineIn } from './dateline';
import type { Expr } from './expr';

export type { DateMention, Dateline } from './types';

/** Every date expression of a document, with spans; relative dates resolve against the dateline, else `referenceDate`. */
export function findDates(text: string, options?: DateOptions): DateValue[] {
  assertText('findDates', text);
  const opts = resolveOptions('findDates', options);
  const doc = readDocument(text, opts);
  const line = findDateline(doc);
  const anchor = line?.date ? dayOf(line.date.value) ?? opts.reference : opts.reference;
  return findDateMentions(doc, anchor).map((m) => m.value);
}

/** The one date a short string states, or null. */
export function normalizeDate(text: string, options?: DateOptions): DateValue | null {
  assertText('normalizeDate', text);
  const opts = resolveOptions('normalizeDate', options);
  const nt = normalizeShort(text);
  const lang: Language = opts.language ?? languageOf(text);
  const src: Source = { text: nt.text, atoms: readTextAtoms(nt.text), lang, whole: true, reach: -1 };
  let best: Expr | null = durationList(src);
  const reach = (src.reach = reachOf(src));
  for (let i = 0; i < src.atoms.length; i++) {
    // An expression from here on ends by `reach`: once that is no longer than the best, none can replace it.
    if (best && reach - src.atoms[i]!.start <= best.end - best.start) break;
    const e = parseLeadingRange(src, i) ?? parseAt(src, i);
    if (e && (!best || e.end - e.start > best.end - best.start)) {
      best = e;
      // An expression rarely hides a longer one inside it: go on after it.
      i = e.last;
    }
  }
  const dir: Direction = opts.prefer;
  if (best) {
    const r = resolveExpr(best, opts.reference, dir);
    if (r) return withSpan(r, nt, best.start, best.end);
  }
  return clockTimeDay(nt.text, opts, src);
}

function languageOf(text: string): Language {
  // Persian digits (U+06F0-U+06F9) and letters are not used in Arabic.
  if (/[پچژگ\u06f0-\u06f9]/u.test(text)) return 'fa';
  const l = identifyLanguage(text);
  if (l !== 'und') return l;
  return /[\u0600-\u06ff]/u.test(text) ? 'ar' : 'en';
}

const CLOCK = /(?<![\p{L}\p{N}])(?:\d{1,2}:\d{2}|الساعه|ساعت|o'clock|\d{1,2} ?[ap]\.?m\.?)(?![\p{L}])/iu;

/**
 * Whether `CLOCK` can match: each of its forms holds an ASCII digit, the س of "الساعه"/"ساعت" or
 * the apostrophe of "o'clock" (a scan far cheaper than the regular expression, which most
 * texts without a date would fail anyway).
 */
function mayTellTime(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || c === 0x633 || c === 0x27) return true;
  }
  return false;
}

/** A time of day without a date is today's: "الساعة 3 صباحا", "15:15". */
function clockTimeDay(text: string, opts: ResolvedOptions, src: Source): DateValue | null {
  if (!opts.reference) return null;
  // A part of the day ("صباحا", "tonight") says so from the atoms' kinds; a time is looked for only without one.
  const partOfDay = (kindsFrom(src, 0) & POD_BIT) !== 0;
  if (!partOfDay && !(mayTellTime(text) && CLOCK.test(text))) return null;
  const ref = opts.reference;
  const value = `${String(ref.year).padStart(4, '0')}-${String(ref.month).padStart(2, '0')}-${String(ref.day).padStart(2, '0')}`;
  return { value, precision: 'day', calendar: 'gregory', partOfDay: null, text: '', span: null, known: { year: false, month: false, day: false, weekday: false } };
}

function withSpan(r: Resolved, nt: NormalizedText, start: number, end: number): DateValue {
  return spanned(r, originalSpan(nt, start, end));
}

/**
 * The resolved value with the caller's text and span, ends included. Built field by field (in the
 * order a spread would give) because spreading objects of varying shape is slow on the hot path.
 */
function spanned(r: Resolved, span: Span): DateValue {
  if (r.start && r.end && r.conflict === undefined && r.source === undefined) {
    // A range, the usual kind of value with ends: one literal in the order below.
    return { value: r.value, precision: r.precision, calendar: r.calendar, partOfDay: r.partOfDay, known: r.known, start: retexted(r.start, span), end: retexted(r.end, span), text: span.text, span };
  }
  if (r.start || r.end || r.conflict !== undefined || r.source !== undefined) {
    const rest: DateValue = { value: r.value, precision: r.precision, calendar: r.calendar, partOfDay: r.partOfDay, known: r.known } as DateValue;
    if (r.start) rest.start = retexted(r.start, span);
    if (r.end) rest.end = retexted(r.end, span);
    if (r.conflict !== undefined) rest.conflict = r.conflict;
    if (r.source !== undefined) rest.source = r.source;
    rest.text = span.text;
    rest.span = span;
    return rest;
  }
  return { value: r.value, precision: r.precision, calendar: r.calendar, partOfDay: r.partOfDay, known: r.known, text: span.text, span };
}

/** A range end with the caller's text and span (its own ends, if any, kept as they are). */
function retexted(v: DateValue, span: Span): DateValue {
  if (v.start || v.end || v.conflict !== undefined || v.source !== undefined) return { ...v, text: span.text, span };
  return { value: v.value, precision: v.precision, calendar: v.calendar, partOfDay: v.partOfDay, known: v.known, text: span.text, span };
}

function dayOf(v: DateValue): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Every date expression of the document, resolved against `anchor` (the dateline or reference day). */
export function findDateMentions(doc: Document, anchor: Day | null): DateMention[] {
  return scanMentions(doc, anchor, doc.tokens.length);
}

/** Date mentions in the first `tokenCount` tokens of the document. */
function scanMentions(doc: Document, anchor: Day | null, tokenCount: number): DateMention[] {
  const src: Source = { text: doc.text, atoms: readAtoms(doc.text, doc.tokens, 0, tokenCount), lang: doc.language, whole: false, reach: -1 };
  const opening = openingLimit(doc);
  // The same atoms read as if they were the whole input (see the dateline below); made on first need.
  let asWhole: Source | null = null;
  const out: DateMention[] = [];
  for (let i = 0; i < src.atoms.length; ) {
    const atom = src.atoms[i]!;
    let e = parseLeadingRange(src, i) ?? parseAt(src, i);
    if (!e && atom.start < opening) {
      // The dateline may write a bare day-month ("الكويت - ١٠ - ١٢"): read it leniently.
      asWhole ??= { text: src.text, atoms: src.atoms, lang: src.lang, whole: true, reach: -1 };
      const lenient = parseAt(asWhole, i);
      const numericOnly = lenient !== null && src.atoms.slice(lenient.first, lenient.last + 1).every((a) => a.int !== null);
      if (lenient && numericOnly && lenient.end <= opening && lenient.day !== undefined && lenient.month !== undefined) e = lenient;
    }
    if (!e || e.weak) {
      i++;
      continue;
    }
    const firstToken = src.atoms[e.first]!.first;
    const lastToken = src.atoms[e.last]!.last;
    const dir: Direction = doc.options.prefer ?? (inFutureClause(doc.text, doc.tokens, firstToken, lastToken) ? 'future' : null);
    const r = resolveExpr(e, atom.start < opening && out.length === 0 ? doc.options.reference ?? anchor : anchor, dir);
    if (r) {
      const value = spanned(r, originalSpan(doc.nt, e.start, e.end));
      out.push({ value, start: e.start, end: e.end, relative: isRelative(e) });
    }
    i = e.last + 1;
  }
  return out;
}

function isRelative(e: Expr): boolean {
  return e.year === undefined && (e.dayOffset !== undefined || e.shift !== undefined || e.period !== undefined || e.weekday !== undefined || e.monthDir !== undefined || e.month !== undefined);
}

/** Normalized offset before which a lenient dateline date may start. */
function openingLimit(doc: Document): number {
  const nl = doc.text.indexOf('\n');
  const lineEnd = nl < 0 ? doc.text.length : nl;
  return Math.min(lineEnd, 60);
}

export function findDateline(doc: Document): Dateline | null {
  // Only the opening line matters: read the dates of its first 40 words.
  return findDatelineIn(doc, (d, anchor) => scanMentions(d, anchor, Math.min(d.tokens.length, 40)));
}
