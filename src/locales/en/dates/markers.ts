/**
 * Function words the date grammar reads ("of", range connectors, "ago"/"later", "corresponding to"),
 * and words that put a clause in the future (planned events), from English wire copy (AP, Reuters, Xinhua).
 */
export type MarkerId = 'of' | 'the' | 'on' | 'in' | 'to' | 'from' | 'ago' | 'later' | 'equals' | 'week' | 'after' | 'before' | 'closest';

export const EN_MARKERS: readonly (readonly [word: string, id: MarkerId])[] = [
  ['of', 'of'],
  ['in', 'in'],
  ['the', 'the'],
  ['on', 'on'],
  ['during', 'in'],
  ['to', 'to'],
  ['until', 'to'],
  ['till', 'to'],
  ['through', 'to'],
  ['thru', 'to'],
  ['and', 'to'],
  ['from', 'from'],
  ['between', 'from'],
  ['ago', 'ago'],
  ['back', 'ago'],
  ['later', 'later'],
  ['hence', 'later'],
  ['from now', 'later'],
  ['from today', 'later'],
  ['after', 'after'],
  ['before', 'before'],
  ['closest', 'closest'],
  ['nearest', 'closest'],
  ['corresponding to', 'equals'],
  ['week', 'week'],
];

export const EN_FUTURE_MARKERS: readonly string[] = [
  'will',
  "'ll",
  'scheduled',
  'is due',
  'are due',
  'is expected',
  'are expected',
  'plans to',
  'plan to',
  'is set to',
  'are set to',
  'upcoming',
  'ahead of',
  'on the eve of',
];
