import { extractMeetings } from '../../src/index';
import { expectSpansExact, participant, readSeed } from './helpers';

// Xinhua Arabic, Astana: one sentence announces four bilateral meetings, each named in its own paragraph; "هنا" is the dateline city.
const text = readSeed('001_3b5690dba6b50ad7.txt');
const meetings = extractMeetings(text, { referenceDate: '2024-05-20' });
const counterparts = [
  ['Sergey Lavrov', 'RU'],
  ['Sergei Aleinik', 'BY'],
  ['Jeenbek Kulubaev', 'KG'],
  ['Bakhtiyor Saidov', 'UZ'],
] as const;

describe('seed 001: Wang Yi meets four foreign ministers in Astana', () => {
  it('reports the four bilateral meetings first, in text order', () => {
    const main = meetings.slice(0, 4);
    expect(main.map((m) => m.participants.find((p) => p.canonical !== 'Wang Yi')?.canonical)).toEqual(counterparts.map(([name]) => name));
  });

  it.each(counterparts.map((c, i) => [i, ...c] as const))('meeting %i: Wang Yi and %s (%s)', (i, name, country) => {
    const m = meetings[i]!;
    expect(m.participants).toHaveLength(2);
    const wang = participant(m, 'Wang Yi');
    expect(wang.role).toBe('foreign-minister');
    expect(wang.country).toBe('CN');
    const other = participant(m, name);
    expect(other.role).toBe('foreign-minister');
    expect(other.country).toBe(country);
    expect(m.date?.value).toBe('2024-05-20');
    expect(m.location?.canonical).toBe('Astana');
    expect(m.location?.country).toBe('KZ');
    expect(m.modality).toBe('in-person');
    expect(m.status).toBe('held');
    expect(m.attendees).toEqual([]);
    expect(m.context).toContain('على هامش');
    expectSpansExact(text, m);
  });

  it('merges each announcement with the paragraph that names the counterpart', () => {
    for (const m of meetings.slice(0, 4)) expect(m.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it('does not turn the past state visits into meetings with Wang Yi', () => {
    const withPutin = meetings.filter((m) => m.participants.some((p) => p.canonical === 'Vladimir Putin'));
    const withMirziyoyev = meetings.filter((m) => m.participants.some((p) => p.canonical === 'Shavkat Mirziyoyev'));
    expect(withPutin).toEqual([]);
    expect(withMirziyoyev).toEqual([]);
  });
});
