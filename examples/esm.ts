// ESM + TypeScript: read one article, print who met whom, when and where.
//   npm run example:esm            (builds the package, compiles this file with tsc, runs it)
import { readFileSync } from 'node:fs';
import { extractMeetings, normalizeDate, type Meeting, type Person } from 'majlis';

// Runs from examples/.out/ once compiled, hence the ../
const file = process.argv[2] ?? new URL('../articles/ar-xi-lukashenko-samarkand.txt', import.meta.url);
const text = readFileSync(file, 'utf8');

// The publication date anchors dates written without a year ("Thursday", "15 September").
const meetings: Meeting[] = extractMeetings(text, { referenceDate: '2022-09-15' });

const who = (p: Person): string => p.canonical ?? p.name ?? p.title ?? `(someone from ${p.country ?? '?'})`;

console.log(`${meetings.length} meeting(s)`);
for (const m of meetings) {
  const parties = m.participants.map(who).join(' + ');
  const place = m.location ? m.location.canonical ?? m.location.name : 'place not stated';
  console.log(`- ${parties}: ${m.date?.value ?? 'date not stated'}, ${place}, ${m.modality}, ${m.status}`);
}

// Dates on their own, in any of the three calendars.
for (const phrase of ['١٥ سبتمبر ٢٠٢٢', '۲۳ شهریور ۱۴۰۱', 'next Tuesday']) {
  console.log(`${phrase} -> ${normalizeDate(phrase, { referenceDate: '2022-09-15' })?.value ?? 'not a date'}`);
}
