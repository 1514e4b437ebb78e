// Placeholder until person recognition lands: the public signatures are final.
import type { ExtractOptions, Person } from '../types';
import type { Document } from '../pipeline/document';
import type { PeopleInDocument } from './types';
import { assertText, resolveOptions } from '../options';

export type { PersonMention, PeopleInDocument } from './types';

export function findPeople(text: string, options?: ExtractOptions): Person[] {
  assertText('findPeople', text);
  resolveOptions('findPeople', options);
  return [];
}

export function findPersonMentions(doc: Document): PeopleInDocument {
  void doc;
  return { mentions: [], entities: [] };
}

/** The key under which two spellings of one name meet, across scripts and outlets. */
export function nameKey(name: string): string {
  if (typeof name !== 'string') throw new TypeError(`nameKey: argument \`name\` must be a string`);
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function sameName(a: string, b: string): boolean {
  if (typeof a !== 'string') throw new TypeError(`sameName: argument \`a\` must be a string`);
  if (typeof b !== 'string') throw new TypeError(`sameName: argument \`b\` must be a string`);
  const ka = nameKey(a);
  return ka !== '' && ka === nameKey(b);
}
