import type { ExtractOptions, Person } from '../types';
import { assertText, resolveOptions } from '../options';
import { readDocument } from '../pipeline/document';
import { findPersonMentions } from './findPersonMentions';
import { PeopleLookup } from './gazetteer';
import { keyOfName } from './nameKey';

export type { PersonMention, PeopleInDocument } from './types';
export { findPersonMentions } from './findPersonMentions';

/** Every person mentioned in the text, resolved to the document's fullest name and the gazetteer's identity. */
export function findPeople(text: string, options?: ExtractOptions): Person[] {
  assertText('findPeople', text);
  const resolved = resolveOptions('findPeople', options);
  const doc = readDocument(text, resolved);
  return findPersonMentions(doc)
    .mentions.filter((m) => m.kind !== 'group' && (m.person.name !== null || m.person.country !== null))
    .map((m) => m.person);
}

/**
 * The key under which two spellings of one name meet, across outlets: in Arabic script a
 * consonant skeleton (letter variants, dropped long vowels, joined or split parts and the
 * several letters for g folded); in Latin script case- and accent-free letters.
 */
export function nameKey(name: string): string {
  if (typeof name !== 'string') throw new TypeError(`nameKey: argument \`name\` must be a string`);
  return keyOfName(name);
}

let sharedLookup: PeopleLookup | null = null;

/** True when two spellings name the same person: same key, or the same gazetteer person across scripts. */
export function sameName(a: string, b: string): boolean {
  if (typeof a !== 'string') throw new TypeError(`sameName: argument \`a\` must be a string`);
  if (typeof b !== 'string') throw new TypeError(`sameName: argument \`b\` must be a string`);
  const ka = nameKey(a);
  if (ka !== '' && ka === nameKey(b)) return true;
  sharedLookup ??= new PeopleLookup([]);
  const pa = sharedLookup.lookup(a);
  if (pa.length === 0) return false;
  const pb = sharedLookup.lookup(b);
  return pb.some((p) => pa.includes(p));
}
