import type { Language } from '../types';
import { fold } from '../text/normalize';
import { tokenKey } from '../text/tokens';
import { PhraseMatcher } from '../text/phraseMatcher';
import { CAPITAL_WORDS_AR, HERE_WORDS_AR, LOCATIVE_PREPOSITIONS_AR, TOPIC_NOUNS_AR, VENUE_HEADS_AR, VENUE_STOPS_AR } from '../locales/ar/places/placeWords';
import { CAPITAL_WORDS_FA, HERE_WORDS_FA, LOCATIVE_PREPOSITIONS_FA, TOPIC_NOUNS_FA, VENUE_HEADS_FA, VENUE_STOPS_FA } from '../locales/fa/places/placeWords';
import { CAPITAL_WORDS_EN, HERE_WORDS_EN, LOCATIVE_PREPOSITIONS_EN, TOPIC_NOUNS_EN, VENUE_HEADS_EN } from '../locales/en/places/placeWords';

/** The word lists of one language, as folded keys and matchers. */
export interface PlaceWords {
  venueHeads: PhraseMatcher<true>;
  here: PhraseMatcher<true>;
  locative: ReadonlySet<string>;
  capital: PhraseMatcher<true>;
  venueStops: ReadonlySet<string>;
  /** Nouns of a subject under discussion ("the war in", "الأوضاع في"). */
  topicNouns: ReadonlySet<string>;
}

let cache: Map<Language, PlaceWords> | null = null;

function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => tokenKey(fold(w))));
}

function matcher(words: readonly string[]): PhraseMatcher<true> {
  return new PhraseMatcher(words.map((w): [string, true] => [w, true]), { proclitics: true, joined: true });
}

/** The place words of `language`, built on first use. */
export function placeWords(language: Language): PlaceWords {
  cache ??= new Map();
  const cached = cache.get(language);
  if (cached) return cached;
  let made: PlaceWords;
  if (language === 'ar') {
    made = { venueHeads: matcher(VENUE_HEADS_AR), here: matcher(HERE_WORDS_AR), locative: keySet(LOCATIVE_PREPOSITIONS_AR), capital: matcher(CAPITAL_WORDS_AR), venueStops: keySet(VENUE_STOPS_AR), topicNouns: keySet(TOPIC_NOUNS_AR) };
  } else if (language === 'fa') {
    made = { venueHeads: matcher(VENUE_HEADS_FA), here: matcher(HERE_WORDS_FA), locative: keySet(LOCATIVE_PREPOSITIONS_FA), capital: matcher(CAPITAL_WORDS_FA), venueStops: keySet(VENUE_STOPS_FA), topicNouns: keySet(TOPIC_NOUNS_FA) };
  } else {
    made = { venueHeads: matcher(VENUE_HEADS_EN), here: matcher(HERE_WORDS_EN), locative: keySet(LOCATIVE_PREPOSITIONS_EN), capital: matcher(CAPITAL_WORDS_EN), venueStops: new Set(), topicNouns: keySet(TOPIC_NOUNS_EN) };
  }
  cache.set(language, made);
  return made;
}
