/**
 * Function words the date grammar reads ("of", range connectors, "ago"/"later", "corresponding to"),
 * and words that put a clause in the future (planned events), from Modern Standard Arabic news usage.
 */
import type { MarkerId } from '../../en/dates/markers';

export const AR_MARKERS: readonly (readonly [word: string, id: MarkerId])[] = [
  ['من', 'of'],
  ['في', 'on'],
  ['إلى', 'to'],
  ['الى', 'to'],
  ['حتى', 'to'],
  ['بين', 'from'],
  ['الموافق', 'equals'],
  ['الموافق ل', 'equals'],
  ['الموافق لـ', 'equals'],
  ['الأسبوع', 'week'],
];

export const AR_FUTURE_MARKERS: readonly string[] = [
  'سوف',
  'المقرر',
  'المنتظر',
  'يعتزم',
  'تعتزم',
  'سيلتقي',
  'سيلتقيان',
  'سيجتمع',
  'سيزور',
  'ستزور',
  'سيعقد',
  'ستعقد',
  'سيبحث',
  'سيجري',
  'ستجري',
  'سيستقبل',
  'سيتوجه',
  'سيصل',
  'سيشارك',
  'ستشارك',
  'سيقوم',
  'ستقوم',
  'سيتم',
  'سيكون',
  'ستكون',
  'سيلقي',
  'ستنطلق',
  'ينطلق',
];
