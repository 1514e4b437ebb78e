// Placeholder until place recognition lands: the public signatures are final.
import type { ExtractOptions, Place } from '../types';
import type { Document } from '../pipeline/document';
import type { Dateline } from '../dates/types';
import type { PlaceMention } from './types';
import { assertText, resolveOptions } from '../options';

export type { PlaceMention } from './types';

export function findPlaces(text: string, options?: ExtractOptions): Place[] {
  assertText('findPlaces', text);
  resolveOptions('findPlaces', options);
  return [];
}

/** Every place mention; the dateline's place (if any) comes first and is the document's default place. */
export function findPlaceMentions(doc: Document, dateline: Dateline | null): PlaceMention[] {
  void doc;
  void dateline;
  return [];
}
