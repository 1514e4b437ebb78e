/**
 * Arabic weekday names (ISO numbering: 1 = Monday ... 7 = Sunday), with the spellings found in
 * news copy and colloquial text (CLDR ar; Duckling's Arabic corpus for colloquial forms).
 * The forms without the article are ambiguous ("أحد" is also "one", "someone").
 */
export const AR_WEEKDAYS: readonly (readonly [name: string, isoDay: number, ambiguous?: boolean])[] = [
  ['الاثنين', 1], ['الإثنين', 1], ['اثنين', 1, true],
  ['الثلاثاء', 2], ['الثلاثا', 2], ['ثلاثاء', 2, true], ['ثلاثا', 2, true],
  ['الأربعاء', 3], ['الاربعا', 3], ['أربعاء', 3, true], ['اربعا', 3, true],
  ['الخميس', 4], ['خميس', 4, true],
  ['الجمعة', 5], ['جمعة', 5, true],
  ['السبت', 6], ['سبت', 6, true],
  ['الأحد', 7], ['أحد', 7, true],
];

/** Words that make the weekday after them a name: "صلاة الجمعة" (Friday prayers), "خطبة الجمعة". */
export const AR_WEEKDAY_NAMERS: readonly string[] = ['صلاة', 'خطبة', 'صلاه', 'خطبه', 'جمعية', 'سوق'];
