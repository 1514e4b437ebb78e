import { readNames, type EnglishParse, type NameTerm } from '../locales/en/parseEnglish';
import { tagEnglish } from '../locales/en/tagEnglish';
import type { Document } from '../pipeline/document';
import { sentenceIndexAt } from '../pipeline/document';
import { tokenIndexAt } from '../text/tokens';

/** What compromise says of English tokens: people's names, and places or organizations. */
export interface EnglishTags {
  /** Tags of token `k`. */
  at(k: number): { person: boolean; place: boolean };
}

const UNTAGGED = { person: false, place: false };

/**
 * compromise's person and place tags over the tokens of an English document. With the parse that
 * meeting analysis made of the whole text, its name terms are read; without one (the people API
 * alone), each sentence is tagged when the name reader first asks about it, as the tagger is slow.
 * Any failure of the tagger leaves tokens untagged.
 */
export function englishTags(doc: Document, parse: EnglishParse | null = null): EnglishTags {
  const person = new Set<number>();
  const place = new Set<number>();
  const mark = (names: readonly NameTerm[]) => {
    for (const name of names) {
      for (let k = tokenIndexAt(doc.tokens, name.start); k < doc.tokens.length && doc.tokens[k]!.start < name.end; k++) {
        if (name.person) person.add(k);
        if (name.place) place.add(k);
      }
    }
  };
  const tagsOf = (k: number) => (person.has(k) || place.has(k) ? { person: person.has(k), place: place.has(k) } : UNTAGGED);
  if (parse) {
    mark(parse.names);
    return { at: tagsOf };
  }
  const done = new Set<number>();
  const read = (s: number) => {
    done.add(s);
    const sentence = doc.sentences[s];
    if (!sentence) return;
    const names: NameTerm[] = [];
    try {
      for (const part of tagEnglish(doc.text.slice(sentence.start, sentence.end))) readNames(part.terms ?? [], sentence.start, names);
    } catch {
      return;
    }
    mark(names);
  };
  return {
    at(k: number) {
      const token = doc.tokens[k];
      if (!token) return UNTAGGED;
      const s = sentenceIndexAt(doc, token.start);
      if (s >= 0 && !done.has(s)) read(s);
      return tagsOf(k);
    },
  };
}

/** For text that is not English: no tags. */
export const noEnglishTags = (): EnglishTags => ({ at: () => UNTAGGED });
