/*
 * Persian words around place names in news text. Sources: usage of IRNA, ISNA, Mehr, Tasnim,
 * Fars and Bakhtar; written for this project.
 */

/** Head words that start the name of a building where talks are held ("کاخ ...", "محل اقامت ..."). */
export const VENUE_HEADS_FA = [
  'کاخ', 'مجموعه', 'مجتمع', 'ساختمان', 'محل اقامت', 'اقامتگاه', 'مقر', 'دفتر', 'سالن', 'تالار', 'فرودگاه', 'هتل',
  'مهمانسرای', 'سرای', 'استانداری', 'وزارت', 'نهاد', 'سفارت', 'سفارتخانه', 'کنسولگری', 'باغ',
] as const;

/** Prepositions that put what follows at a place. */
export const LOCATIVE_PREPOSITIONS_FA = ['در', 'به', 'از', 'محل', 'شهر', 'مقصد'] as const;

/** Words meaning "here": the dateline city. */
export const HERE_WORDS_FA = ['اینجا', 'این شهر'] as const;

/** "The capital", followed by a country name ("پایتخت بلاروس") or alone. */
export const CAPITAL_WORDS_FA = ['پایتخت'] as const;

/** Words that end an unknown venue name. */
export const VENUE_STOPS_FA = [
  'در', 'با', 'و', 'از', 'به', 'را', 'که', 'برای', 'انجام', 'برگزار', 'دیدار', 'گفتگو', 'گفت', 'شهر', 'پایتخت', 'امروز',
  'دیروز', 'فردا', 'روز', 'صبح', 'عصر', 'ظهر', 'شب', 'شامگاه', 'بعدازظهر', 'پیش', 'پس', 'طی', 'میان', 'بین', 'نیز', 'هم', 'است', 'شد',
  'کرد', 'کردند', 'شدند', 'بود', 'می', 'خواهد', 'پذیرفت', 'رفت', 'ملاقات', 'گفت‌وگو', 'مذاکره', 'رایزنی',
] as const;

/** Nouns of a subject under discussion: "اوضاع در سوریه", "جنگ در غزه" name what was discussed, not where. */
export const TOPIC_NOUNS_FA = [
  'جنگ', 'اوضاع', 'وضعیت', 'تحولات', 'بحران', 'درگیری', 'درگیری‌ها', 'آتش‌بس', 'صلح', 'امنیت', 'ثبات', 'تنش', 'تنش‌ها', 'حملات', 'انتخابات',
  'بازسازی', 'سرمایه‌گذاری', 'پروژه‌ها',
] as const;
