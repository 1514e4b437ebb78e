import { splitSentences } from '../../text/sentences';
import { tagEnglish, type TaggedTerm } from './tagEnglish';

/** What compromise reads in an English text. Offsets are those of the text it was given. */
export interface EnglishParse {
  sentences: Array<{ start: number; end: number }>;
  /** Verb phrases with their tense: "will meet" is future, "met" past. */
  verbs: Array<{ start: number; end: number; tense: 'past' | 'present' | 'future' | null }>;
  /** Terms tagged as a person's name or as a place or organization, in text order. */
  names: NameTerm[];
}

export interface NameTerm {
  start: number;
  end: number;
  person: boolean;
  place: boolean;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'Company'];

/**
 * One of our sentences (bounded in length by the splitter) through compromise. Verb tense is
 * read off the term tags of each verb group ("will" + infinitive is future), not through
 * compromise's verb view, which copies the whole document for every verb it describes.
 */
function readSentence(sentence: string, offset: number, parse: EnglishParse): void {
  if (sentence.trim() === '') return;
  for (const s of tagEnglish(sentence)) {
    if (s.offset) parse.sentences.push({ start: offset + s.offset.start, end: offset + s.offset.start + s.offset.length });
    readVerbGroups(s.terms ?? [], offset, parse);
    readNames(s.terms ?? [], offset, parse.names);
  }
}

/** The terms compromise takes for names of people, places or organizations. */
export function readNames(terms: readonly TaggedTerm[], offset: number, out: NameTerm[]): void {
  for (const term of terms) {
    if (!term.offset || !term.tags) continue;
    const person = term.tags.some((t) => PERSON_TAGS.includes(t));
    const place = term.tags.some((t) => PLACE_TAGS.includes(t));
    if (person || place) out.push({ start: offset + term.offset.start, end: offset + term.offset.start + term.offset.length, person, place });
  }
}

function readVerbGroups(terms: TaggedTerm[], offset: number, parse: EnglishParse): void {
  let group: TaggedTerm[] = [];
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

function tenseOf(group: TaggedTerm[]): 'past' | 'present' | 'future' | null {
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
  const parse: EnglishParse = { sentences: [], verbs: [], names: [] };
  try {
    for (const sentence of splitSentences(text)) readSentence(text.slice(sentence.start, sentence.end), sentence.start, parse);
  } catch {
    parse.sentences.length = 0;
    parse.verbs.length = 0;
    parse.names.length = 0;
  }
  return parse;
}
