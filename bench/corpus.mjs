// Article texts for the benchmarks: the seed articles and the dev articles of ../shared, by language.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');

function goldArticles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = g.text ?? readFileSync(resolve(dir, g.textFile), 'utf8');
    return { id: g.id ?? f, language: g.language, referenceDate: g.referenceDate ?? undefined, text };
  });
}

/** The five source articles (Arabic and Persian). */
export const seedArticles = () => goldArticles(join(SHARED, 'seeds/gold'));
/** The 36 dev articles (Arabic, Persian, English). */
export const devArticles = () => goldArticles(join(SHARED, 'dev'));

/** `articles` cycled until their total length reaches `minChars`. */
export function repeatTo(articles, minChars) {
  const out = [];
  let total = 0;
  for (let i = 0; total < minChars && articles.length > 0; i++) {
    const a = articles[i % articles.length];
    out.push(a);
    total += a.text.length;
  }
  return out;
}

/** One document of at least `minChars` characters made of the articles, separated by blank lines. */
export function concatenated(articles, minChars) {
  return repeatTo(articles, minChars).map((a) => a.text).join('\n\n');
}

export async function loadLibrary(argv) {
  const at = argv.indexOf('--lib');
  const lib = resolve(at >= 0 ? argv[at + 1] : join(ROOT, 'dist/index.js'));
  const { pathToFileURL } = await import('node:url');
  return import(pathToFileURL(lib).href);
}
