/**
 * majlis: meeting records and dates from Arabic, Persian and English news text.
 *
 * Every function takes any string and never throws on its content; a wrong argument type or
 * option throws a TypeError or RangeError that names the argument.
 */
export { extractMeetings } from './meetings/extractMeetings';
export { normalizeDate, findDates } from './dates/index';
export { detectLanguage } from './language/index';
export { findPeople, nameKey, sameName } from './people/index';
export { findPlaces } from './places/index';
export type {
  Calendar,
  DateOptions,
  DatePrecision,
  DatePreference,
  DateSource,
  DateValue,
  ExtractOptions,
  KnownComponents,
  Language,
  Meeting,
  MeetingStatus,
  Modality,
  PartOfDay,
  Person,
  PersonEntryInput,
  Place,
  PlaceEntryInput,
  Role,
  Span,
} from './types';
