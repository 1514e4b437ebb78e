import nlp from 'compromise';
import type { Token } from '../text/tokens';
import { tokenIndexAt } from '../text/tokens';

/** What compromise says of English tokens: people's names, and places or organizations. */
export interface EnglishTags {
  person: Set<number>;
  place: Set<number>;
}

interface TermJson {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

const PERSON_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'Company']);

/**
 * Tags the Latin-script tokens of a text with compromise's person and place lexicons. Only
 * called for text with Latin letters; any failure of the tagger leaves the sets empty.
 */
export function englishTags(text: string, tokens: readonly Token[]): EnglishTags {
  const out: EnglishTags = { person: new Set(), place: new Set() };
  if (!/[A-Za-z]/.test(text)) return out;
  let sentences: { terms?: TermJson[] }[];
  try {
    sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms?: TermJson[] }[];
  } catch {
    return out;
  }
  for (const s of sentences) {
    for (const term of s.terms ?? []) {
      if (!term.offset || !term.tags) continue;
      const from = tokenIndexAt(tokens, term.offset.start);
      const to = term.offset.start + term.offset.length;
      for (let k = from; k < tokens.length && tokens[k]!.start < to; k++) {
        if (term.tags.some((t) => PERSON_TAGS.has(t))) out.person.add(k);
        if (term.tags.some((t) => PLACE_TAGS.has(t))) out.place.add(k);
      }
    }
  }
  return out;
}
