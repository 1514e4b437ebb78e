import { CalendarDate, HebrewCalendar, toCalendar, GregorianCalendar } from '@internationalized/date';
import type { Day } from '../common/day';
import { addDays, isoWeekday, toGregorian, fromGregorian } from './dayMath';
import { tithiDays, sankrantiDay, ingressDay, nakshatraDays, type Observance } from './lunisolar';

/**
 * Holiday rules: the day a holiday falls on in a given Gregorian year (or null). Facts: the
 * Gregorian computus (Meeus/Jones/Butcher) and the Julian computus for Orthodox Easter, US federal
 * holiday rules (5 U.S.C. 6103), the Umm al-Qura calendar for Islamic feasts, the Solar Hijri
 * calendar for Nowruz and Yalda, the Hebrew calendar for Jewish holidays, and the Chinese
 * calendar of ICU (through Intl) for the lunar new year, and the Hindu lunisolar calendar of
 * ./lunisolar for Indian, Sikh and Buddhist festivals (each kept at the time of day its rule names:
 * pradoṣa for Diwali and Holika Dahan, niśītha for Janmashtami and Shivaratri, aparāhṇa for
 * Bhai Dooj and Dussehra, madhyāhna for Ganesh Chaturthi and Ram Navami, moonrise for Karva Chauth).
 */
export type HolidayRule = (year: number) => Day[];

function fixed(month: number, day: number): HolidayRule {
  return (year) => [{ year, month, day }];
}

/** The nth (1-based; -1 = last) `weekday` of a Gregorian month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day | null {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const delta = (weekday - isoWeekday(first) + 7) % 7;
    const d = addDays(first, delta + 7 * (n - 1));
    return d.month === month ? d : null;
  }
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  const delta = (isoWeekday(last) - weekday + 7) % 7;
  const d = addDays(last, -delta - 7 * (-n - 1));
  return d.month === month ? d : null;
}

function nth(month: number, weekday: number, n: number, shift = 0): HolidayRule {
  return (year) => {
    const d = nthWeekday(year, month, weekday, n);
    return d ? [addDays(d, shift)] : [];
  };
}

function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function orthodoxEaster(year: number): Day {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian to Gregorian: the calendars differ by 13 days from 1900 to 2099.
  const julianOffset = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return addDays({ year, month, day }, julianOffset);
}

function fromEaster(shift: number, orthodox = false): HolidayRule {
  return (year) => [addDays(orthodox ? orthodoxEaster(year) : easter(year), shift)];
}

/** Every Gregorian day in `year` on which the Islamic date month/day falls (zero, one or two). */
function islamic(month: number, day: number, shift = 0): HolidayRule {
  return (year) => {
    const out: Day[] = [];
    const startH = fromGregorian('islamic', { year, month: 1, day: 1 }).year;
    for (let hy = startH; hy <= startH + 1; hy++) {
      const g = toGregorian('islamic', hy, month, day);
      if (g) {
        const d = addDays(g, shift);
        if (d.year === year) out.push(d);
      }
    }
    return out;
  };
}

function lastFridayOfRamadan(year: number): Day[] {
  return islamic(9, 1)(year).map((start) => {
    const startH = fromGregorian('islamic', start);
    let end = addDays(start, 28);
    if (toGregorian('islamic', startH.year, 9, 30)) end = addDays(start, 29);
    const delta = (isoWeekday(end) - 5 + 7) % 7;
    return addDays(end, -delta);
  });
}

function persian(month: number, day: number): HolidayRule {
  return (year) => {
    const py = fromGregorian('persian', { year, month: 12, day: 31 }).year;
    const out: Day[] = [];
    for (const y of [py - 1, py]) {
      const g = toGregorian('persian', y, month, day);
      if (g && g.year === year) out.push(g);
    }
    return out;
  };
}

let hebrew: HebrewCalendar | null = null;

/** Hebrew months by name position in a common year (Tishri = 1); Adar-and-later shift in a leap year. */
function jewish(month: number, day: number, fix?: (d: Day) => Day): HolidayRule {
  return (year) => {
    const cal = (hebrew ??= new HebrewCalendar());
    const out: Day[] = [];
    for (const hy of [year + 3760, year + 3761]) {
      const leap = cal.getMonthsInYear(new CalendarDate(cal, hy, 1, 1)) === 13;
      const m = leap && month >= 6 ? month + 1 : month;
      const g = toCalendar(new CalendarDate(cal, hy, m, day), new GregorianCalendar());
      let d: Day = { year: g.year, month: g.month, day: g.day };
      if (fix) d = fix(d);
      // A Jewish holiday begins at sunset: it is dated by the evening it starts, as calendars list it.
      d = addDays(d, -1);
      if (d.year === year) out.push(d);
    }
    return out;
  };
}

let chineseFormat: Intl.DateTimeFormat | null = null;
// Finding the lunar new year scans a month of days through Intl: remember each year's answer.
let chineseYears: Map<number, Day[]> | null = null;

