import nlp from 'compromise';
import { registerLexicon } from '../locales/en/parseEnglish';
import type { Document } from '../pipeline/document';
import { sentenceIndexAt } from '../pipeline/document';
import { tokenIndexAt } from '../text/tokens';

/** What compromise says of English tokens: people's names, and places or organizations. */
export interface EnglishTags {
  /** Tags of token `k`, reading its sentence with compromise on first use. */
  at(k: number): { person: boolean; place: boolean };
}

interface TermJson {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'Company'];

/**
 * compromise's person and place lexicons over the Latin-script tokens of a document. The tagger
 * is slow, so it reads only the sentences the name reader asks about; any failure of the tagger
 * leaves tokens untagged.
 */
export function englishTags(doc: Document): EnglishTags {
  const person = new Set<number>();
  const place = new Set<number>();
  const done = new Set<number>();
  const read = (s: number) => {
    done.add(s);
    const sentence = doc.sentences[s];
    if (!sentence) return;
    let parsed: { terms?: TermJson[] }[];
    try {
      // The same lexicon whichever stage reads English first, so tags do not depend on call order.
      registerLexicon();
      parsed = nlp(doc.text.slice(sentence.start, sentence.end)).json({ offset: true, terms: { offset: true } }) as { terms?: TermJson[] }[];
    } catch {
      return;
    }
    for (const part of parsed) {
      for (const term of part.terms ?? []) {
        if (!term.offset || !term.tags) continue;
        const from = sentence.start + term.offset.start;
        const to = from + term.offset.length;
        const isPerson = term.tags.some((t) => PERSON_TAGS.includes(t));
        const isPlace = term.tags.some((t) => PLACE_TAGS.includes(t));
        for (let k = tokenIndexAt(doc.tokens, from); k < doc.tokens.length && doc.tokens[k]!.start < to; k++) {
          if (isPerson) person.add(k);
          if (isPlace) place.add(k);
        }
      }
    }
  };
  return {
    at(k: number) {
      const token = doc.tokens[k];
      if (!token) return { person: false, place: false };
      const s = sentenceIndexAt(doc, token.start);
      if (s >= 0 && !done.has(s)) read(s);
      return { person: person.has(k), place: place.has(k) };
    },
  };
}

/** For text that is not English: no tags. */
export const noEnglishTags = (): EnglishTags => ({ at: () => ({ person: false, place: false }) });
