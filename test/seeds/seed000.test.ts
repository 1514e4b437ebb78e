import { extractMeetings } from '../../src/index';
import { expectSpansExact, nameKeyForTest, participant, readSeed } from './helpers';

// Xinhua Arabic, Samarkand: dateline with city, country and date; weekday and part of day; a venue; attendees joined by و.
const text = readSeed('000_b20aac08ffbfa435.txt');
const meetings = extractMeetings(text, { referenceDate: '2022-09-15' });

describe('seed 000: Xi Jinping meets Alexander Lukashenko in Samarkand', () => {
  it('reports one meeting', () => {
    expect(meetings).toHaveLength(1);
  });

  const m = meetings[0]!;
  it('names both presidents with their full names, roles and countries', () => {
    expect(m.participants).toHaveLength(2);
    const xi = participant(m, 'Xi Jinping');
    expect(nameKeyForTest(xi.name)).toBe(nameKeyForTest('شي جين بينغ'));
    expect(xi.role).toBe('head-of-state');
    expect(xi.country).toBe('CN');
    expect(xi.title).toContain('الرئيس');
    const lukashenko = participant(m, 'Alexander Lukashenko');
    expect(nameKeyForTest(lukashenko.name)).toBe(nameKeyForTest('ألكسندر لوكاشينكو'));
    expect(lukashenko.role).toBe('head-of-state');
    expect(lukashenko.country).toBe('BY');
  });

  it('dates it Thursday 15 September 2022, in the afternoon', () => {
    expect(m.date?.value).toBe('2022-09-15');
    expect(m.date?.precision).toBe('day');
    expect(m.date?.partOfDay).toBe('afternoon');
  });

  it('places it in Samarkand, Uzbekistan, at the Forumlar Majmuasi complex', () => {
    expect(m.location?.canonical).toBe('Samarkand');
    expect(m.location?.country).toBe('UZ');
    expect(m.location?.venue).toContain('فورملار');
  });

  it('is an in-person meeting that was held', () => {
    expect(m.modality).toBe('in-person');
    expect(m.status).toBe('held');
  });

  it('lists the four attendees', () => {
    const names = m.attendees.map((a) => a.canonical ?? nameKeyForTest(a.name));
    expect(names).toEqual(expect.arrayContaining(['Ding Xuexiang', 'Yang Jiechi', 'Wang Yi', 'He Lifeng']));
    expect(m.attendees).toHaveLength(4);
  });

  it('returns exact spans into the input', () => {
    expectSpansExact(text, m);
    expect(m.evidence[0]!.text).toContain('التقى');
  });
});
