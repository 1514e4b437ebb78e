/**
 * Persian relative time words, parts of the day, units, era markers and holidays, from standard
 * news usage (IRNA, ISNA, Mehr, Tasnim style guides) and CLDR fa relative-time data.
 */
export const FA_RELATIVE_DAYS: readonly (readonly [phrase: string, offset: number, weak?: boolean])[] = [
  ['امروز', 0], ['امشب', 0], ['هم‌اکنون', 0, true], ['اکنون', 0, true], ['الان', 0, true],
  ['دیروز', -1], ['دیشب', -1], ['روز گذشته', -1], ['روز قبل', -1], ['شامگاه گذشته', -1], ['شب گذشته', -1], ['دیروز عصر', -1],
  ['پریروز', -2], ['پری‌روز', -2], ['فردا', 1], ['فردا شب', 1], ['پس‌فردا', 2], ['پس فردا', 2], ['پسفردا', 2],
];

export const FA_DIRECTIONS: readonly (readonly [word: string, dir: -1 | 0 | 1])[] = [
  ['گذشته', -1], ['پیش', -1], ['قبل', -1], ['اخیر', -1], ['جاری', 0], ['این', 0], ['همین', 0],
  ['آینده', 1], ['بعد', 1], ['دیگر', 1], ['آتی', 1],
];

export const FA_UNITS: readonly (readonly [word: string, unit: 'day' | 'week' | 'month' | 'year', count?: number])[] = [
  ['روز', 'day'], ['هفته', 'week'], ['ماه', 'month'], ['سال', 'year'],
];

/** Whole words that name a relative year: امسال "this year", پارسال "last year". */
export const FA_RELATIVE_YEARS: readonly (readonly [word: string, offset: number])[] = [
  ['امسال', 0], ['پارسال', -1], ['پیرارسال', -2], ['سال نو میلادی', 1],
];

export const FA_PARTS_OF_DAY: readonly (readonly [word: string, part: 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'])[] = [
  ['صبح', 'morning'], ['بامداد', 'morning'], ['پیش از ظهر', 'morning'], ['قبل از ظهر', 'morning'], ['ظهر', 'noon'],
  ['بعد از ظهر', 'afternoon'], ['بعدازظهر', 'afternoon'], ['بعدظهر', 'afternoon'], ['عصر', 'afternoon'],
  ['شامگاه', 'evening'], ['غروب', 'evening'], ['شب', 'night'], ['نیمه شب', 'night'],
];

export const FA_MONTH_PARTS: readonly (readonly [word: string, part: 'early' | 'mid' | 'late'])[] = [
  ['اوایل', 'early'], ['اول', 'early'], ['اواسط', 'mid'], ['نیمه', 'mid'], ['اواخر', 'late'], ['آخر', 'late'],
];

export const FA_ERAS: readonly (readonly [marker: string, calendar: 'gregory' | 'islamic' | 'persian'])[] = [
  ['هجری شمسی', 'persian'], ['ه ش', 'persian'], ['هـ ش', 'persian'], ['شمسی', 'persian'], ['خورشیدی', 'persian'],
  ['هجری قمری', 'islamic'], ['ه ق', 'islamic'], ['هـ ق', 'islamic'], ['قمری', 'islamic'],
  ['میلادی', 'gregory'], ['م', 'gregory'],
];

export const FA_HOLIDAYS: readonly (readonly [name: string, id: string])[] = [
  ['نوروز', 'nowruz'], ['عید نوروز', 'nowruz'], ['شب یلدا', 'yalda'], ['یلدا', 'yalda'], ['عید فطر', 'eid-al-fitr'],
  ['عید قربان', 'eid-al-adha'], ['عید غدیر', 'ghadir'], ['عاشورا', 'ashura'], ['تاسوعا', 'tasua'], ['میلاد پیامبر', 'mawlid'],
  ['سیزده بدر', 'sizdah-bedar'], ['کریسمس', 'christmas'],
];

export const FA_PERIOD_WORDS: readonly (readonly [word: string, unit: 'day' | 'month' | 'year'])[] = [
  ['روز', 'day'], ['ماه', 'month'], ['سال', 'year'],
];

export const FA_SMALL_UNITS: readonly string[] = ['ساعت', 'دقیقه', 'ثانیه'];
