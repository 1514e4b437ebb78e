import type { Document } from '../pipeline/document';
import type { Dateline } from '../dates/types';
import type { PhraseMatcher } from '../text/phraseMatcher';
import { tokenIndexAt } from '../text/tokens';
import type { PlaceEntry } from './placeIndex';
import { placeAt, type PlaceHit } from './placeAt';
import { countryAt } from './countries';

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

/**
 * The dateline's place: inside `dateline.placeStart..placeEnd` when the dates stage found one;
 * otherwise the article's first words when a date, "(agency)", ":" or "-" follows them.
 */
export function datelinePlace(doc: Document, dateline: Dateline | null, user: PhraseMatcher<PlaceEntry> | null): DatelinePlace | null {
  if (dateline && dateline.placeStart !== null && dateline.placeEnd !== null) {
    const from = tokenIndexAt(doc.tokens, dateline.placeStart);
    for (let i = from; i < doc.tokens.length && doc.tokens[i]!.start < dateline.placeEnd; i++) {
      const hit = placeAt(doc, i, user, dateline.placeEnd);
      if (hit) return { hit, end: dateline.placeEnd };
    }
    return null;
  }
  const first = doc.tokens[0];
  if (!first || /\S/u.test(doc.text.slice(0, first.start).replace(/[\s"'«»“”]/gu, ''))) return null;
  const hit = placeAt(doc, 0, user, Number.MAX_SAFE_INTEGER);
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
