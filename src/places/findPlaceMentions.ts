import type { Place } from '../types';
import { sentenceIndexAt, type Document } from '../pipeline/document';
import type { Dateline } from '../dates/types';
import type { PhraseMatcher } from '../text/phraseMatcher';
import { originalSpan } from '../text/normalize';
import type { PlaceMention } from './types';
import { cityRecord, placeLexicon, userPlaceMatcher, type PlaceEntry } from './placeIndex';
import { placeAt, type PlaceHit } from './placeAt';
import { placeWords, type PlaceWords } from './placeWords';
import { datelinePlace } from './datelinePlace';
import { unknownVenueAt, type VenueSpan } from './unknownVenueAt';
import { referenceAt } from './referenceAt';
import { countryName } from './countries';

const LOCATIVE_PROCLITICS: readonly string[] = ['ب', 'وب', 'فب'];

interface Context {
  doc: Document;
  user: PhraseMatcher<PlaceEntry> | null;
  words: PlaceWords;
  datelineEnd: number;
  /** The dateline's place: the document's default place. */
  home: Place | null;
  /** The last city mentioned, and the sentence it was in. */
  recent: { place: Place; sentence: number } | null;
}

// A venue with no city of its own is in the city named in its sentence or the one before.
const RECENT_SENTENCES = 1;

// The lexicon key of the words as written after the proclitic.
function writtenKey(doc: Document, hit: PlaceHit): string {
  const words = [doc.tokens[hit.first]!.key.slice(hit.proclitic.length)];
  for (let k = hit.first + 1; k <= hit.last; k++) words.push(doc.tokens[k]!.key);
  return words.join(' ');
}

/** The place a gazetteer hit names, as written. */
export function placeOfHit(doc: Document, hit: PlaceHit): Place {
  const span = originalSpan(doc.nt, hit.start, hit.end);
  const entry = hit.value;
  // "للقاهرة" is ل + القاهرة with the article's alif elided: the name is "القاهرة" (the span stays exact).
  const elided = hit.proclitic.endsWith('ل') && doc.text.startsWith('ل', hit.start) && !placeLexicon(doc.language).keys.has(writtenKey(doc, hit));
  const name = elided ? 'ا' + span.text : span.text;
  if (entry.kind === 'country') {
    return { name, canonical: countryName(entry.country, 'en'), country: entry.country, venue: null, span };
  }
  return { name, canonical: entry.canonical || null, country: entry.country || null, venue: null, span };
}

function isLocative(ctx: Context, first: number, proclitic: string): boolean {
  if (LOCATIVE_PROCLITICS.includes(proclitic)) return !isTopic(ctx, first - 1);
  const prev = ctx.doc.tokens[first - 1];
  if (!prev || !ctx.words.locative.has(prev.key)) return false;
  return ctx.doc.text.slice(prev.end, ctx.doc.tokens[first]!.start).trim() === '' && !isTopic(ctx, first - 2);
}

/** Whether token `k` is a noun of a subject under discussion, with or without a proclitic و. */
function isTopic(ctx: Context, k: number): boolean {
  const key = ctx.doc.tokens[k]?.key;
  if (!key) return false;
  return ctx.words.topicNouns.has(key) || (key.startsWith('و') && ctx.words.topicNouns.has(key.slice(1)));
}

/** A city named after a venue, with where its words end. */
interface CityAfter {
  city: Pick<Place, 'name' | 'canonical' | 'country'>;
  end: number;
  last: number;
}

// How far into "in the Turkish capital" the word "capital" may be.
const REFERENCE_REACH = 3;

/** A city written right after a venue: "... في سمرقند", "... بواشنطن", "... in Beijing", "... تهران", "... in the Turkish capital". */
function cityAfter(ctx: Context, last: number): CityAfter | null {
  const { doc } = ctx;
  let j = last + 1;
  const gap = (a: number, b: number) => doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).trim();
  if (j >= doc.tokens.length || !['', '،', ','].includes(gap(last, j))) return null;
  if (ctx.words.locative.has(doc.tokens[j]!.key) || doc.tokens[j]!.key === 'شهر' || doc.tokens[j]!.key === 'مدينه') {
    j++;
    if (j >= doc.tokens.length || gap(j - 1, j) !== '') return null;
  }
  const hit = placeAt(doc, j, ctx.user, ctx.datelineEnd);
  if (hit && hit.value.kind === 'city') {
    const place = placeOfHit(doc, hit);
    return { city: { name: place.name, canonical: place.canonical, country: place.country }, end: hit.end, last: hit.last };
  }
  for (let k = j; k < doc.tokens.length && k <= j + REFERENCE_REACH; k++) {
    const reference = referenceAt(doc, k, ctx.words, ctx.home);
    if (reference && reference.mention.start === doc.tokens[j]!.start) {
      const { name, canonical, country } = reference.mention.place;
      return { city: { name, canonical, country }, end: reference.mention.end, last: reference.last };
    }
  }
  return null;
}