function chineseNewYear(year: number): Day[] {
  chineseYears ??= new Map();
  let found = chineseYears.get(year);
  if (!found) {
    found = scanChineseNewYear(year);
    chineseYears.set(year, found);
  }
  return found;
}

function scanChineseNewYear(year: number): Day[] {
  try {
    chineseFormat ??= new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
    for (let d: Day = { year, month: 1, day: 20 }; d.month < 3; d = addDays(d, 1)) {
      const parts = chineseFormat.formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
      const month = parts.find((p) => p.type === 'month')?.value;
      const day = parts.find((p) => p.type === 'day')?.value;
      if (month === '1' && day === '1') return [d];
    }
  } catch {
    // An Intl without the Chinese calendar simply knows no lunar new year.
  }
  return [];
}

function kingsDay(year: number): Day[] {
  const d = { year, month: 4, day: 27 };
  return [isoWeekday(d) === 7 ? addDays(d, -1) : d];
}

function bossDay(year: number): Day[] {
  const d = { year, month: 10, day: 16 };
  const wd = isoWeekday(d);
  return [wd === 6 ? addDays(d, -1) : wd === 7 ? addDays(d, 1) : d];
}

function parsiNewYear(year: number): Day[] {
  // The Shahenshahi year has 365 days and no leap day, so it moves against the Gregorian one.
  return [addDays({ year: 2018, month: 8, day: 17 }, 365 * (year - 2018))].filter((d) => d.year === year);
}

// The years kept in an array by `remembered`: those news dates events in.
const NEAR_FROM = 1900;
const NEAR_YEARS = 300;

/**
 * An astronomical rule costs thousands of series terms: each year's answer is kept. The truncated
 * series and the linear ayanāṃśa hold for a few centuries around 2000, so other years know none.
 */
function remembered(rule: HolidayRule, from = 1800, to = 2200): HolidayRule {
  // The years news asks about lie near one another: those are kept in an array by year (a read
  // of a slot), the others in a map.
  let near: (Day[] | undefined)[] | null = null;
  const seen = new Map<number, Day[]>();
  const answer = (year: number) => (Number.isInteger(year) && year >= from && year <= to ? rule(year) : []);
  const out: HolidayRule = (year) => {
    const slot = year - NEAR_FROM;
    if ((slot | 0) === slot && slot >= 0 && slot < NEAR_YEARS) {
      near ??= new Array<Day[] | undefined>(NEAR_YEARS);
      return (near[slot] ??= answer(year));
    }
    let days = seen.get(year);
    if (!days) {
      days = answer(year);
      seen.set(year, days);
    }
    return days;
  };
  return out;
}

/** Tithi `tithi` (1–30) of amānta month `month` (0 = Chaitra), kept at `when`, moved by `shift` days. */
function hindu(month: number, tithi: number, when: Observance, shift = 0): HolidayRule {
  return remembered((year) => tithiDays(year, month, tithi, when).map((d) => addDays(d, shift)));
}

/** The day a sidereal solar month begins (0° = Meṣa), moved by `shift` days; see `sankrantiDay` for `cutoff`. */
function sankranti(degrees: number, shift = 0, cutoff: 'sunset' | 'midnight' = 'sunset'): HolidayRule {
  return remembered((year) => [addDays(sankrantiDay(year, degrees, cutoff), shift)]);
}

/** 25 Boishakh of the Bengali calendar, whose months start the day after the Sun's ingress. */
function rabindraJayanti(year: number): Day[] {
  return [addDays(ingressDay(year, 0), 25)];
}

let rules: Map<string, HolidayRule> | null = null;

