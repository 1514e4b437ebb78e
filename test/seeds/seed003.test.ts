import { extractMeetings } from '../../src/index';
import { expectSpansExact, participant, readSeed } from './helpers';

// Xinhua Arabic: a virtual meeting dated only "بعد ظهر اليوم (الجمعة)"; site boilerplate at the end.
const text = readSeed('003_519ad53a011d0ed8.txt');
const meetings = extractMeetings(text, { referenceDate: '2022-12-30' });

describe('seed 003: Xi Jinping and Vladimir Putin by video link', () => {
  it('reports one meeting for the headline, the lead and every later mention', () => {
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  const m = meetings[0]!;
  it('names both presidents', () => {
    expect(m.participants).toHaveLength(2);
    for (const [name, country] of [['Xi Jinping', 'CN'], ['Vladimir Putin', 'RU']] as const) {
      const p = participant(m, name);
      expect(p.role).toBe('head-of-state');
      expect(p.country).toBe(country);
    }
  });

  it('dates it to the publication day, Friday 30 December 2022, afternoon', () => {
    expect(m.date?.value).toBe('2022-12-30');
    expect(m.date?.partOfDay).toBe('afternoon');
  });

  it('is virtual, held, stated from Beijing', () => {
    expect(m.modality).toBe('virtual');
    expect(m.status).toBe('held');
    expect(m.location?.canonical).toBe('Beijing');
    expect(m.location?.country).toBe('CN');
  });

  it('lists Wang Yi and He Lifeng as attendees', () => {
    expect(m.attendees.map((a) => a.canonical)).toEqual(['Wang Yi', 'He Lifeng']);
    expectSpansExact(text, m);
  });
});
