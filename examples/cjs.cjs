// CommonJS: `require('majlis')` loads the CommonJS build (dist/index.cjs).
//   npm run example:cjs
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { detectLanguage, extractMeetings, findDates } = require('majlis');

const file = process.argv[2] ?? join(__dirname, 'articles', 'en-putin-kim-vostochny.txt');
const text = readFileSync(file, 'utf8');
const options = { referenceDate: '2023-09-13' };

console.log(`language: ${detectLanguage(text)}`);
for (const d of findDates(text, options)) console.log(`date: ${JSON.stringify(d.text)} -> ${d.value} (${d.calendar})`);
for (const m of extractMeetings(text, options)) {
  const parties = m.participants.map((p) => p.canonical ?? p.name ?? p.country).join(' + ');
  console.log(`meeting: ${parties} on ${m.date ? m.date.value : '?'} at ${m.location ? m.location.name : '?'} (${m.modality}, ${m.status})`);
}

// A wrong argument is a TypeError or RangeError that names it; content never throws.
try {
  extractMeetings(text, { referenceDate: 'yesterday' });
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
