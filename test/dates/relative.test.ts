import { normalizeDate } from '../../src/dates/index';

// 2024-05-23 is a Thursday.
const ref = { referenceDate: '2024-05-23' };
const value = (text: string, options: object = ref) => normalizeDate(text, options)?.value ?? null;

describe('weekdays', () => {
  it.each([
    ['يوم الخميس', '2024-05-23'],
    ['الاثنين', '2024-05-20'],
    ['on Monday', '2024-05-20'],
    ['سه‌شنبه', '2024-05-21'],
    ['سه شنبه', '2024-05-21'],
    ['سهشنبه', '2024-05-21'],
    ['روز جمعه', '2024-05-17'],
  ])('alone, the latest such day not after the reference: %s', (text, expected) => expect(value(text)).toBe(expected));

  it('resolves forwards when asked to', () => {
    expect(value('يوم الخميس', { ...ref, prefer: 'future' })).toBe('2024-05-30');
    expect(value('Monday', { ...ref, prefer: 'future' })).toBe('2024-05-27');
  });

  it.each([
    ['الخميس الماضي', '2024-05-16'],
    ['last Thursday', '2024-05-16'],
    ['الجمعة المقبلة', '2024-05-24'],
    ['next Monday', '2024-05-27'],
    ['السبت الفارط', '2024-05-18'],
  ])('with a direction word: %s', (text, expected) => expect(value(text)).toBe(expected));

  it('a weekday with a date keeps the date', () => {
    expect(value('يوم الاثنين (4 ديسمبر)', { referenceDate: '2023-12-05' })).toBe('2023-12-04');
    expect(value('چهارشنبه ۲۵ مرداد', { referenceDate: '2023-08-17' })).toBe('2023-08-16');
  });

  it('flags a weekday that contradicts the date, and keeps the date', () => {
    const v = normalizeDate('الجمعة 15 سبتمبر 2022', ref);
    expect(v?.value).toBe('2022-09-15');
    expect(v?.conflict).toBe(true);
    expect(normalizeDate('الخميس 15 سبتمبر 2022', ref)?.conflict).toBeUndefined();
  });

  it('picks the year from the weekday when neither the text nor the caller gives one', () => {
    const v = normalizeDate('چهارشنبه ۱۱ آبان');
    expect(v?.value).toMatch(/^\d{4}-11-0[12]$/);
    expect(new Date(`${v!.value}T00:00:00Z`).getUTCDay()).toBe(3);
    expect(v?.conflict).toBeUndefined();
    expect(v?.known.year).toBe(false);
    expect(v?.known.weekday).toBe(true);
  });
});

describe('relative days, periods and counts', () => {
  it.each([
    ['اليوم', '2024-05-23'], ['أمس', '2024-05-22'], ['أول أمس', '2024-05-21'], ['غدا', '2024-05-24'], ['بعد غد', '2024-05-25'],
    ['امروز', '2024-05-23'], ['دیروز', '2024-05-22'], ['پریروز', '2024-05-21'], ['فردا', '2024-05-24'], ['پس‌فردا', '2024-05-25'],
    ['روز گذشته', '2024-05-22'], ['today', '2024-05-23'], ['yesterday', '2024-05-22'], ['the day before yesterday', '2024-05-21'],
    ['tomorrow', '2024-05-24'], ['the day after tomorrow', '2024-05-25'],
  ])('%s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['الأسبوع الماضي', '2024-05-13/2024-05-19'],
    ['هفته گذشته', '2024-05-13/2024-05-19'],
    ['الشهر المقبل', '2024-06'],
    ['ماه آینده', '2024-06'],
    ['next month', '2024-06'],
    ['العام الماضي', '2023'],
    ['سال گذشته', '2023'],
    ['last year', '2023'],
    ['هذا العام', '2024'],
    ['العام الجاري', '2024'],
    ['امسال', '2024'],
    ['پارسال', '2023'],
  ])('last/this/next period: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['قبل ثلاثة أيام', '2024-05-20'],
    ['منذ أسبوعين', '2024-05-09'],
    ['بعد شهرين', '2024-07-23'],
    ['قبل 30 عاما', '1994-05-23'],
    ['۳ روز پیش', '2024-05-20'],
    ['دو هفته قبل', '2024-05-09'],
    ['ده سال پیش', '2014-05-23'],
    ['two weeks ago', '2024-05-09'],
  ])('N units ago/later: %s', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['شهر يناير الماضي', '2024-01'],
    ['دجنبر المقبل', '2024-12'],
    ['الخامس من يونيو الماضي', '2023-06-05'],
    ['أوائل أبريل الجاري', '2024-04'],
  ])('month with a direction word: %s', (text, expected) => expect(value(text)).toBe(expected));

  it('needs a reference for relative dates', () => {
    expect(normalizeDate('أمس')).toBeNull();
  });
});

describe('parts of the day', () => {
  it.each([
    ['صباح اليوم', '2024-05-23', 'morning'],
    ['ظهر اليوم', '2024-05-23', 'noon'],
    ['بعد ظهر يوم الخميس', '2024-05-23', 'afternoon'],
    ['مساء أمس', '2024-05-22', 'evening'],
    ['ليلة أمس', '2024-05-22', 'night'],
    ['صبح امروز', '2024-05-23', 'morning'],
    ['بعدازظهر امروز', '2024-05-23', 'afternoon'],
    ['عصر دیروز (چهارشنبه)', '2024-05-22', 'afternoon'],
    ['شب گذشته', '2024-05-22', null],
    ['Monday evening', '2024-05-20', 'evening'],
    ['Tuesday afternoon', '2024-05-21', 'afternoon'],
  ])('%s', (text, expected, part) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.partOfDay ?? null).toBe(part);
  });
});

describe('forms of the peers\' test suites', () => {
  const duckling = { referenceDate: '2013-02-12', prefer: 'future' as const };
  it.each([
    ['Thu 15th', '2013-08-15'],
    ['Jul 18, Fri', '2014-07-18'],
    ['first tuesday of october', '2013-10-01'],
    ['اخر اثنين من شهر اذار', '2013-03-25'],
    ['last day of october 2015', '2015-10-31'],
    ['الاسبوع الاول من شهر عشرة 2014', '2014-10-06/2014-10-12'],
    ['خلال اسبوعين', '2013-02-12/2013-02-26'],
    ['upcoming two days', '2013-02-14'],
    ['20 of next month', '2013-03-20'],
  ])('%s', (text, expected) => expect(normalizeDate(text, duckling)?.value).toBe(expected));

  it('reads a bare list of durations as time ago', () => {
    expect(normalizeDate('1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة', { referenceDate: '2014-09-01' })?.value).toBe('2013-07-24');
  });

  it('gives a time of day the reference day', () => {
    expect(normalizeDate('الساعة 3 صباحا', { referenceDate: '2013-02-12' })?.value).toBe('2013-02-12');
    expect(normalizeDate('15:15', { referenceDate: '2013-02-12' })?.value).toBe('2013-02-12');
    expect(normalizeDate('15:15')).toBeNull();
  });
});
