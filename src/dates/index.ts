// Placeholder until the date normalizer lands: the public signatures are final.
import type { DateOptions, DateValue } from '../types';
import type { Document } from '../pipeline/document';
import type { Day } from '../common/day';
import type { DateMention, Dateline } from './types';
import { assertText, resolveOptions } from '../options';

export type { DateMention, Dateline } from './types';

export function findDates(text: string, options?: DateOptions): DateValue[] {
  assertText('findDates', text);
  resolveOptions('findDates', options);
  return [];
}

export function normalizeDate(text: string, options?: DateOptions): DateValue | null {
  assertText('normalizeDate', text);
  resolveOptions('normalizeDate', options);
  return null;
}

/** Every date expression of the document, resolved against `anchor` (the dateline or reference day). */
export function findDateMentions(doc: Document, anchor: Day | null): DateMention[] {
  void doc;
  void anchor;
  return [];
}

export function findDateline(doc: Document): Dateline | null {
  void doc;
  return null;
}
