import type { DateValue, Meeting, Person, Place } from '../types';
import { truncateToWidth } from './displayWidth';
import { isolate } from './isolate';
import type { Cell } from './table';

const MAX_LABEL = 40;
const WHITESPACE = /\s+/gu;

/** A value from the document, on one line, cut to a readable length and isolated for bidi. */
function shown(text: string): string {
  return isolate(truncateToWidth(text.replace(WHITESPACE, ' ').trim(), MAX_LABEL));
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** "name (Canonical, CC)", falling back to the canonical name, the title, then the country. */
export function personLabel(person: Person): string {
  const main = person.name ?? person.canonical ?? person.title ?? null;
  const notes: string[] = [];
  if (person.name !== null && person.canonical !== null && !sameText(person.name, person.canonical)) notes.push(shown(person.canonical));
  if (person.country !== null) notes.push(person.country);
  if (main === null) return notes.length > 0 ? `(${notes.join(', ')})` : '?';
  return notes.length > 0 ? `${shown(main)} (${notes.join(', ')})` : shown(main);
}

function placeCell(place: Place | null): Cell {
  if (place === null) return ['—'];
  const name = place.canonical !== null && !sameText(place.canonical, place.name) ? `${shown(place.name)} (${shown(place.canonical)})` : shown(place.name);
  return place.venue !== null ? [name, shown(place.venue)] : [name];
}

function dateCell(date: DateValue | null): Cell {
  if (date === null) return ['—'];
  const head = [date.value, date.partOfDay, date.calendar === 'gregory' ? null : date.calendar].filter((x) => x !== null).join(' ');
  return date.text.trim() !== '' ? [head, shown(date.text)] : [head];
}

// The host may be a copy of a participant record rather than the same object.
function isHost(person: Person, host: Person | null): boolean {
  if (host === null) return false;
  if (person === host) return true;
  if (person.span !== null && host.span !== null) return person.span.start === host.span.start;
  return person.name === host.name && person.canonical === host.canonical;
}

function peopleCell(people: readonly Person[], host: Person | null): Cell {
  if (people.length === 0) return ['—'];
  return people.map((p) => (isHost(p, host) ? `${personLabel(p)} *` : personLabel(p)));
}

export const MEETING_HEADERS: readonly string[] = ['#', 'participants (* host)', 'attendees', 'date', 'place', 'how', 'status', 'conf.'];

/** The table cells of one meeting, in the order of MEETING_HEADERS. */
export function meetingCells(meeting: Meeting, index: number): Cell[] {
  return [
    [String(index + 1)],
    peopleCell(meeting.participants, meeting.host),
    peopleCell(meeting.attendees, null),
    dateCell(meeting.date),
    placeCell(meeting.location),
    [meeting.modality],
    [meeting.status],
    [meeting.confidence.toFixed(2)],
  ];
}
