import type { Day } from '../common/day';

/**
 * The Hindu lunisolar calendar (amānta months, tithis, nakshatras, sidereal solar ingresses),
 * computed rather than tabulated so that any year resolves. Facts:
 * - Sun and Moon positions: the truncated series of J. Meeus, "Astronomical Algorithms" (2nd ed.),
 *   chapters 25 and 47 (the largest periodic terms, good to a few hundredths of a degree, i.e. a
 *   tithi boundary to within about ten minutes).
 * - Sidereal longitudes with the Lahiri (Chitrapaksha) ayanāṃśa adopted by the Indian Calendar
 *   Reform Committee (23°51′ at J2000, 50.29″ a year).
 * - Rules of the calendar (a tithi is 12° of Moon–Sun elongation; an amānta month runs from new
 *   moon to new moon and is named by the solar sign the Sun enters within it, Chaitra for Meṣa;
 *   a month in which the Sun enters no sign is adhika and the festival keeps to the regular one;
 *   a festival is kept on the day whose observance time falls in its tithi) as published in the
 *   Rashtriya Panchang and set out in Reingold & Dershowitz, "Calendrical Calculations".
 * Times are for New Delhi (28.61° N, 77.21° E) in Indian Standard Time (UTC+5:30).
 */

const RAD = Math.PI / 180;
const LAT = 28.61;
const LON = 77.21;
const IST = 5.5 / 24;

/** Where in the local day a festival is observed. */
export type Observance = 'sunrise' | 'noon' | 'afternoon' | 'sunset' | 'evening' | 'moonrise' | 'midnight';

const norm = (a: number) => ((a % 360) + 360) % 360;

/** Julian day (UT) of a Gregorian day at 0h UT. */
export function julianDay(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 864e5 + 2440587.5;
}

function dayOfJulian(jd: number): Day {
  const t = new Date(Math.round((jd - 2440587.5) * 864e5));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Apparent tropical longitude of the Sun, degrees. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t;
  const m = (357.52911 + 35999.05029 * t) * RAD;
  const c = (1.914602 - 0.004817 * t) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  return norm(l0 + c - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * RAD));
}

// Periodic terms of the Moon's longitude: multiples of D, M, M′, F and the amplitude in 1e-6 degrees.
const MOON_TERMS: readonly (readonly [number, number, number, number, number])[] = [
  [0, 0, 1, 0, 6288774], [2, 0, -1, 0, 1274027], [2, 0, 0, 0, 658314], [0, 0, 2, 0, 213618], [0, 1, 0, 0, -185116],
  [0, 0, 0, 2, -114332], [2, 0, -2, 0, 58793], [2, -1, -1, 0, 57066], [2, 0, 1, 0, 53322], [2, -1, 0, 0, 45758],
  [0, 1, -1, 0, -40923], [1, 0, 0, 0, -34720], [0, 1, 1, 0, -30383], [2, 0, 0, -2, 15327], [0, 0, 1, 2, -12528],
  [0, 0, 1, -2, 10980], [4, 0, -1, 0, 10675], [0, 0, 3, 0, 10034], [4, 0, -2, 0, 8548], [2, 1, -1, 0, -7888],
  [2, 1, 0, 0, -6766], [1, 0, -1, 0, -5163], [1, 1, 0, 0, 4987], [2, -1, 1, 0, 4036], [2, 0, 2, 0, 3994],
  [4, 0, 0, 0, 3861], [2, 0, -3, 0, 3665], [0, 1, -2, 0, -2689], [2, 0, -1, 2, -2602], [2, -1, -2, 0, 2390],
  [1, 0, 1, 0, -2348], [2, -2, 0, 0, 2236], [0, 1, 2, 0, -2120], [0, 2, 0, 0, -2069],
];

