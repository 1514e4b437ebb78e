import { extractMeetings } from '../../src/index';
import { expectSpansExact, nameKeyForTest, participant, readSeed } from './helpers';

// Persian: Persian digits, a transliterated month without year, appositions between commas, the place in a photo caption.
const text = readSeed('002_ac134246e2de49ce.txt');
const meetings = extractMeetings(text, { referenceDate: '2024-08-23' });

describe('seed 002: Li Qiang meets Roman Golovchenko in Minsk', () => {
  it('reports one meeting, merging the lead and the caption', () => {
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  const m = meetings[0]!;
  it('names both heads of government', () => {
    expect(m.participants).toHaveLength(2);
    const li = participant(m, 'Li Qiang');
    expect(nameKeyForTest(li.name)).toBe(nameKeyForTest('لی کیانگ'));
    expect(li.role).toBe('head-of-government');
    expect(li.country).toBe('CN');
    const golovchenko = participant(m, 'Roman Golovchenko');
    expect(nameKeyForTest(golovchenko.name)).toBe(nameKeyForTest('رومن گولوفچنکو'));
    expect(golovchenko.role).toBe('head-of-government');
    expect(golovchenko.country).toBe('BY');
  });

  it('dates it 22 August 2024 from "۲۲ آگوست" and the reference year', () => {
    expect(m.date?.value).toBe('2024-08-22');
    expect(m.date?.calendar).toBe('gregory');
  });

  it('places it in Minsk, Belarus', () => {
    expect(m.location?.canonical).toBe('Minsk');
    expect(m.location?.country).toBe('BY');
  });

  it('is held in person, and Xi and Lukashenko are not made to meet', () => {
    expect(m.modality).toBe('in-person');
    expect(m.status).toBe('held');
    expect(m.attendees).toEqual([]);
    expectSpansExact(text, m);
  });
});