/**
 * The city a venue is in: written after (or inside) it; else, for a venue the gazetteer does not
 * place, the city of the last sentences; else the dateline's when it fits; else the gazetteer's.
 */
function venueCity(ctx: Context, after: CityAfter | null, gazetteerCity: string | null, at: number): Pick<Place, 'name' | 'canonical' | 'country'> | null {
  if (after) return after.city;
  const recent = ctx.recent;
  if (gazetteerCity === null && recent && sentenceIndexAt(ctx.doc, at) - recent.sentence <= RECENT_SENTENCES) {
    return { name: recent.place.name, canonical: recent.place.canonical, country: recent.place.country };
  }
  if (ctx.home && (gazetteerCity === null || ctx.home.canonical === gazetteerCity)) {
    return { name: ctx.home.name, canonical: ctx.home.canonical, country: ctx.home.country };
  }
  const record = gazetteerCity ? cityRecord(gazetteerCity) : undefined;
  if (record) return { name: record[ctx.doc.language][0] ?? record.canonical, canonical: record.canonical, country: record.country };
  return null;
}

function venueMention(ctx: Context, venue: VenueSpan, gazetteerCity: string | null, country: string | null): { mention: PlaceMention; last: number } {
  const { doc } = ctx;
  const after = cityAfter(ctx, venue.last);
  const inner = venue.city ? placeOfHit(doc, venue.city) : null;
  const named = after ?? (inner ? { city: { name: inner.name, canonical: inner.canonical, country: inner.country }, end: venue.end, last: venue.last } : null);
  const city = venueCity(ctx, named, gazetteerCity, venue.start);
  const venueText = originalSpan(doc.nt, venue.start, venue.end).text;
  const end = after ? after.end : venue.end;
  const place: Place = {
    name: city?.name ?? venueText,
    canonical: city?.canonical ?? null,
    country: city?.country ?? country,
    venue: venueText,
    span: originalSpan(doc.nt, venue.start, end),
  };
  return { mention: { place, start: venue.start, end, kind: 'venue', locative: venue.locative, dateline: false }, last: after ? after.last : venue.last };
}

function hitMention(ctx: Context, hit: PlaceHit): { mention: PlaceMention; last: number } {
  const locative = isLocative(ctx, hit.first, hit.proclitic);
  if (hit.value.kind === 'venue') {
    const venue: VenueSpan = { start: hit.start, end: hit.end, first: hit.first, last: hit.last, locative, city: null };
    return venueMention(ctx, venue, hit.value.city, hit.value.country || null);
  }
  const kind = hit.value.kind === 'country' ? 'country' : 'city';
  return { mention: { place: placeOfHit(ctx.doc, hit), start: hit.start, end: hit.end, kind, locative, dateline: false }, last: hit.last };
}

/** Every place mention; the dateline's place (if any) comes first and is the document's default place. */
export function findPlaceMentions(doc: Document, dateline: Dateline | null): PlaceMention[] {
  const user = userPlaceMatcher(doc.options.places);
  const words = placeWords(doc.language);
  const opening = datelinePlace(doc, dateline, user);
  const ctx: Context = { doc, user, words, datelineEnd: opening?.end ?? 0, home: null, recent: null };
  const out: PlaceMention[] = [];
  if (opening) {
    const first = hitMention(ctx, opening.hit).mention;
    out.push({ ...first, locative: false, dateline: true });
    ctx.home = first.place;
  }
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i]!.start < ctx.datelineEnd) continue;
    const hit = placeAt(doc, i, user, ctx.datelineEnd);
    if (hit) {
      const { mention, last } = hitMention(ctx, hit);
      out.push(mention);
      if (mention.kind === 'city' && mention.place.canonical) ctx.recent = { place: mention.place, sentence: sentenceIndexAt(doc, mention.start) };
      i = last;
      continue;
    }
    const reference = referenceAt(doc, i, words, ctx.home);
    if (reference) {
      out.push(reference.mention);
      if (reference.mention.place.canonical) ctx.recent = { place: reference.mention.place, sentence: sentenceIndexAt(doc, reference.mention.start) };
      i = reference.last;
      continue;
    }
    const venue = unknownVenueAt(doc, i, words, user);
    if (venue) {
      const { mention, last } = venueMention(ctx, venue, null, null);
      out.push(mention);
      i = last;
    }
  }
  return out;
}
