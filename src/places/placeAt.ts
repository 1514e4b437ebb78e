import type { Document } from '../pipeline/document';
import type { PhraseMatch, PhraseMatcher } from '../text/phraseMatcher';
import { placeLexicon, placeMatcher, punctuatedKey, type PlaceEntry } from './placeIndex';
import { readsAsPlace } from './homonymPlaces';

/** A gazetteer place found at a token. Offsets are normalized and exclude any proclitic. */
export type PlaceHit = PhraseMatch<PlaceEntry>;

function caseFits(doc: Document, hit: PlaceHit): boolean {
  if (hit.value.latin === null) return true;
  if (hit.value.latin === 'upper') {
    for (let k = hit.first; k <= hit.last; k++) {
      const t = doc.tokens[k]!.text;
      if (t !== t.toUpperCase()) return false;
    }
    return true;
  }
  const head = doc.tokens[hit.first]!.text[0];
  return head !== undefined && head !== head.toLowerCase();
}

function acceptable(doc: Document, hit: PlaceHit, datelineEnd: number): boolean {
  if (!caseFits(doc, hit)) return false;
  if (hit.first === hit.last && !readsAsPlace(doc, hit.first, datelineEnd)) return false;
  return true;
}

/**
 * The longest gazetteer (or caller) place that starts at token `i`. The caller's own places win
 * over the gazetteer when they are at least as long. `datelineEnd` is the normalized end of the
 * dateline (0 when none): a word inside it is read as a place more readily.
 */
const MAX_PUNCTUATED_WORDS = 4;

// "Novo-Ogaryovo", "St. Petersburg", "Xi'an", "Washington, D.C.": words joined by punctuation.
function punctuatedAt(doc: Document, i: number): PlaceHit | null {
  const { punctuated, punctuatedFirst } = placeLexicon(doc.language);
  if (!punctuatedFirst.has(doc.tokens[i]!.key)) return null;
  let found: PlaceHit | null = null;
  for (let j = i + 1; j < doc.tokens.length && j < i + MAX_PUNCTUATED_WORDS; j++) {
    if (doc.tokens[j]!.start - doc.tokens[j - 1]!.end > 3) break;
    const entry = punctuated.get(punctuatedKey(doc.text.slice(doc.tokens[i]!.start, doc.tokens[j]!.end)));
    if (entry) found = { value: entry, first: i, last: j, start: doc.tokens[i]!.start, end: doc.tokens[j]!.end, proclitic: '' };
  }
  return found;
}

export function placeAt(doc: Document, i: number, user: PhraseMatcher<PlaceEntry> | null, datelineEnd = 0): PlaceHit | null {
  const own = user?.matchAt(doc.text, doc.tokens, i).find((h) => acceptable(doc, h, datelineEnd)) ?? null;
  const gazetteer = placeMatcher(doc.language).matchAt(doc.text, doc.tokens, i).find((h) => acceptable(doc, h, datelineEnd)) ?? null;
  const joined = punctuatedAt(doc, i);
  const best = joined && acceptable(doc, joined, datelineEnd) && (!gazetteer || joined.last > gazetteer.last) ? joined : gazetteer;
  if (own && (!best || own.last >= best.last)) return own;
  return best;
}
