/**
 * Holidays that Arabic news dates events by, keyed by the rule ids of src/dates/holidays.ts.
 * Names from Arabic Wikipedia's articles on each feast.
 */
export const AR_HOLIDAYS: readonly (readonly [name: string, id: string])[] = [
  ['عيد الفطر', 'eid-al-fitr'], ['عيد الفطر المبارك', 'eid-al-fitr'], ['عيد الأضحى', 'eid-al-adha'], ['عيد الأضحى المبارك', 'eid-al-adha'],
  ['رأس السنة الهجرية', 'islamic-new-year'], ['المولد النبوي', 'mawlid'], ['المولد النبوي الشريف', 'mawlid'],
  ['يوم عرفة', 'arafah'], ['يوم عاشوراء', 'ashura'], ['عاشوراء', 'ashura'], ['ليلة القدر', 'laylat-al-qadr'],
  ['الإسراء والمعراج', 'isra-miraj'], ['رمضان', 'ramadan'], ['شهر رمضان', 'ramadan'], ['شهر رمضان المبارك', 'ramadan'],
  ['عيد الميلاد', 'christmas'], ['عيد الميلاد المجيد', 'christmas'], ['كريسماس', 'christmas'], ['الكريسماس', 'christmas'],
  ['عيد الفصح', 'easter'], ['رأس السنة الميلادية', 'new-year'], ['عيد النوروز', 'nowruz'], ['النوروز', 'nowruz'],
];
