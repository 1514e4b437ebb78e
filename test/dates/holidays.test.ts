import { normalizeDate } from '../../src/dates/index';

describe('holidays', () => {
  const ref = { referenceDate: '2024-05-23' };
  it.each([
    ['عيد الفطر', '2024-04-10', 'islamic'],
    ['عيد الأضحى', '2024-06-16', 'islamic'],
    ['رأس السنة الهجرية', '2024-07-07', 'islamic'],
    ['المولد النبوي', '2024-09-15', 'islamic'],
    ['يوم عرفة', '2024-06-15', 'islamic'],
    ['نوروز', '2024-03-20', 'persian'],
    ['شب یلدا', '2024-12-20', 'persian'],
    ['عيد الفطر 2013', '2013-08-08', 'islamic'],
    ['Easter 2013', '2013-03-31', 'gregory'],
    ['thanksgiving 2014', '2014-11-27', 'gregory'],
  ])('%s', (text, expected, calendar) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.calendar).toBe(calendar);
  });

  it('the next occurrence when looking forward', () => {
    expect(normalizeDate('عيد الفطر', { referenceDate: '2024-05-23', prefer: 'future' })?.value).toBe('2025-03-30');
  });
});

describe('dates placed from another date', () => {
  const ref = { referenceDate: '2013-02-12' };
  it.each([
    ['three days after Easter 2013', '2013-04-03'],
    ['two weeks before 4 May 2024', '2024-04-20'],
    ['third tuesday after christmas 2014', '2015-01-13'],
  ])('%s', (text, expected) => expect(normalizeDate(text, ref)?.value).toBe(expected));
});

describe('calendar facts behind the holiday rules', () => {
  it('dates a Jewish holiday by the evening it begins', () => {
    expect(normalizeDate('shemini atzeret 2018')?.value).toBe('2018-09-30');
  });
  it('finds the lunar new year through the Chinese calendar', () => {
    expect(normalizeDate('chinese new year 2018')?.value).toBe('2018-02-16');
  });
  it('counts US holidays by weekday rules', () => {
    expect(normalizeDate('MLK day 2013')?.value).toBe('2013-01-21');
    expect(normalizeDate('black friday 2017')?.value).toBe('2017-11-24');
  });
});
