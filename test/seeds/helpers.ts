import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Meeting, Person } from '../../src/types';

export function readSeed(name: string): string {
  return readFileSync(join(__dirname, '..', 'fixtures', 'seeds', name), 'utf8');
}

/** Letters only, with the spelling variants of Arabic script folded: how a name is compared. */
export function nameKeyForTest(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[يىی]/g, 'ي')
    .replace(/[كک]/g, 'ك')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

export function expectSpansExact(text: string, meeting: Meeting): void {
  const spans = [
    ...meeting.evidence,
    ...[...meeting.participants, ...meeting.attendees].map((p: Person) => p.span).filter((s) => s !== null),
    meeting.date?.span ?? null,
    meeting.location?.span ?? null,
  ].filter((s) => s !== null);
  for (const span of spans) expect(text.slice(span!.start, span!.end)).toBe(span!.text);
}

export function participant(meeting: Meeting, canonical: string): Person {
  const p = meeting.participants.find((x) => x.canonical === canonical);
  if (!p) throw new Error(`no participant ${canonical} in ${JSON.stringify(meeting.participants.map((x) => x.canonical ?? x.name))}`);
  return p;
}
