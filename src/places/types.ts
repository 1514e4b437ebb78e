import type { Place } from '../types';

/** One place mention in a document. Offsets are normalized. */
export interface PlaceMention {
  place: Place;
  start: number;
  end: number;
  /** city or region; country; venue (a building); here: "هنا", "here", "العاصمة الصينية", resolved to a city. */
  kind: 'city' | 'country' | 'venue' | 'here';
  /** Written after a locative preposition or proclitic: في، بـ، در، به، at, in. */
  locative: boolean;
  /** The place of the article's dateline (the document's default place). */
  dateline: boolean;
}
