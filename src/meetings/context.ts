import { findDateMentions, findDateline, type DateMention, type Dateline } from '../dates/index';
import { findPersonMentions, type PeopleInDocument } from '../people/index';
import { findPlaceMentions, type PlaceMention } from '../places/index';
import type { Document } from '../pipeline/document';
import type { PhraseMatch } from '../text/phraseMatcher';
import type { Day } from '../common/day';
import { cueIndexFor, type CueIndex, type CueKind } from './cueIndex';

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
}

function dayOf(d: DateMention | null): Day | null {
  if (!d || d.value.precision !== 'day' || d.value.value.includes('/')) return null;
  const [y, m, dd] = d.value.value.split('-').map(Number);
  return { year: y!, month: m!, day: dd! };
}

export function analyse(doc: Document): AnalysisContext {
  const cues = cueIndexFor(doc.language);
  const dateline = findDateline(doc);
  const anchor = dayOf(dateline?.date ?? null) ?? doc.options.reference;
  const cueAt = new Map<number, PhraseMatch<CueKind>[]>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const hits = cues.cuesByPhrase.matchAt(doc.text, doc.tokens, i);
    if (hits.length > 0) cueAt.set(i, hits);
  }
  return {
    doc,
    cues,
    dateline,
    anchor,
    dates: findDateMentions(doc, anchor),
    people: findPersonMentions(doc),
    places: findPlaceMentions(doc, dateline),
    cueAt,
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
