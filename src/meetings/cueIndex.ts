import { AR_MEETING_CUES } from '../locales/ar/meetings/cues';
import { EN_MEETING_CUES } from '../locales/en/meetings/cues';
import { FA_MEETING_CUES } from '../locales/fa/meetings/cues';
import { PhraseMatcher } from '../text/phraseMatcher';
import type { Language } from '../types';
import type { MeetingCues, TriggerEntry } from './lexiconTypes';

/** The cue lists that are looked up as plain phrases (everything but the triggers). */
export type CueKind = Exclude<keyof MeetingCues, 'triggers'>;

export interface CueIndex {
  cues: MeetingCues;
  triggers: PhraseMatcher<TriggerEntry>;
  /** Every other cue list, tagged by kind; a phrase may carry several kinds. */
  cuesByPhrase: PhraseMatcher<CueKind>;
}

const CUES: Record<Language, MeetingCues> = { ar: AR_MEETING_CUES, fa: FA_MEETING_CUES, en: EN_MEETING_CUES };
const cache = new Map<Language, CueIndex>();

/** The matchers of a language's meeting cues, built on first use. */
export function cueIndexFor(language: Language): CueIndex {
  let index = cache.get(language);
  if (!index) {
    const cues = CUES[language];
    const matcherOptions = { proclitics: language === 'ar', joined: language === 'fa' };
    const tagged: Array<[string, CueKind]> = [];
    for (const kind of Object.keys(cues) as Array<keyof MeetingCues>) {
      if (kind === 'triggers') continue;
      for (const phrase of cues[kind]) tagged.push([phrase, kind]);
    }
    index = {
      cues,
      triggers: new PhraseMatcher(cues.triggers.map((t) => [t.form, t] as const), matcherOptions),
      cuesByPhrase: new PhraseMatcher(tagged, matcherOptions),
    };
    cache.set(language, index);
  }
  return index;
}
