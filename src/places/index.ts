import type { ExtractOptions, Place } from '../types';
import { assertText, resolveOptions } from '../options';
import { readDocument } from '../pipeline/document';
import { findDateline } from '../dates/index';
import { findPlaceMentions } from './findPlaceMentions';

export type { PlaceMention } from './types';
export { findPlaceMentions } from './findPlaceMentions';

/**
 * Every place mention of the text, in text order after the dateline's place: cities, countries,
 * venues (with the city they are in), and "here" / "the Chinese capital" resolved to a city.
 * `options.places` adds the caller's own places for this call.
 */
export function findPlaces(text: string, options?: ExtractOptions): Place[] {
  assertText('findPlaces', text);
  const resolved = resolveOptions('findPlaces', options);
  const doc = readDocument(text, resolved);
  return findPlaceMentions(doc, findDateline(doc)).map((m) => m.place);
}
