import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractMeetings } from '../../src/index';

const seeds = readdirSync(join(__dirname, '..', 'fixtures', 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(__dirname, '..', 'fixtures', 'seeds', f), 'utf8'));

describe('a text longer than one reading piece', () => {
  // The five articles again and again, past the size at which the text is read in pieces.
  let big = '';
  while (big.length < 400_000) big += seeds.join('\n\n') + '\n\n';
  const meetings = extractMeetings(big, { referenceDate: '2023-12-05' });

  it('finds the meetings of every piece, with spans into the whole text', () => {
    const xiLukashenko = meetings.filter((m) => m.participants.some((p) => p.canonical === 'Alexander Lukashenko') && m.participants.some((p) => p.canonical === 'Xi Jinping'));
    expect(xiLukashenko.length).toBeGreaterThan(2);
    const lateEvidence = meetings.flatMap((m) => m.evidence).filter((e) => e.start > 300_000);
    expect(lateEvidence.length).toBeGreaterThan(0);
    for (const m of meetings) {
      for (const span of [...m.evidence, ...m.participants.map((p) => p.span), m.date?.span ?? null, m.location?.span ?? null]) {
        if (span) expect(big.slice(span.start, span.end)).toBe(span.text);
      }
      if (m.host) expect(m.participants).toContain(m.host);
    }
  });
});
