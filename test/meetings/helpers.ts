import { extractMeetings } from '../../src/index';
import type { ExtractOptions, Meeting } from '../../src/types';

export function meetingsOf(text: string, options: ExtractOptions = {}): Meeting[] {
  return extractMeetings(text, options);
}

/** The participants' canonical names (else names), sorted, for set comparison. */
export function partyNames(m: Meeting | undefined): string[] {
  return (m?.participants ?? []).map((p) => p.canonical ?? p.name ?? `(${p.country ?? '?'})`).sort();
}
