/** The text printed by `majlis --help`. */
export function usageText(version: string): string {
  return `majlis ${version}: meetings (who met whom, when, where, how) from Arabic, Persian and English news text

Usage: majlis [options] FILE...
       majlis [options] -            read one article from standard input
                                     (the same happens when no FILE is given)

Options:
  --format json|ndjson|table   json (default): one array with a record per file;
                               ndjson: one record per file and line; table: for people
  --reference-date DATE        publication date (ISO 8601, e.g. 2024-05-20); dates without
                               a year and relative dates ("yesterday") resolve against it
  --lang ar|fa|en              skip language identification
  --prefer past|future|nearest where a date without a year is placed around the reference date
  -h, --help                   show this help
  -v, --version                show the version

Each record is {"file", "language", "meetings"}. A file that cannot be read is reported
on standard error and skipped; the exit status is then 1 (2 for a wrong option).
`;
}
