import nlp from 'compromise';
import { COUNTRIES } from '../../gazetteer/data/countries';
import { EN_MEETING_CUES } from './meetings/cues';
import { EN_TITLES } from './people/titles';

/** What compromise reads in an English text. Offsets are those of the text it was given. */
export interface EnglishParse {
  sentences: Array<{ start: number; end: number }>;
  /** Verb phrases with their tense: "will meet" is future, "met" past. */
  verbs: Array<{ start: number; end: number; tense: 'past' | 'present' | 'future' | null }>;
}

type Lexicon = Record<string, string>;

let lexicon: Lexicon | null = null;

/**
 * Our own words for compromise, passed with every parse rather than installed as a global
 * plugin, so that a caller's own compromise instance is left as it was: titles are
 * honorifics (they open a person's name), country adjectives are demonyms, and meeting verbs
 * keep their verb tags ("hosted", "received").
 */
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

interface OffsetJson {
  offset?: { start: number; length: number };
}
interface VerbJson extends OffsetJson {
  verb?: { grammar?: { tense?: string } };
}

const TENSES: Record<string, 'past' | 'present' | 'future'> = { PastTense: 'past', PresentTense: 'present', FutureTense: 'future' };

let last: { text: string; parse: EnglishParse } | null = null;

/**
 * Sentences and verb tenses of an English text, through compromise. The last parse is kept,
 * since person recognition and meeting assembly read the same text one after the other.
 * A failure inside compromise leaves the parse empty rather than failing the call.
 */
export function parseEnglish(text: string): EnglishParse {
  if (last && last.text === text) return last.parse;
  const parse: EnglishParse = { sentences: [], verbs: [] };
  try {
    const doc = nlp(text, englishLexicon());
    for (const s of doc.sentences().json({ offset: true }) as OffsetJson[]) {
      if (s.offset) parse.sentences.push({ start: s.offset.start, end: s.offset.start + s.offset.length });
    }
    for (const v of doc.verbs().json({ offset: true }) as VerbJson[]) {
      if (!v.offset) continue;
      const tense = TENSES[v.verb?.grammar?.tense ?? ''] ?? null;
      parse.verbs.push({ start: v.offset.start, end: v.offset.start + v.offset.length, tense });
    }
  } catch {
    parse.sentences.length = 0;
    parse.verbs.length = 0;
  }
  last = { text, parse };
  return parse;
}
