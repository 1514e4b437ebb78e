/**
 * Arabic relative time words: days named from today, direction words (last/this/next), time units,
 * "ago"/"in" prepositions, parts of the day, parts of a month and era markers. Collected from
 * Modern Standard Arabic news usage and Duckling's Arabic corpus (colloquial بكرة، امبارح).
 */
/** Day offsets from today. A `true` third element: only taken when it is the whole input. */
export const AR_RELATIVE_DAYS: readonly (readonly [phrase: string, offset: number, weak?: boolean])[] = [
  ['اليوم', 0], ['هذا اليوم', 0], ['الليلة', 0], ['هذه الليلة', 0], ['الآن', 0, true], ['حالا', 0, true], ['في هذه اللحظة', 0, true],
  ['أمس', -1], ['البارحة', -1], ['الليلة الماضية', -1], ['امبارح', -1], ['يوم أمس', -1], ['اليوم الماضي', -1, true], ['اليوم السابق', -1, true], ['اليوم المنصرم', -1, true],
  ['أول أمس', -2], ['أول من أمس', -2], ['أمس الأول', -2], ['يوم قبل أمس', -2], ['اليوم القبل البارحة', -2], ['اليوم الي قبل امبارح', -2],
  ['غدا', 1], ['غد', 1], ['الغد', 1], ['يوم غد', 1], ['بكرة', 1], ['بكرا', 1],
  ['بعد غد', 2], ['بعد الغد', 2], ['يوم بعد غد', 2], ['اليوم الذي بعد الغد', 2], ['اليوم الي بعد بكرة', 2],
];

/** Words after (or before) a unit, month or weekday that place it: -1 past, 0 current, 1 next. */
export const AR_DIRECTIONS: readonly (readonly [word: string, dir: -1 | 0 | 1])[] = [
  ['الماضي', -1], ['الماضية', -1], ['الماض', -1], ['الفائت', -1], ['الفائتة', -1], ['الفارط', -1], ['المنصرم', -1],
  ['المنصرمة', -1], ['السابق', -1], ['السابقة', -1], ['المنقضي', -1],
  ['الجاري', 0], ['الجارية', 0], ['الحالي', 0], ['الحالية', 0], ['هذا', 0], ['هذه', 0],
  ['المقبل', 1], ['المقبلة', 1], ['القادم', 1], ['القادمة', 1], ['التالي', 1], ['التالية', 1], ['الجاي', 1],
];

/** Time units; the dual forms carry their count. */
export const AR_UNITS: readonly (readonly [word: string, unit: 'day' | 'week' | 'month' | 'year', count?: number])[] = [
  ['يوم', 'day'], ['أيام', 'day'], ['يوما', 'day'], ['يومين', 'day', 2], ['يومان', 'day', 2], ['اليوم', 'day'],
  ['أسبوع', 'week'], ['أسابيع', 'week'], ['أسبوعا', 'week'], ['أسبوعين', 'week', 2], ['الأسبوع', 'week'], ['الأسابيع', 'week'],
  ['شهر', 'month'], ['أشهر', 'month'], ['شهور', 'month'], ['شهرا', 'month'], ['شهرين', 'month', 2], ['الشهر', 'month'],
  ['سنة', 'year'], ['سنوات', 'year'], ['سنين', 'year'], ['سنتين', 'year', 2], ['السنة', 'year'],
  ['عام', 'year'], ['أعوام', 'year'], ['عاما', 'year'], ['عامين', 'year', 2], ['العام', 'year'],
];

/** Words before a count of units: منذ/قبل point back, بعد forward, خلال "within" (0: from now on). */
export const AR_COUNT_PREFIXES: readonly (readonly [word: string, dir: -1 | 0 | 1])[] = [
  ['منذ', -1], ['قبل', -1], ['من', -1], ['بعد', 1], ['خلال', 0],
];

/** Units below a day, read only to skip them in a list of durations ("1 يوم, 1 ساعة"). */
export const AR_SMALL_UNITS: readonly string[] = ['ساعة', 'ساعات', 'دقيقة', 'دقائق', 'ثانية', 'ثوان'];

export const AR_PARTS_OF_DAY: readonly (readonly [word: string, part: 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'])[] = [
  ['صباح', 'morning'], ['صباحا', 'morning'], ['الصباح', 'morning'], ['صبح', 'morning'], ['الصبح', 'morning'],
  ['فجر', 'morning'], ['فجرا', 'morning'], ['الفجر', 'morning'], ['ضحى', 'morning'], ['قبل الظهر', 'morning'],
  ['ظهر', 'noon'], ['ظهرا', 'noon'], ['الظهر', 'noon'],
  ['بعد ظهر', 'afternoon'], ['بعد الظهر', 'afternoon'], ['عصر', 'afternoon'], ['عصرا', 'afternoon'], ['العصر', 'afternoon'],
  ['مساء', 'evening'], ['مساءا', 'evening'], ['المساء', 'evening'], ['عشية', 'evening'],
  ['ليلة', 'night'], ['ليل', 'night'], ['ليلا', 'night'], ['الليل', 'night'], ['منتصف ليل', 'night'],
];

/** Parts of a month: early, middle, late. */
export const AR_MONTH_PARTS: readonly (readonly [word: string, part: 'early' | 'mid' | 'late'])[] = [
  ['أوائل', 'early'], ['مطلع', 'early'], ['بداية', 'early'], ['مستهل', 'early'], ['أول', 'early'],
  ['منتصف', 'mid'], ['أواسط', 'mid'], ['نص', 'mid'], ['نصف', 'mid'],
  ['أواخر', 'late'], ['نهاية', 'late'], ['آخر', 'late'], ['اخر', 'late'], ['ختام', 'late'],
];

/** Markers written after a year: هـ for Hijri, م for Gregorian. */
export const AR_ERAS: readonly (readonly [marker: string, calendar: 'gregory' | 'islamic' | 'persian'])[] = [
  ['هـ', 'islamic'], ['ه', 'islamic'], ['هجري', 'islamic'], ['هجرية', 'islamic'], ['للهجرة', 'islamic'], ['ه ق', 'islamic'],
  ['م', 'gregory'], ['ميلادي', 'gregory'], ['ميلادية', 'gregory'], ['للميلاد', 'gregory'],
];

/** Words that name a period before its number or name: "عام 2022", "شهر يناير", "يوم الخميس". */
export const AR_PERIOD_WORDS: readonly (readonly [word: string, unit: 'day' | 'month' | 'year'])[] = [
  ['يوم', 'day'], ['شهر', 'month'], ['عام', 'year'], ['سنة', 'year'], ['العام', 'year'], ['لعام', 'year'],
];
