/** The languages majlis reads. `und` is returned by `detectLanguage` when it cannot tell. */
export type Language = 'ar' | 'fa' | 'en';

/** A stretch of the caller's input, in UTF-16 code units: `input.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Role =
  | 'head-of-state'
  | 'head-of-government'
  | 'foreign-minister'
  | 'minister'
  | 'monarch'
  | 'crown-prince'
  | 'diplomat'
  | 'official'
  | 'party-leader'
  | 'organization-head'
  | 'other';

export interface Person {
  /** The fullest form of the name the document gives, without titles or honorifics. */
  name: string | null;
  /** The usual English name when the person is known to the gazetteer. */
  canonical: string | null;
  /** The title as written next to the mention ("الرئيس الصيني"). */
  title: string | null;
  role: Role | null;
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  /** The mention this record was read from. */
  span: Span | null;
}

export interface Place {
  /** The place name as written (without prepositions or proclitics). */
  name: string;
  /** The usual English name when the place is known to the gazetteer. */
  canonical: string | null;
  /** ISO 3166-1 alpha-2 code. */
  country: string | null;
  /** A palace, hall, guesthouse or other building, as written. */
  venue: string | null;
  span: Span | null;
}

export type Calendar = 'gregory' | 'persian' | 'islamic';
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';
export type DatePrecision = 'day' | 'month' | 'year';

/** Which parts of a date the text stated; the others were implied from the reference date. */
export interface KnownComponents {
  year: boolean;
  month: boolean;
  day: boolean;
  weekday: boolean;
}

export interface DateValue {
  /** ISO 8601 Gregorian: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or an interval `start/end`. */
  value: string;
  precision: DatePrecision;
  /** The calendar the text used. `value` is always Gregorian. */
  calendar: Calendar;
  partOfDay: PartOfDay | null;
  /** The date expression as written. */
  text: string;
  span: Span | null;
  known: KnownComponents;
  /** For a range: its two ends. */
  start?: DateValue;
  end?: DateValue;
  /** True when a stated weekday does not fall on the stated date (the date is kept). */
  conflict?: boolean;
  /** For meeting dates: where the date came from. */
  source?: DateSource;
}

export type DateSource = 'clause' | 'sentence' | 'dateline' | 'reference';

export type Modality = 'in-person' | 'virtual' | 'phone' | 'unknown';
export type MeetingStatus = 'held' | 'planned' | 'cancelled';

export interface Meeting {
  /** The principal parties, in text order. */
  participants: Person[];
  /** Others said to be present. */
  attendees: Person[];
  /** The participant who received or hosted the other, when the text says so. */
  host: Person | null;
  date: DateValue | null;
  location: Place | null;
  modality: Modality;
  status: MeetingStatus;
  /** "On the sidelines of ..." and the like, as written. */
  context: string | null;
  /** The sentences that report the meeting. */
  evidence: Span[];
  /** 0..1: how sure the assembly is that this record is a real meeting with the right parties. */
  confidence: number;
}

export type DatePreference = 'past' | 'future' | 'nearest';

export interface DateOptions {
  /** Publication date: a `Date` or an ISO 8601 string. Dates without a year and relative dates resolve against it. */
  referenceDate?: Date | string;
  /** Skip language identification. */
  language?: Language;
  /** How a date with no year (or a bare weekday or month) is placed around the reference date. */
  prefer?: DatePreference;
}

/** A person the caller adds to the gazetteer. */
export interface PersonEntryInput {
  canonical: string;
  names: string[];
  country?: string | null;
  role?: Role | null;
}

/** A place the caller adds to the gazetteer. */
export interface PlaceEntryInput {
  canonical: string;
  names: string[];
  country?: string | null;
}

export interface ExtractOptions extends DateOptions {
  /** Extra people to recognise, in any script. */
  people?: PersonEntryInput[];
  /** Extra places to recognise, in any script. */
  places?: PlaceEntryInput[];
}
