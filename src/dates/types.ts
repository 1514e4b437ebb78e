import type { DateValue } from '../types';

/** A date expression found in a document. `start`/`end` are normalized offsets; `value.span` is the caller's span. */
export interface DateMention {
  value: DateValue;
  start: number;
  end: number;
  /** True when the value was computed from the anchor (today, yesterday, a bare weekday, last year...). */
  relative: boolean;
}

/** The dateline that opens a wire story ("سمرقند، أوزبكستان 15 سبتمبر 2022 (شينخوا)"). */
export interface Dateline {
  /** Normalized range of the whole dateline, agency included. */
  start: number;
  end: number;
  /** Normalized range of the place part (city, optional country), if any. */
  placeStart: number | null;
  placeEnd: number | null;
  /** The date it states, if any. */
  date: DateMention | null;
  /** The agency as written ("شينخوا", "Xinhua", "ایرنا"), if any. */
  agency: string | null;
}
