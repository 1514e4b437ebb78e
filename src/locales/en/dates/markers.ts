/**
 * Function words the date grammar reads in all three languages (kept together because the
 * grammar treats them alike): "of", range connectors, "ago"/"later", "corresponding to".
 * Standard Arabic, Persian and English usage.
 */
export const MARKERS: readonly (readonly [word: string, id: 'of' | 'the' | 'on' | 'in' | 'to' | 'from' | 'ago' | 'later' | 'equals' | 'week' | 'after' | 'before'])[] = [
  ['of', 'of'], ['من', 'of'], ['in', 'in'], ['the', 'the'], ['on', 'on'], ['في', 'on'], ['در', 'on'], ['during', 'in'],
  ['to', 'to'], ['until', 'to'], ['till', 'to'], ['through', 'to'], ['thru', 'to'], ['إلى', 'to'], ['الى', 'to'], ['حتى', 'to'],
  ['تا', 'to'], ['الی', 'to'], ['and', 'to'],
  ['from', 'from'], ['between', 'from'], ['بين', 'from'], ['از', 'from'],
  ['ago', 'ago'], ['back', 'ago'], ['پیش', 'ago'], ['قبل', 'ago'],
  ['later', 'later'], ['hence', 'later'], ['from now', 'later'], ['from today', 'later'], ['بعد', 'later'], ['دیگر', 'later'],
  ['after', 'after'], ['before', 'before'],
  ['الموافق', 'equals'], ['الموافق ل', 'equals'], ['الموافق لـ', 'equals'], ['corresponding to', 'equals'], ['برابر با', 'equals'], ['مطابق با', 'equals'],
  ['week', 'week'], ['الأسبوع', 'week'], ['هفته', 'week'],
];

/**
 * Words that put a clause in the future (planned events), so a bare weekday or month in it
 * resolves forwards. Arabic future verbs of news copy, Persian future auxiliaries, English modals.
 */
export const FUTURE_MARKERS: readonly string[] = [
  'سوف', 'المقرر', 'المنتظر', 'يعتزم', 'تعتزم', 'سيلتقي', 'سيلتقيان', 'سيجتمع', 'سيزور', 'ستزور', 'سيعقد', 'ستعقد', 'سيبحث',
  'سيجري', 'ستجري', 'سيستقبل', 'سيتوجه', 'سيصل', 'سيشارك', 'ستشارك', 'سيقوم', 'ستقوم', 'سيتم', 'سيكون', 'ستكون', 'سيلقي', 'ستنطلق', 'ينطلق',
  'خواهد', 'خواهند', 'خواهیم', 'قرار است', 'برگزار می شود',
  'will', "'ll", 'scheduled', 'is due', 'are due', 'is expected', 'are expected', 'plans to', 'plan to', 'is set to', 'are set to', 'upcoming', 'ahead of', 'on the eve of',
];
