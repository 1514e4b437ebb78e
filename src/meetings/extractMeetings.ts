import type { ExtractOptions, Meeting } from '../types';
import { assertText, resolveOptions } from '../options';

export function extractMeetings(text: string, options?: ExtractOptions): Meeting[] {
  assertText('extractMeetings', text);
  resolveOptions('extractMeetings', options);
  return [];
}
