#!/usr/bin/env node
// Prints how many gazetteer entries each continent has: people (by the country they serve) and
// places (cities and venues), plus the countries themselves. Bundles the data with esbuild so it
// reads the TypeScript sources as they are.
//   npm run gazetteer:stats
import { build } from 'esbuild';

const entry = `
  export { COUNTRIES } from './src/gazetteer/data/countries';
  export { PLACES } from './src/gazetteer/data/places';
  export { VENUES } from './src/gazetteer/data/venues';
  export { allPeopleRecords } from './src/gazetteer/data/people/index';
`;
const result = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
});
const url = 'data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64');
const { COUNTRIES, PLACES, VENUES, allPeopleRecords } = await import(url);

// Territories that have places but no country record of their own.
const TERRITORIES = [['HK', 'asia'], ['MO', 'asia']];
const continentOf = new Map([...TERRITORIES, ...COUNTRIES.map((c) => [c.code, c.continent])]);
const ORDER = ['africa', 'asia', 'europe', 'north-america', 'south-america', 'oceania', 'unknown'];
const count = (records) => {
  const out = Object.fromEntries(ORDER.map((c) => [c, 0]));
  for (const r of records) out[continentOf.get(r.country) ?? 'unknown']++;
  return out;
};
const rows = {
  countries: count(COUNTRIES.map((c) => ({ country: c.code }))),
  places: count(PLACES),
  venues: count(VENUES),
  people: count(allPeopleRecords()),
};
const pad = (s, n) => String(s).padStart(n);
console.log(pad('', 10) + ORDER.map((c) => pad(c, 14)).join('') + pad('total', 8));
for (const [name, row] of Object.entries(rows)) {
  const total = Object.values(row).reduce((a, b) => a + b, 0);
  console.log(name.padEnd(10) + ORDER.map((c) => pad(row[c], 14)).join('') + pad(total, 8));
}
console.log('(people: by the country they serve; heads of international bodies by their nationality)');