/** The rule of a holiday id. Rules are pure in the year, so every answer is kept (the returned days are shared: read only). */
export function holidayRule(id: string): HolidayRule | undefined {
  rules ??= keptRules([
    ['christmas', fixed(12, 25)], ['new-year', fixed(1, 1)], ['new-years-eve', fixed(12, 31)], ['valentine', fixed(2, 14)],
    ['halloween', fixed(10, 31)], ['st-patrick', fixed(3, 17)], ['world-vegan-day', fixed(11, 1)], ['ides-of-march', fixed(3, 15)],
    ['us-independence', fixed(7, 4)], ['kings-day', kingsDay], ['boss-day', bossDay], ['parsi-new-year', parsiNewYear],
    ['mlk', nth(1, 1, 3)], ['thanksgiving', nth(11, 4, 4)], ['black-friday', nth(11, 4, 4, 1)], ['labor-day', nth(9, 1, 1)],
    ['memorial-day', nth(5, 1, -1)], ['mothers-day', nth(5, 7, 2)], ['fathers-day', nth(6, 7, 3)],
    ['easter', fromEaster(0)], ['easter-monday', fromEaster(1)], ['good-friday', fromEaster(-2)], ['maundy-thursday', fromEaster(-3)],
    ['palm-sunday', fromEaster(-7)], ['shrove-tuesday', fromEaster(-47)], ['pentecost', fromEaster(49)], ['whit-monday', fromEaster(50)],
    ['orthodox-easter', fromEaster(0, true)], ['orthodox-good-friday', fromEaster(-2, true)], ['clean-monday', fromEaster(-48, true)],
    ['eid-al-fitr', islamic(10, 1)], ['eid-al-adha', islamic(12, 10)], ['islamic-new-year', islamic(1, 1)], ['ashura', islamic(1, 10)],
    ['tasua', islamic(1, 9)], ['mawlid', islamic(3, 12)], ['arafah', islamic(12, 9)], ['laylat-al-qadr', islamic(9, 27)],
    ['isra-miraj', islamic(7, 27)], ['ramadan', islamic(9, 1)], ['ghadir', islamic(12, 18)], ['jumuatul-wida', lastFridayOfRamadan],
    ['nowruz', persian(1, 1)], ['sizdah-bedar', persian(1, 13)], ['yalda', persian(9, 30)],
    ['rosh-hashanah', jewish(1, 1)], ['yom-kippur', jewish(1, 10)], ['shemini-atzeret', jewish(1, 22)], ['hanukkah', jewish(3, 25)],
    ['tu-bishvat', jewish(5, 15)], ['purim', jewish(6, 14)], ['shushan-purim', jewish(6, 15)], ['passover', jewish(7, 15)],
    ['lag-baomer', jewish(8, 18)], ['tisha-bav', jewish(11, 9, (d) => (isoWeekday(d) === 6 ? addDays(d, 1) : d))],
    ['yom-hashoah', jewish(7, 27, (d) => { const wd = isoWeekday(d); return wd === 5 ? addDays(d, -1) : wd === 7 ? addDays(d, 1) : d; })],
    ['chinese-new-year', chineseNewYear],
    ['ugadi', hindu(0, 1, 'sunrise')], ['ram-navami', hindu(0, 9, 'noon')], ['mahavir-jayanti', hindu(0, 13, 'sunrise')],
    ['hanuman-jayanti', hindu(0, 15, 'sunrise')], ['akshaya-tritiya', hindu(1, 3, 'sunrise')], ['vesak', hindu(1, 15, 'moonrise')],
    ['ratha-yatra', hindu(3, 2, 'sunrise')], ['guru-purnima', hindu(3, 15, 'sunrise')], ['raksha-bandhan', hindu(4, 15, 'afternoon')],
    ['janmashtami', hindu(4, 23, 'midnight')], ['ganesh-chaturthi', hindu(5, 4, 'noon')], ['navaratri', hindu(6, 1, 'sunrise')],
    ['maha-saptami', hindu(6, 7, 'sunrise')], ['maha-ashtami', hindu(6, 8, 'sunrise')], ['maha-navami', hindu(6, 9, 'sunrise')],
    ['dussehra', hindu(6, 10, 'afternoon')], ['valmiki-jayanti', hindu(6, 15, 'sunrise')], ['karva-chauth', hindu(6, 19, 'moonrise')],
    ['dhanteras', hindu(6, 28, 'evening')], ['naraka-chaturdashi', hindu(6, 29, 'evening')], ['diwali', hindu(6, 30, 'evening')],
    ['govardhan-puja', hindu(7, 1, 'sunrise')], ['bhai-dooj', hindu(7, 2, 'afternoon')], ['chhath', hindu(7, 6, 'sunset')],
    ['guru-nanak-jayanti', hindu(7, 15, 'sunrise')], ['guru-gobind-singh-jayanti', hindu(9, 7, 'sunrise')],
    ['vasant-panchami', hindu(10, 5, 'sunrise')], ['guru-ravidas-jayanti', hindu(10, 15, 'sunrise')],
    ['maha-shivaratri', hindu(10, 29, 'midnight')], ['holika-dahan', hindu(11, 15, 'evening')], ['holi', hindu(11, 15, 'evening', 1)],
    ['lohri', sankranti(270, -1)], ['bhogi', sankranti(270, -1)], ['makar-sankranti', sankranti(270)], ['mattu-pongal', sankranti(270, 1)],
    ['kaanum-pongal', sankranti(270, 2)], ['vaisakhi', sankranti(0, 0, 'midnight')], ['rabindra-jayanti', remembered(rabindraJayanti)],
    ['onam', remembered((year) => nakshatraDays(year, 4, 21))],
  ]);
  return rules.get(id);
}

function keptRules(entries: [string, HolidayRule][]): Map<string, HolidayRule> {
  // Calendar conversions build objects per call: keep each year's answer of every rule (the
  // astronomical ones, kept already for their own range, answer none outside it).
  return new Map(entries.map(([id, rule]) => [id, remembered(rule, 1, 9999)]));
}
