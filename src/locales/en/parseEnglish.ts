import nlp from 'compromise';
import { COUNTRIES } from '../../gazetteer/data/countries';
import { splitSentences } from '../../text/sentences';
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
let registered = false;

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

export function registerLexicon(): void {
  if (registered) return;
  nlp.plugin({ words: englishLexicon() });
  registered = true;
}

interface TermJson {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}
interface SentenceJson extends OffsetJson {
  terms?: TermJson[];
}

/**
 * One of our sentences (bounded in length by the splitter) through compromise. Verb tense is
 * read off the term tags of each verb group ("will" + infinitive is future), not through
 * compromise's verb view, which copies the whole document for every verb it describes.
 */
function readSentence(sentence: string, offset: number, parse: EnglishParse): void {
  if (sentence.trim() === '') return;
  for (const s of nlp(sentence).json({ offset: true, terms: { offset: true } }) as SentenceJson[]) {
    if (s.offset) parse.sentences.push({ start: offset + s.offset.start, end: offset + s.offset.start + s.offset.length });
    readVerbGroups(s.terms ?? [], offset, parse);
  }
}

function readVerbGroups(terms: TermJson[], offset: number, parse: EnglishParse): void {
  let group: TermJson[] = [];
  const flush = () => {
    const first = group[0]?.offset;
    const lastTerm = group[group.length - 1]?.offset;
    if (first && lastTerm) parse.verbs.push({ start: offset + first.start, end: offset + lastTerm.start + lastTerm.length, tense: tenseOf(group) });
    group = [];
  };
  for (const term of terms) {
    if (term.tags?.includes('Verb')) group.push(term);
    else if (group.length > 0) flush();
  }
  if (group.length > 0) flush();
}

function tenseOf(group: TermJson[]): 'past' | 'present' | 'future' | null {
  const words = group.map((t) => t.text.toLowerCase());
  if (words.some((w) => w === 'will' || w === 'shall' || w === "'ll") || (words.includes('going') && words.includes('to'))) return 'future';
  const main = group[group.length - 1]?.tags ?? [];
  if (main.includes('PastTense') || group.some((t) => t.tags?.includes('PastTense') && !t.tags.includes('Auxiliary'))) return 'past';
  if (main.includes('PresentTense') || main.includes('Infinitive')) return 'present';
  return null;
}

/**
 * Sentences and verb tenses of an English text, through compromise. A failure inside
 * compromise leaves the parse empty rather than failing the call.
 */
export function parseEnglish(text: string): EnglishParse {
  const parse: EnglishParse = { sentences: [], verbs: [] };
  try {
    registerLexicon();
    for (const sentence of splitSentences(text)) readSentence(text.slice(sentence.start, sentence.end), sentence.start, parse);
  } catch {
    parse.sentences.length = 0;
    parse.verbs.length = 0;
  }
  return parse;
}
