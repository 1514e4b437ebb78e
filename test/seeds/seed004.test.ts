import { extractMeetings } from '../../src/index';
import { expectSpansExact, participant, readSeed } from './helpers';

// Arabic wire copy: "يوم الاثنين (4 ديسمبر)" without year, "الزعيم الصيني" as title, a venue, a background meeting "في مارس".
const text = readSeed('004_43c4516dff54aee9.txt');
const meetings = extractMeetings(text, { referenceDate: '2023-12-05' });

describe('seed 004: Alexander Lukashenko meets Xi Jinping in Beijing', () => {
  const m = meetings[0]!;
  it('reports the Beijing meeting first', () => {
    expect(m.participants.map((p) => p.canonical).sort()).toEqual(['Alexander Lukashenko', 'Xi Jinping']);
  });

  it('gives roles and countries', () => {
    expect(participant(m, 'Xi Jinping').country).toBe('CN');
    expect(participant(m, 'Xi Jinping').role).toBe('head-of-state');
    expect(participant(m, 'Alexander Lukashenko').country).toBe('BY');
    expect(participant(m, 'Alexander Lukashenko').role).toBe('head-of-state');
  });

  it('dates it Monday 4 December 2023', () => {
    expect(m.date?.value).toBe('2023-12-04');
  });

  it('places it in Beijing at the Diaoyutai State Guesthouse, with Xi as host', () => {
    expect(m.location?.canonical).toBe('Beijing');
    expect(m.location?.venue).toContain('دياويوتاي');
    expect(m.host?.canonical).toBe('Xi Jinping');
  });

  it('is held in person with no attendees', () => {
    expect(m.modality).toBe('in-person');
    expect(m.status).toBe('held');
    expect(m.attendees).toEqual([]);
    expectSpansExact(text, m);
  });

  it('keeps the March meeting apart, with its own date and lower confidence', () => {
    const others = meetings.slice(1);
    for (const other of others) {
      expect(other.date?.value).not.toBe('2023-12-04');
      expect(other.confidence).toBeLessThan(m.confidence);
    }
  });
});