/** Apparent tropical longitude of the Moon, degrees (nutation left out: it cancels in elongations). */
function moonLongitude(jd: number): number {
  const t = (jd - 2451545) / 36525;
  const lp = 218.3164477 + 481267.88123421 * t;
  const d = (297.8501921 + 445267.1114034 * t) * RAD;
  const m = (357.5291092 + 35999.0502909 * t) * RAD;
  const mp = (134.9633964 + 477198.8675055 * t) * RAD;
  const f = (93.272095 + 483202.0175233 * t) * RAD;
  const e = 1 - 0.002516 * t;
  let sum = 0;
  for (const [a, b, c, g, amp] of MOON_TERMS) {
    const ecc = b === 0 ? 1 : b === 1 || b === -1 ? e : e * e;
    sum += amp * ecc * Math.sin(a * d + b * m + c * mp + g * f);
  }
  const a1 = (119.75 + 131.849 * t) * RAD;
  const a2 = (53.09 + 479264.29 * t) * RAD;
  sum += 3958 * Math.sin(a1) + 1962 * Math.sin(lp * RAD - f) + 318 * Math.sin(a2);
  return norm(lp + sum / 1e6 - 0.00569 - 0.00478 * Math.sin((125.04 - 1934.136 * t) * RAD));
}

function ayanamsa(jd: number): number {
  return 23.853 + ((jd - 2451545) / 365.25) * (50.29 / 3600);
}

export function siderealSun(jd: number): number {
  return norm(sunLongitude(jd) - ayanamsa(jd));
}

function siderealMoon(jd: number): number {
  return norm(moonLongitude(jd) - ayanamsa(jd));
}

/** Moon–Sun elongation, 0–360 degrees. */
function elongation(jd: number): number {
  return norm(moonLongitude(jd) - sunLongitude(jd));
}

/** The instant near `guess` at which the elongation reaches `target` degrees. */
function elongationAt(target: number, guess: number): number {
  let jd = guess;
  for (let k = 0; k < 8; k++) {
    const diff = ((elongation(jd) - target + 540) % 360) - 180;
    jd -= diff / 12.19;
    if (Math.abs(diff) < 1e-5) break;
  }
  return jd;
}

/** The instant near `guess` at which the Sun's sidereal longitude reaches `target` degrees. */
export function solarIngress(target: number, guess: number): number {
  let jd = guess;
  for (let k = 0; k < 8; k++) {
    const diff = ((siderealSun(jd) - target + 540) % 360) - 180;
    jd -= diff / 0.9856;
    if (Math.abs(diff) < 1e-6) break;
  }
  return jd;
}

/** The new moon at or before `jd`. */
function newMoonBefore(jd: number): number {
  let nm = elongationAt(0, jd - elongation(jd) / 12.19);
  if (nm > jd) nm = elongationAt(0, nm - 29.53);
  return nm;
}

/** Local sunrise and sunset at New Delhi, as fractions of the IST day. */
function sunTimes(d: Day): [number, number] {
  const jd = julianDay(d) + 0.25;
  const lambda = sunLongitude(jd) * RAD;
  const decl = Math.asin(Math.sin(23.44 * RAD) * Math.sin(lambda));
  const cosH = (Math.sin(-0.833 * RAD) - Math.sin(LAT * RAD) * Math.sin(decl)) / (Math.cos(LAT * RAD) * Math.cos(decl));
  const half = Math.acos(Math.max(-1, Math.min(1, cosH))) / RAD / 360;
  const n = jd - julianDay({ year: d.year, month: 1, day: 1 });
  const b = (2 * Math.PI * (n - 81)) / 365;
  const eotMinutes = 9.87 * Math.sin(2 * b) - 7.53 * Math.cos(b) - 1.5 * Math.sin(b);
  const noon = 0.5 + (82.5 - LON) / 360 - eotMinutes / 1440;
  return [noon - half, noon + half];
}

/** The UT Julian day of a festival's observance time on local day `d`. */
function observedAt(d: Day, when: Observance): number {
  const [rise, set] = sunTimes(d);
  const frac =
    when === 'sunrise' ? rise
      : when === 'noon' ? (rise + set) / 2
        : when === 'afternoon' ? rise + 0.7 * (set - rise)
          : when === 'sunset' ? set
            : when === 'evening' ? set + 0.05
              : when === 'moonrise' ? set + 0.1
                : (set + 1 + rise) / 2;
  return julianDay(d) - IST + frac;
}

