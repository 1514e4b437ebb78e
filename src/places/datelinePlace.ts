import type { Document } from '../pipeline/document';
import type { Dateline } from '../dates/types';
import type { PhraseMatcher } from '../text/phraseMatcher';
import { tokenIndexAt } from '../text/tokens';
import { fold } from '../text/normalize';
import type { PlaceEntry } from './placeIndex';
import { placeAt, type PlaceHit } from './placeAt';
import { countryAt } from './countries';
import { placeWords } from './placeWords';

/** The place that opens a dateline: its city (or country) hit and where the dateline's place part ends. */
export interface DatelinePlace {
  hit: PlaceHit;
  /** Normalized end of the place part, an optional ", Country" included. */
  end: number;
}

// How far after the place a dateline must show its date or agency.
const LOOKAHEAD = 48;

/** Whether what follows the opening place looks like the rest of a dateline. */
function opensDateline(text: string, from: number): boolean {
  const line = text.slice(from, from + LOOKAHEAD).split('\n')[0]!;
  const rest = line.trimStart();
  const first = rest[0];
  if (first === undefined) return false;
  if (':-(/|'.includes(first) || (first >= '0' && first <= '9')) return true;
  // "Jeddah, Dhul Hijjah 16", "أبوظبي في 19 مارس": a separator or "في", then a date or an agency soon after.
  const soon = rest.slice(0, 32);
  const separated = first === ',' || first === '،' || rest.startsWith('في ') || rest.startsWith('در ');
  return separated && /[\d(]/u.test(soon);
}

const REPORTED = fold('به گزارش');
const FROM = fold('از');
// How many words the opening "به گزارش ... از X" clause may run to.
const REPORTED_WORDS = 8;

/** Persian agency copy opens with "به گزارش خبرنگار ایرنا از مسکو،": the city the story is filed from. */
function reportedFrom(doc: Document, user: PhraseMatcher<PlaceEntry> | null): DatelinePlace | null {
  if (doc.language !== 'fa' || !doc.text.startsWith(REPORTED, doc.tokens[0]!.start)) return null;
  for (let i = 2; i < Math.min(doc.tokens.length, REPORTED_WORDS); i++) {
    if (/[،,.:]/u.test(doc.text.slice(doc.tokens[i - 1]!.end, doc.tokens[i]!.start))) return null;
    if (doc.tokens[i]!.key !== FROM) continue;
    const hit = placeAt(doc, i + 1, user);
    return hit ? { hit, end: hit.end } : null;
  }
  return null;
}

/**
 * The dateline's place: inside `dateline.placeStart..placeEnd` when the dates stage found one;
 * otherwise the article's first words when a date, "(agency)", ":" or "-" follows them.
 */
export function datelinePlace(doc: Document, dateline: Dateline | null, user: PhraseMatcher<PlaceEntry> | null): DatelinePlace | null {
  if (dateline && dateline.placeStart !== null && dateline.placeEnd !== null) {
    const from = tokenIndexAt(doc.tokens, dateline.placeStart);
    let last = -1;
    for (let i = from; i < doc.tokens.length && doc.tokens[i]!.start < dateline.placeEnd; i++) {
      const hit = placeAt(doc, i, user, dateline.placeEnd);
      if (hit) return { hit, end: dateline.placeEnd };
      last = i;
    }
    // A city the gazetteer does not know still names the document's place, without a canonical
    // name, when the range looks like a name: a few words, no digits, not a preposition.
    if (last < from || last - from >= MAX_UNKNOWN_WORDS || !unknownNameFits(doc, from, last)) return ownDateline(doc, user);
    const unknown: PlaceEntry = { kind: 'city', canonical: '', country: '', city: null, latin: null };
    return { hit: { value: unknown, first: from, last, start: doc.tokens[from]!.start, end: doc.tokens[last]!.end, proclitic: '' }, end: dateline.placeEnd };
  }
  return ownDateline(doc, user);
}

const MAX_UNKNOWN_WORDS = 3;

function unknownNameFits(doc: Document, from: number, last: number): boolean {
  const words = placeWords(doc.language);
  for (let i = from; i <= last; i++) {
    const token = doc.tokens[i]!;
    if (/\d/u.test(token.key) || words.locative.has(token.key) || words.venueStops.has(token.key)) return false;
  }
  return true;
}

/** The article's first words, when a date, "(agency)", ":" or "-" follows them. */
function ownDateline(doc: Document, user: PhraseMatcher<PlaceEntry> | null): DatelinePlace | null {
  const first = doc.tokens[0];
  if (!first || /\S/u.test(doc.text.slice(0, first.start).replace(/[\s"'«»“”]/gu, ''))) return null;
  const reported = reportedFrom(doc, user);
  if (reported) return reported;
  const hit = placeAt(doc, 0, user);
  if (!hit) return null;
  let end = hit.end;
  // An optional ", Country" after the city: "سمرقند، أوزبكستان".
  const next = doc.tokens[hit.last + 1];
  if (next && /^[\s]*[،,][\s]*$/u.test(doc.text.slice(hit.end, next.start))) {
    const country = countryAt(doc, hit.last + 1);
    if (country && country.kind === 'name') end = country.end;
  }
  return opensDateline(doc.text, end) ? { hit, end } : null;
}
