/**
 * Function words the date grammar reads ("of", range connectors, "ago"/"later", "corresponding to"),
 * and words that put a clause in the future (planned events), from standard written Persian (IRNA, ISNA, Mehr copy).
 */
import type { MarkerId } from '../../en/dates/markers';

export const FA_MARKERS: readonly (readonly [word: string, id: MarkerId])[] = [
  ['در', 'on'],
  ['تا', 'to'],
  ['الی', 'to'],
  ['از', 'from'],
  ['پیش', 'ago'],
  ['قبل', 'ago'],
  ['بعد', 'later'],
  ['دیگر', 'later'],
  ['برابر با', 'equals'],
  ['مطابق با', 'equals'],
  ['هفته', 'week'],
];

export const FA_FUTURE_MARKERS: readonly string[] = [
  'خواهد',
  'خواهند',
  'خواهیم',
  'قرار است',
  'برگزار می شود',
];
