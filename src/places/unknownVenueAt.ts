import type { Document } from '../pipeline/document';
import type { PhraseMatcher } from '../text/phraseMatcher';
import type { PlaceEntry } from './placeIndex';
import type { PlaceWords } from './placeWords';
import { placeAt, type PlaceHit } from './placeAt';

/** A building named in the text but not in the gazetteer ("مجمع فورملار ماجمواسي"). Offsets are normalized. */
export interface VenueSpan {
  start: number;
  end: number;
  first: number;
  last: number;
  /** Whether a locative preposition or proclitic precedes it. */
  locative: boolean;
  /** A city named inside the venue's own name ("استانداری استانبول"). */
  city: PlaceHit | null;
}

const MAX_TAIL = 5;
const MAX_ENGLISH_RUN = 8;
const ENGLISH_CONNECTORS: readonly string[] = ['of', 'the', 'de', 'al', 'el'];
const LOCATIVE_PROCLITICS: readonly string[] = ['ب', 'وب', 'فب'];

function onlySpaceBetween(doc: Document, a: number, b: number): boolean {
  return doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start).trim() === '';
}

function joinedInName(doc: Document, a: number, b: number): boolean {
  const gap = doc.text.slice(doc.tokens[a]!.end, doc.tokens[b]!.start);
  return gap === ' ' || gap === '-' || gap === "'" || gap === '’';
}

function previousIsLocative(doc: Document, i: number, words: PlaceWords): boolean {
  const prev = doc.tokens[i - 1];
  return !!prev && words.locative.has(prev.key) && onlySpaceBetween(doc, i - 1, i);
}

/** Arabic and Persian: a venue head word after a preposition, and the words that name it, up to a stop. */
function headFirstVenue(doc: Document, i: number, words: PlaceWords, user: PhraseMatcher<PlaceEntry> | null): VenueSpan | null {
  const head = words.venueHeads.matchAt(doc.text, doc.tokens, i)[0];
  if (!head) return null;
  const locative = LOCATIVE_PROCLITICS.includes(head.proclitic) || previousIsLocative(doc, i, words);
  if (!locative) return null;
  let last = head.last;
  let city: PlaceHit | null = null;
  // Arabic agreement: once a word of the name is definite, the rest are ("مقر منظمة الأمم المتحدة");
  // an indefinite word after that starts the next clause ("المطار ثم ...").
  let definite = doc.language === 'ar' && doc.text.startsWith('ال', head.start);
  for (let j = head.last + 1; j <= head.last + MAX_TAIL && j < doc.tokens.length; j++) {
    const token = doc.tokens[j]!;
    if (!onlySpaceBetween(doc, j - 1, j) || words.venueStops.has(token.key) || /^[\d\p{Script=Latin}]/u.test(token.key)) break;
    const place = placeAt(doc, j, user);
    if (place) {
      // "استانداری استانبول", "مطار القاهرة": a city right after the head names the building.
      if (j === head.last + 1 && place.proclitic === '' && place.value.kind === 'city') {
        last = place.last;
        city = place;
      }
      break;
    }
    if (words.venueHeads.matchAt(doc.text, doc.tokens, j).length > 0 && j > head.last + 1) break;
    if (doc.language === 'ar') {
      const isDefinite = token.key.startsWith('ال');
      if (definite && !isDefinite) break;
      definite ||= isDefinite;
    }
    last = j;
  }
  // A one-word head stands alone only when definite: "على أرض المطار", "في القصر".
  if (last === head.last && head.first === head.last && !doc.text.startsWith('ال', head.start)) return null;
  return { start: head.start, end: doc.tokens[last]!.end, first: i, last, locative, city };
}

/** English: "at the Diaoyutai State Guesthouse": a capitalised run after at/in that holds a venue word. */
function capitalisedVenue(doc: Document, i: number, words: PlaceWords): VenueSpan | null {
  const token = doc.tokens[i]!;
  if (!/^\p{Lu}/u.test(token.text)) return null;
  let prev = i - 1;
  if (doc.tokens[prev]?.key === 'the') prev--;
  const before = doc.tokens[prev];
  if (!before || !words.locative.has(before.key)) return null;
  let last = i;
  let hasHead = words.venueHeads.matchAt(doc.text, doc.tokens, i).length > 0;
  for (let j = i + 1; j < doc.tokens.length && j < i + MAX_ENGLISH_RUN; j++) {
    const t = doc.tokens[j]!;
    if (!joinedInName(doc, j - 1, j)) break;
    const capital = /^\p{Lu}/u.test(t.text);
    if (!capital && !ENGLISH_CONNECTORS.includes(t.key) && t.key !== 's') break;
    if (capital) {
      last = j;
      if (words.venueHeads.matchAt(doc.text, doc.tokens, j).length > 0) hasHead = true;
    }
  }
  if (!hasHead) return null;
  return { start: token.start, end: doc.tokens[last]!.end, first: i, last, locative: true, city: null };
}

// Lower-case heads that name a building on their own after "at the": "at the presidential palace".
const ENGLISH_COMMON_HEADS: readonly string[] = ['palace', 'residence', 'guesthouse', 'headquarters', 'airport', 'embassy', 'ministry', 'compound', 'complex', 'villa', 'hotel', 'kremlin'];
const MAX_ENGLISH_MODIFIERS = 2;

/** English: "at the presidential palace", "at his residence": up to two lower-case words and a building noun. */
function commonNounVenue(doc: Document, i: number, words: PlaceWords): VenueSpan | null {
  const det = doc.tokens[i - 1];
  const prep = doc.tokens[i - 2];
  if (!det || !prep || !['the', 'his', 'her', 'their'].includes(det.key) || !words.locative.has(prep.key)) return null;
  for (let j = i; j < doc.tokens.length && j <= i + MAX_ENGLISH_MODIFIERS; j++) {
    const t = doc.tokens[j]!;
    if (t.text !== t.text.toLowerCase() || (j > i && !onlySpaceBetween(doc, j - 1, j))) return null;
    if (ENGLISH_COMMON_HEADS.includes(t.key)) return { start: doc.tokens[i]!.start, end: t.end, first: i, last: j, locative: true, city: null };
  }
  return null;
}

/** A venue the gazetteer does not know, starting at token `i`. */
export function unknownVenueAt(doc: Document, i: number, words: PlaceWords, user: PhraseMatcher<PlaceEntry> | null): VenueSpan | null {
  if (doc.language === 'en') return capitalisedVenue(doc, i, words) ?? commonNounVenue(doc, i, words);
  return headFirstVenue(doc, i, words, user);
}
