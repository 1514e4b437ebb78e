/**
 * Persian and Dari month names. Sources: Unicode CLDR (fa, fa-AF, ps), the Iranian calendar
 * (Solar Hijri) month list, the Afghan zodiac month names, and the transliterations of European
 * months used by Iranian (IRNA, ISNA, Mehr) and Afghan (Bakhtar) agencies. A `true` third
 * element marks a word that is also an ordinary word (مه "fog", تیر "arrow", جدی "serious",
 * میزان "amount") and counts as a month only next to a day number or a year.
 */
export type MonthEntry = readonly [name: string, month: number, ambiguous?: boolean];

export const FA_SOLAR_MONTHS: readonly MonthEntry[] = [
  ['فروردین', 1], ['اردیبهشت', 2], ['خرداد', 3], ['تیر', 4, true], ['مرداد', 5], ['امرداد', 5], ['شهریور', 6],
  ['مهر', 7, true], ['آبان', 8, true], ['آذر', 9, true], ['دی', 10, true], ['بهمن', 11, true], ['اسفند', 12],
  ['حمل', 1, true], ['ثور', 2, true], ['جوزا', 3, true], ['جوزا', 3, true], ['سرطان', 4, true], ['اسد', 5, true], ['سنبله', 6, true],
  ['میزان', 7, true], ['عقرب', 8, true], ['قوس', 9, true], ['جدی', 10, true], ['دلو', 11, true], ['حوت', 12, true],
];

export const FA_GREGORIAN_MONTHS: readonly MonthEntry[] = [
  ['ژانویه', 1], ['ژانویهٔ', 1], ['ژانوئیه', 1], ['فوریه', 2], ['فوریه', 2], ['مارس', 3, true], ['آوریل', 4], ['آپریل', 4],
  ['مه', 5, true], ['می', 5, true], ['مای', 5, true], ['ژوئن', 6], ['ژوئیه', 7], ['ژوییه', 7], ['جولای', 7],
  ['اوت', 8], ['آگوست', 8], ['اگوست', 8], ['سپتامبر', 9], ['اکتبر', 10], ['اکتوبر', 10], ['نوامبر', 11], ['دسامبر', 12],
  ['جنوری', 1], ['فبروری', 2], ['مارچ', 3], ['اپریل', 4], ['جون', 6, true], ['جولای', 7], ['اگست', 8],
  ['سپتمبر', 9], ['اکتوبر', 10], ['نومبر', 11], ['دسمبر', 12],
];

export const FA_ISLAMIC_MONTHS: readonly MonthEntry[] = [
  ['محرم', 1, true], ['صفر', 2, true], ['ربیع‌الاول', 3], ['ربیع الاول', 3], ['ربیع‌الثانی', 4], ['ربیع الثانی', 4],
  ['جمادی‌الاول', 5], ['جمادی الاول', 5], ['جمادی‌الاولی', 5], ['جمادی الاولی', 5], ['جمادی‌الثانی', 6], ['جمادی الثانی', 6],
  ['جمادی الآخر', 6], ['رجب', 7, true], ['شعبان', 8, true], ['رمضان', 9, true], ['شوال', 10],
  ['ذی‌القعده', 11], ['ذیقعده', 11], ['ذی القعده', 11], ['ذی‌الحجه', 12], ['ذیحجه', 12], ['ذی الحجه', 12],
];
