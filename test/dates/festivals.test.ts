import { normalizeDate, findDates } from '../../src/dates/index';
import { tithiDays, sankrantiDay } from '../../src/dates/lunisolar';

// Festival days as the Government of India's gazetted holiday lists and published panchangs
// (New Delhi) gave them; the computation is astronomical, so any year in range must resolve.
describe('Indian, Sikh and Buddhist festivals through the lunisolar calendar', () => {
  const ref = { language: 'en' as const, referenceDate: '2024-06-01' };
  it.each([
    ['Diwali 2015', '2015-11-11'],
    ['Diwali 2020', '2020-11-14'],
    ['Deepavali in 2022', '2022-10-24'],
    ['Diwali 2023', '2023-11-12'],
    ['Holi 2015', '2015-03-06'],
    ['Holi 2024', '2024-03-25'],
    ['Raksha Bandhan 2023', '2023-08-30'],
    ['Raksha Bandhan 2024', '2024-08-19'],
    ['Guru Nanak Jayanti 2023', '2023-11-27'],
    ['Navratri 2023', '2023-10-15'],
    ['Dussehra 2023', '2023-10-24'],
    ['Ganesh Chaturthi 2023', '2023-09-19'],
    ['Maha Shivaratri 2024', '2024-03-08'],
    ['Ram Navami 2024', '2024-04-17'],
    ['Janmashtami 2024', '2024-08-26'],
    ['Makar Sankranti 2024', '2024-01-15'],
    ['Vaisakhi 2018', '2018-04-14'],
    ['Vaisakhi 2024', '2024-04-13'],
    ['Onam 2023', '2023-08-29'],
    ['Karva Chauth 2023', '2023-11-01'],
  ])('%s', (text, expected) => {
    const v = normalizeDate(text, ref);
    expect(v?.value).toBe(expected);
    expect(v?.calendar).toBe('gregory');
  });

  it('a festival with a direction or a year shift', () => {
    expect(normalizeDate('next Diwali', { language: 'en', referenceDate: '2023-12-01' })?.value).toBe('2024-10-31');
    expect(normalizeDate('Diwali two years ago', { language: 'en', referenceDate: '2023-12-01' })?.value).toBe('2021-11-04');
  });

  it('is found in running text', () => {
    const found = findDates('Leaders met in New Delhi on Diwali 2023 to discuss trade.', { language: 'en', referenceDate: '2023-12-01' });
    expect(found.map((d) => d.value)).toContain('2023-11-12');
  });

  it('skips an adhika month: 2023 had an extra Shravana, so Raksha Bandhan moved to late August', () => {
    expect(tithiDays(2023, 4, 15, 'afternoon')).toEqual([{ year: 2023, month: 8, day: 30 }]);
  });

  it('a solar ingress after sunset counts from the next day', () => {
    expect(sankrantiDay(2019, 270)).toEqual({ year: 2019, month: 1, day: 15 });
    expect(sankrantiDay(2018, 270)).toEqual({ year: 2018, month: 1, day: 14 });
  });
});

describe('years in words and nearest days', () => {
  const ref = { language: 'en' as const, referenceDate: '2013-02-12' };
  it.each([
    ['Easter Sunday two thousand ten', '2010-04-04'],
    ['Christmas two thousand and nine', '2009-12-25'],
    ['Christmas nineteen ninety-five', '1995-12-25'],
    ['thanksgiving in 3 years', '2016-11-24'],
    ['thanksgiving 1 year ago', '2012-11-22'],
    ['the closest Monday to Oct 5th', '2013-10-07'],
    ['the second closest Mon to October fifth', '2013-09-30'],
    ['the closest xmas to today', '2012-12-25'],
    ['the 3rd closest xmas to today', '2011-12-25'],
    ["last week's sunday", '2013-02-10'],
    ["next week's Monday", '2013-02-18'],
    ['March in a year', '2014-03'],
    ['May two years ago', '2011-05'],
    ['the 5th last day of May', '2013-05-27'],
  ])('%s', (text, expected) => {
    expect(normalizeDate(text, ref)?.value).toBe(expected);
  });

  it('"twenty five" stays a number, not a year', () => {
    expect(normalizeDate('May twenty five', ref)?.value).toBe('2013-05-25');
  });
});
