import nlp from 'compromise';
import { COUNTRIES } from '../../gazetteer/data/countries';
import { EN_MEETING_CUES } from './meetings/cues';
import { EN_TITLES } from './people/titles';

/** A term of compromise's output: its text, tags and offset in the string it was given. */
export interface TaggedTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/** A sentence as compromise cut it, with its terms. */
export interface TaggedSentence {
  offset?: { start: number; length: number };
  terms?: TaggedTerm[];
}

type Lexicon = Record<string, string>;

let lexicon: Lexicon | null = null;
let registered = false;

/** Our titles, demonyms and meeting verbs, in the form compromise's lexicon takes. */
export function englishLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const words: Lexicon = {};
  for (const [title] of EN_TITLES) words[title.toLowerCase()] = 'Honorific';
  for (const country of COUNTRIES) for (const adjective of country.adjectives.en) words[adjective.toLowerCase()] = 'Demonym';
  for (const trigger of EN_MEETING_CUES.triggers) {
    if (trigger.kind !== 'verb' || trigger.form.includes(' ')) continue;
    words[trigger.form] = /ed$|^met$|^held$/.test(trigger.form) ? 'PastTense' : 'Verb';
  }
  lexicon = words;
  return words;
}

/** Adds our words to compromise's lexicon, once per process (compromise keeps one lexicon). */
export function registerLexicon(): void {
  if (registered) return;
  nlp.plugin({ words: englishLexicon() });
  registered = true;
}

// compromise's stages up to its pre-tagger. Left out: the post-tagger, whose hundreds of
// correction patterns make two thirds of the parse, and the phrase chunker. Only name and verb
// tags are read here, and the lexicon and pre-tagger give nearly all of them: in 2,400
// sentences built on the gazetteer's names, they tag 1,459 names as a person where the full
// pipeline tags 1,492 (the difference is mostly "al-" names).
const STAGES = ['contractions', 'alias', 'machine', 'index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo'];

/**
 * compromise's sentences and tagged terms for one bounded piece of English. Every caller in the
 * library goes through here, so that all of them see the same tags (the same lexicon, the same
 * stages). Throws what compromise throws: callers decide what a failure means to them.
 */
export function tagEnglish(text: string): TaggedSentence[] {
  registerLexicon();
  const doc = nlp.tokenize(text);
  doc.compute(STAGES);
  return doc.json({ offset: true, terms: { offset: true } }) as TaggedSentence[];
}
