import { findDateMentions, findDateline, type DateMention, type Dateline } from '../dates/index';
import { findPersonMentions, type PeopleInDocument } from '../people/index';
import { findPlaceMentions, type PlaceMention } from '../places/index';
import type { Document } from '../pipeline/document';
import type { PhraseMatch } from '../text/phraseMatcher';
import type { Day } from '../common/day';
import { cueIndexFor, type CueIndex, type CueKind } from './cueIndex';
import { parseEnglish, type EnglishParse } from '../locales/en/parseEnglish';
import type { Sentence } from '../text/sentences';

/** Everything meeting assembly reads about one document, computed once. */
export interface AnalysisContext {
  doc: Document;
  cues: CueIndex;
  dateline: Dateline | null;
  /** The day relative dates resolve against: the dateline's date, else the reference date. */
  anchor: Day | null;
  dates: DateMention[];
  people: PeopleInDocument;
  places: PlaceMention[];
  /** Cue phrases by the token they start at. */
  cueAt: Map<number, PhraseMatch<CueKind>[]>;
  /** English only: compromise's sentences and verb tenses of the document. */
  english: EnglishParse | null;
  /** Normalized offset where the dateline ends (0 when there is none): its date and place are not a clause's. */
  datelineEnd: number;
}

/** The day a day-precise date mention names (the start of a range), else null. */
export function dayOf(d: DateMention | null): Day | null {
  if (!d || d.value.precision !== 'day') return null;
  const [y, m, dd] = d.value.value.split('/')[0]!.split('-').map(Number);
  return { year: y!, month: m!, day: dd! };
}

/**
 * English sentences: our own cuts (line breaks, bounded length) refined where compromise sees a
 * sentence start inside one of them (it knows abbreviations and quotes better). Linear: the
 * compromise starts are walked once alongside our sentences.
 */
function withEnglishSentences(doc: Document, english: EnglishParse): Document {
  const starts = english.sentences.map((p) => p.start);
  if (starts.length === 0) return doc;
  const sentences: Sentence[] = [];
  let j = 0;
  for (const own of doc.sentences) {
    let from = own.start;
    while (j < starts.length && starts[j]! <= own.start) j++;
    while (j < starts.length && starts[j]! < own.end) {
      pushTrimmed(doc.text, sentences, from, starts[j]!, own.paragraph);
      from = starts[j]!;
      j++;
    }
    pushTrimmed(doc.text, sentences, from, own.end, own.paragraph);
  }
  return { ...doc, sentences };
}

function pushTrimmed(text: string, out: Sentence[], a: number, b: number, paragraph: number): void {
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  if (b > a) out.push({ start: a, end: b, paragraph });
}

export function analyse(input: Document): AnalysisContext {
  const english = input.language === 'en' ? parseEnglish(input.text) : null;
  const doc = english ? withEnglishSentences(input, english) : input;
  const cues = cueIndexFor(doc.language);
  const dateline = findDateline(doc);
  const datelineDate = dateline?.date && !dateline.date.value.value.includes('/') ? dateline.date : null;
  const anchor = dayOf(datelineDate) ?? doc.options.reference;
  const cueAt = new Map<number, PhraseMatch<CueKind>[]>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const hits = cues.cuesByPhrase.matchAt(doc.text, doc.tokens, i);
    if (hits.length > 0) cueAt.set(i, hits);
  }
  const places = findPlaceMentions(doc, dateline);
  // The dateline's country: the one whose offices a bare title names.
  const homeCountry = places.find((p) => p.dateline)?.place.country ?? null;
  const people = findPersonMentions(doc, english, homeCountry);
  let datelineEnd = dateline?.end ?? 0;
  for (const p of places) if (p.dateline && p.start <= datelineEnd + 2) datelineEnd = Math.max(datelineEnd, p.end);
  // A dateline names no one: where a person is named, the story has begun.
  const firstPerson = people.mentions.find((m) => m.start >= (dateline?.start ?? 0));
  if (firstPerson && firstPerson.start < datelineEnd) datelineEnd = firstPerson.start;
  return {
    doc,
    cues,
    dateline,
    anchor,
    dates: findDateMentions(doc, anchor),
    people,
    places,
    cueAt,
    datelineEnd,
    english,
  };
}

/** Whether a cue of `kind` starts at token `i`; returns the longest such match. */
export function cueOfKindAt(ctx: AnalysisContext, i: number, kind: CueKind): PhraseMatch<CueKind> | null {
  const hits = ctx.cueAt.get(i);
  if (!hits) return null;
  let best: PhraseMatch<CueKind> | null = null;
  for (const h of hits) if (h.value === kind && (!best || h.last > best.last)) best = h;
  return best;
}

/** Cue matches of `kind` whose first token lies in [from, to). */
export function cuesInRange(ctx: AnalysisContext, from: number, to: number, kind: CueKind): PhraseMatch<CueKind>[] {
  const out: PhraseMatch<CueKind>[] = [];
  for (let i = from; i < to; i++) {
    const hit = cueOfKindAt(ctx, i, kind);
    if (hit) out.push(hit);
  }
  return out;
}
