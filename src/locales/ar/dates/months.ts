/**
 * Arabic month names, by calendar. Sources: the month lists of the Unicode CLDR (ar, ar-IQ,
 * ar-SY, ar-MA, ar-TN, ar-DZ) and the usage of Arab news agencies (WAM, SANA, INA, MAP, TAP, APS).
 * Entries are folded before matching, so hamza and alif-maqsura variants need not be listed.
 * A `true` third element marks a word that is also an ordinary word and counts as a month only
 * next to a day number or a year.
 */
export type MonthEntry = readonly [name: string, month: number, ambiguous?: boolean];

/** Gregorian months: Egyptian/Gulf, Levantine/Iraqi, Maghrebi and Tunisian/Algerian names. */
export const AR_GREGORIAN_MONTHS: readonly MonthEntry[] = [
  ['يناير', 1], ['فبراير', 2], ['فبرير', 2], ['مارس', 3, true], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4],
  ['مايو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['أغسطوس', 8],
  ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12], ['دیسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['آذار', 3], ['نيسان', 4, true], ['أيار', 5], ['حزيران', 6], ['تموز', 7],
  ['آب', 8, true], ['أيلول', 9], ['تشرين الأول', 10], ['تشرين الثاني', 11], ['كانون الأول', 12],
  ['تشرين أول', 10], ['تشرين ثاني', 11], ['كانون أول', 12], ['كانون ثاني', 1],
  ['ماي', 5], ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['جوان', 6], ['جويلية', 7], ['جويلة', 7], ['أوت', 8],
  ['سبتمبر', 9], ['أكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
];

/** Islamic (Hijri) months. Several are also given names or common words, hence ambiguous. */
export const AR_ISLAMIC_MONTHS: readonly MonthEntry[] = [
  ['محرم', 1, true], ['صفر', 2, true], ['ربيع الأول', 3], ['ربيع الاول', 3], ['ربيع أول', 3],
  ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['ربيع ثاني', 4], ['ربيع الاخر', 4],
  ['جمادى الأولى', 5], ['جمادى الأول', 5], ['جمادى الاولى', 5], ['جمادى أولى', 5],
  ['جمادى الآخرة', 6], ['جمادى الثانية', 6], ['جمادى الاخرة', 6], ['جمادى الثاني', 6], ['جمادى الآخر', 6],
  ['رجب', 7, true], ['شعبان', 8, true], ['رمضان', 9, true], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو الحجة', 12], ['ذي الحجة', 12],
];

/** Months named by their number ("شهر ثلاثة", "الشهر التاسع") are handled by the grammar. */
