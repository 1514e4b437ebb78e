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
interface VerbJson extends OffsetJson {
  verb?: { grammar?: { tense?: string } };
}

const TENSES: Record<string, 'past' | 'present' | 'future'> = { PastTense: 'past', PresentTense: 'present', FutureTense: 'future' };

export function registerLexicon(): void {
  if (registered) return;
  nlp.plugin({ words: englishLexicon() });
  registered = true;
}

// compromise copies its document for each verb it describes, so one parse of a long text costs
// the square of its length: parse paragraphs (or runs of sentences) of bounded size instead.
const CHUNK = 4000;

/** Chunks of the text, cut at line breaks or, within a long paragraph, after a full stop. */
function chunks(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      const stop = text.lastIndexOf('. ', end);
      const cut = newline > start ? newline + 1 : stop > start ? stop + 2 : end;
      end = cut;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

let last: { text: string; parse: EnglishParse } | null = null;

function readChunk(chunk: string, offset: number, parse: EnglishParse): void {
  if (chunk.trim() === '') return;
  const doc = nlp(chunk);
  for (const s of doc.sentences().json({ offset: true }) as OffsetJson[]) {
    if (s.offset) parse.sentences.push({ start: offset + s.offset.start, end: offset + s.offset.start + s.offset.length });
  }
  for (const v of doc.verbs().json({ offset: true }) as VerbJson[]) {
    if (!v.offset) continue;
    const tense = TENSES[v.verb?.grammar?.tense ?? ''] ?? null;
    parse.verbs.push({ start: offset + v.offset.start, end: offset + v.offset.start + v.offset.length, tense });
  }
}

/**
 * Sentences and verb tenses of an English text, through compromise. The last parse is kept,
 * since person recognition and meeting assembly read the same text one after the other.
 * A failure inside compromise leaves the parse empty rather than failing the call.
 */
export function parseEnglish(text: string): EnglishParse {
  if (last && last.text === text) return last.parse;
  const parse: EnglishParse = { sentences: [], verbs: [] };
  try {
    registerLexicon();
    for (const chunk of chunks(text)) readChunk(text.slice(chunk.start, chunk.end), chunk.start, parse);
  } catch {
    parse.sentences.length = 0;
    parse.verbs.length = 0;
  }
  last = { text, parse };
  return parse;
}
