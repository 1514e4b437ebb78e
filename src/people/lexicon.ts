import type { Role } from '../types';
import { PhraseMatcher } from '../text/phraseMatcher';
import { fold } from '../text/normalize';
import { AR_POSTING_LINKS, AR_TITLE_COMPLEMENTS, AR_TITLE_LINKS, AR_TITLES, type TitleFlag, type TitleEntry } from '../locales/ar/people/titles';
import { AR_HONORIFICS } from '../locales/ar/people/honorifics';
import { AR_DETERMINERS, AR_NAME_STOPS, AR_NOT_NAME_WORDS } from '../locales/ar/people/nameStops';
import { AR_ATTENDEE_CUES, AR_COUNTERPARTS, AR_GROUPS, AR_MEETING_CUES } from '../locales/ar/people/references';
import { AR_GIVEN_NAMES, AR_NAME_JOINERS } from '../locales/ar/people/nameParts';
import { FA_POSTING_LINKS, FA_TITLE_COMPLEMENTS, FA_TITLE_LINKS, FA_TITLES } from '../locales/fa/people/titles';
import { FA_HONORIFICS } from '../locales/fa/people/honorifics';
import { FA_DETERMINERS, FA_LIGHT_VERBS, FA_NAME_STOPS, FA_NOT_NAME_WORDS } from '../locales/fa/people/nameStops';
import { FA_ATTENDEE_CUES, FA_COUNTERPARTS, FA_GROUPS, FA_MEETING_CUES } from '../locales/fa/people/references';
import { FA_GIVEN_NAMES } from '../locales/fa/people/nameParts';
import { EN_HONORIFICS, EN_NOT_NAME_WORDS, EN_POSTING_LINKS, EN_TITLE_LINKS, EN_TITLES } from '../locales/en/people/titles';
import { EN_DETERMINERS, EN_NAME_STOPS } from '../locales/en/people/nameStops';
import { EN_ATTENDEE_CUES, EN_COUNTERPARTS, EN_GROUPS, EN_MEETING_CUES } from '../locales/en/people/references';

export interface TitleValue {
  role: Role;
  flag: TitleFlag | null;
}

/** The people lexicons of all three languages, as matchers and sets (built on first use). */
export interface PeopleLexicon {
  titles: PhraseMatcher<TitleValue>;
  /** English titles of several words by their words joined with spaces, for hyphenated spellings ("Secretary-General"). */
  latinTitles: Map<string, TitleValue>;
  honorifics: PhraseMatcher<true>;
  counterparts: PhraseMatcher<true>;
  groups: PhraseMatcher<true>;
  attendeeCues: PhraseMatcher<true>;
  meetingCues: PhraseMatcher<true>;
  /** Words that end a name, by document language (Persian "این" is the Arabic name "إين"). */
  stops: { ar: Set<string>; fa: Set<string>; en: Set<string> };
  lightVerbs: Set<string>;
  givenNames: Set<string>;
  joiners: Set<string>;
  complements: Set<string>;
  links: Set<string>;
  postingLinks: Set<string>;
  notNameWords: Set<string>;
  /** Words after which a word is a common noun, not a surname standing alone. */
  determiners: Set<string>;
}

let cache: PeopleLexicon | null = null;

function flagged(list: readonly TitleEntry[]): [string, TitleValue][] {
  return list.map(([phrase, role, flag]) => [phrase, { role, flag: flag ?? null }]);
}

function marks(...lists: readonly (readonly string[])[]): [string, true][] {
  return lists.flat().map((p) => [p, true]);
}

function keySet(...lists: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const w of lists.flat()) out.add(fold(w).toLowerCase().replace(/[\u200c]/gu, ' '));
  return out;
}

export function peopleLexicon(): PeopleLexicon {
  if (cache) return cache;
  const options = { proclitics: true, joined: true };
  const latinTitles = new Map<string, TitleValue>();
  for (const [phrase, value] of flagged(EN_TITLES)) {
    const words = phrase.toLowerCase().split(/[\s'\u2019-]+/u);
    if (words.length > 1 && !latinTitles.has(words.join(' '))) latinTitles.set(words.join(' '), value);
  }
  cache = {
    latinTitles,
    titles: new PhraseMatcher([...flagged(AR_TITLES), ...flagged(FA_TITLES), ...flagged(EN_TITLES)], options),
    honorifics: new PhraseMatcher(marks(AR_HONORIFICS, FA_HONORIFICS, EN_HONORIFICS), options),
    counterparts: new PhraseMatcher(marks(AR_COUNTERPARTS, FA_COUNTERPARTS, EN_COUNTERPARTS), options),
    groups: new PhraseMatcher(marks(AR_GROUPS, FA_GROUPS, EN_GROUPS), options),
    attendeeCues: new PhraseMatcher(marks(AR_ATTENDEE_CUES, FA_ATTENDEE_CUES, EN_ATTENDEE_CUES), options),
    meetingCues: new PhraseMatcher(marks(AR_MEETING_CUES, FA_MEETING_CUES, EN_MEETING_CUES), options),
    stops: { ar: keySet(AR_NAME_STOPS), fa: keySet(FA_NAME_STOPS), en: keySet(EN_NAME_STOPS) },
    lightVerbs: keySet(FA_LIGHT_VERBS),
    givenNames: keySet(AR_GIVEN_NAMES, FA_GIVEN_NAMES),
    joiners: keySet(AR_NAME_JOINERS, ['bin', 'bint', 'ibn', 'al', 'el', 'abu', 'de', 'van', 'von', 'der', 'da', 'la', 'le', 'di', 'du']),
    complements: keySet(AR_TITLE_COMPLEMENTS, FA_TITLE_COMPLEMENTS),
    links: keySet(AR_TITLE_LINKS, FA_TITLE_LINKS, EN_TITLE_LINKS),
    postingLinks: keySet(AR_POSTING_LINKS, FA_POSTING_LINKS, EN_POSTING_LINKS),
    notNameWords: keySet(EN_NOT_NAME_WORDS, AR_NOT_NAME_WORDS, FA_NOT_NAME_WORDS),
    determiners: keySet(EN_DETERMINERS, AR_DETERMINERS, FA_DETERMINERS),
  };
  return cache;
}
