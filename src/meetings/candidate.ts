import type { DateMention } from '../dates/types';
import type { PersonMention } from '../people/types';
import type { PlaceMention } from '../places/types';
import type { DateSource, MeetingStatus, Modality, Person } from '../types';
import type { TriggerEntry } from './lexiconTypes';

/** A party to a meeting: a named or described person, or one inferred from a pronoun. */
export interface Party {
  person: Person;
  /** The document entity (PersonMention.entity), or null for a described party. */
  entity: number | null;
  mention: PersonMention | null;
}

/** One report of a meeting in one clause, before reports of the same meeting are merged. */
export interface Candidate {
  sentence: number;
  paragraph: number;
  trigger: TriggerEntry;
  /** Normalized offsets of the trigger and of the clause in which its parties are named. */
  triggerStart: number;
  triggerEnd: number;
  windowStart: number;
  windowEnd: number;
  parties: Party[];
  /** Index into `parties` of the host, when the text says who received whom. */
  host: number | null;
  /** True when a party had to be inferred from a pronoun or an omitted subject. */
  inferred: boolean;
  /** A list of counterparts to be met one by one ("على التوالي", "respectively"). */
  separately: boolean;
  modality: Modality;
  modalityStated: boolean;
  status: MeetingStatus;
  statusStated: boolean;
  background: boolean;
  date: DateMention | null;
  dateSource: DateSource | null;
  place: PlaceMention | null;
  venue: PlaceMention | null;
  placeStated: boolean;
  context: { start: number; end: number } | null;
  attendees: Party[];
  /** Sentence indices that report this meeting. */
  evidence: number[];
}
