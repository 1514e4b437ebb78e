/**
 * Persian weekday names (ISO numbering: 1 = Monday ... 7 = Sunday), with and without the
 * zero-width non-joiner (it folds to a space; the joined spellings are indexed too). CLDR fa.
 * دوشنبه is also the city of Dushanbe, so it is ambiguous.
 */
export const FA_WEEKDAYS: readonly (readonly [name: string, isoDay: number, ambiguous?: boolean])[] = [
  ['دوشنبه', 1, true], ['دو شنبه', 1, true], ['سه‌شنبه', 2], ['سه شنبه', 2], ['سشنبه', 2], ['چهارشنبه', 3], ['چهار شنبه', 3],
  ['پنجشنبه', 4], ['پنج شنبه', 4], ['پنج‌شنبه', 4], ['جمعه', 5], ['آدینه', 5], ['شنبه', 6], ['یکشنبه', 7], ['یک شنبه', 7],
];

/** Words that make the weekday after them a name: "نماز جمعه" (Friday prayers), "امام جمعه", "شهر دوشنبه". */
export const FA_WEEKDAY_NAMERS: readonly string[] = ['نماز', 'امام', 'خطبه', 'خطبه‌های', 'شهر', 'مقصد'];
