// Batch: every .txt article of a folder to NDJSON, one line per article.
//   npm run example:batch                          (examples/articles to standard output)
//   node examples/batch.mjs FOLDER [OUT.ndjson] [--reference-date YYYY-MM-DD]
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage, extractMeetings } from 'majlis';

const args = process.argv.slice(2);
const at = args.indexOf('--reference-date');
const referenceDate = at >= 0 ? args.splice(at, 2)[1] : undefined;
const [folder = fileURLToPath(new URL('./articles/', import.meta.url)), outFile] = args;

const out = outFile ? createWriteStream(outFile) : process.stdout;
let count = 0;
for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(folder, name), 'utf8');
  const meetings = extractMeetings(text, referenceDate ? { referenceDate } : {});
  out.write(JSON.stringify({ file: name, language: detectLanguage(text), meetings }) + '\n');
  count++;
}
if (outFile) out.end(() => console.error(`${count} articles -> ${outFile}`));