/** Amānta months starting in [from, to): start instant, end instant and name index (0 = Chaitra; -1 = adhika). */
function lunarMonths(from: number, to: number): { start: number; end: number; name: number }[] {
  const out: { start: number; end: number; name: number }[] = [];
  let start = newMoonBefore(from);
  while (start < to) {
    const end = elongationAt(0, start + 29.53);
    const signStart = Math.floor(siderealSun(start) / 30);
    const signEnd = Math.floor(siderealSun(end) / 30);
    out.push({ start, end, name: signStart === signEnd ? -1 : signEnd });
    start = end;
  }
  return out;
}

/** The local (IST) civil day of a UT instant. */
function localDay(jd: number): Day {
  return dayOfJulian(Math.floor(jd + IST - 0.5) + 0.5);
}

function shiftDay(d: Day, n: number): Day {
  return dayOfJulian(julianDay(d) + n);
}

/**
 * Days in Gregorian `year` on which tithi `tithi` (1–30; 15 = pūrṇimā, 30 = amāvasyā) of amānta
 * month `month` (0 = Chaitra … 11 = Phālguna) is kept, observed at `when`. A tithi that spans two
 * observance times is kept on the first; one that spans none (kṣaya) on the day it runs through.
 */
export function tithiDays(year: number, month: number, tithi: number, when: Observance): Day[] {
  const months = lunarMonths(julianDay({ year: year - 1, month: 12, day: 1 }), julianDay({ year: year + 1, month: 1, day: 31 }));
  const out: Day[] = [];
  for (const m of months) {
    if (m.name !== month) continue;
    const a = elongationAt((tithi - 1) * 12, m.start + (tithi - 1) * 0.985);
    const b = elongationAt((tithi * 12) % 360, m.start + tithi * 0.985);
    let d = localDay(a);
    if (observedAt(d, when) < a) d = shiftDay(d, 1);
    if (observedAt(d, when) >= b) d = shiftDay(d, -1);
    if (d.year === year) out.push(d);
  }
  return out;
}

/**
 * The day in Gregorian `year` a solar month begins, the Sun entering sidereal longitude `degrees`:
 * the day of the ingress when it falls before `cutoff`, else the next. Tamil Nadu counts to sunset
 * (Pongal), Punjab to midnight (Vaisakhi).
 */
export function sankrantiDay(year: number, degrees: number, cutoff: 'sunset' | 'midnight' = 'sunset'): Day {
  const approx = julianDay({ year, month: 4, day: 14 }) + (degrees / 360) * 365.2422;
  let jd = solarIngress(degrees, approx);
  if (localDay(jd).year !== year) jd = solarIngress(degrees, approx + (localDay(jd).year < year ? 365.2422 : -365.2422));
  const d = localDay(jd);
  const limit = cutoff === 'sunset' ? observedAt(d, 'sunset') : julianDay(d) - IST + 1;
  return limit > jd ? d : shiftDay(d, 1);
}

/** The local day of a sidereal solar ingress in `year`, for calendars that count from it. */
export function ingressDay(year: number, degrees: number): Day {
  const approx = julianDay({ year, month: 4, day: 14 }) + (degrees / 360) * 365.2422;
  return localDay(solarIngress(degrees, approx));
}

/**
 * The day in `year` whose sunrise falls in nakshatra `star` (0 = Aśvinī … 26 = Revatī) while the
 * Sun is in sidereal sign `sign` (0 = Meṣa): Onam is Thiruvōṇam (Śravaṇa, 21) in Chiṅṅam (Siṃha, 4).
 */
export function nakshatraDays(year: number, sign: number, star: number): Day[] {
  const first = localDay(solarIngress(sign * 30, julianDay({ year, month: 4, day: 14 }) + sign * 30.44));
  const out: Day[] = [];
  for (let k = 0; k < 32; k++) {
    const d = shiftDay(first, k);
    // A star names the day when it still holds six nāḻika (2 h 24 min) after sunrise, the Kerala rule.
    const jd = observedAt(d, 'sunrise') + 0.1;
    if (Math.floor(siderealSun(jd) / 30) !== sign) continue;
    if (Math.floor(siderealMoon(jd) / (360 / 27)) === star) {
      out.push(d);
      break;
    }
  }
  return out;
}
