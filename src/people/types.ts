import type { Person } from '../types';

/** One mention of a person in a document. Offsets are normalized. */
export interface PersonMention {
  /** The person as this mention resolves: the entity's fullest name, its canonical identity, the title as written here. */
  person: Person;
  /** Normalized range of the whole mention: title and name. */
  start: number;
  end: number;
  /** Normalized range of the name, when the mention has one. */
  nameStart: number | null;
  nameEnd: number | null;
  /** Normalized range of the title, when it has one. */
  titleStart: number | null;
  titleEnd: number | null;
  /** Mentions of the same person share this number. */
  entity: number;
  /**
   * named: a name with or without title; title: a title with no name ("الزعيم الصيني");
   * counterpart: "نظيره", "his counterpart" (resolved by meeting assembly); group: "الرئيسان", "the two leaders".
   */
  kind: 'named' | 'title' | 'counterpart' | 'group';
}

export interface PeopleInDocument {
  mentions: PersonMention[];
  /** One resolved record per entity, indexed by `PersonMention.entity`. */
  entities: Person[];
}
