import type { DatePreference, Language } from '../types';

export type OutputFormat = 'json' | 'ndjson' | 'table';

export interface RunRequest {
  kind: 'run';
  /** Paths as given; `-` stands for standard input. */
  files: string[];
  format: OutputFormat;
  referenceDate: string | null;
  language: Language | null;
  prefer: DatePreference | null;
}

export type CliRequest =
  | RunRequest
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

const FORMATS: readonly string[] = ['json', 'ndjson', 'table'];
const LANGUAGES: readonly string[] = ['ar', 'fa', 'en'];
const PREFERENCES: readonly string[] = ['past', 'future', 'nearest'];
const VALUED = ['--format', '--reference-date', '--lang', '--prefer'] as const;
type ValuedFlag = (typeof VALUED)[number];

function isValued(flag: string): flag is ValuedFlag {
  return (VALUED as readonly string[]).includes(flag);
}

/** Splits `--flag=value` so both spellings are read the same way. */
function splitInline(arg: string): [string, string | null] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 2 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, null];
}

function applyValue(request: RunRequest, flag: ValuedFlag, value: string): string | null {
  switch (flag) {
    case '--format':
      if (!FORMATS.includes(value)) return `--format must be json, ndjson or table, got "${value}"`;
      request.format = value as OutputFormat;
      return null;
    case '--lang':
      if (!LANGUAGES.includes(value)) return `--lang must be ar, fa or en, got "${value}"`;
      request.language = value as Language;
      return null;
    case '--prefer':
      if (!PREFERENCES.includes(value)) return `--prefer must be past, future or nearest, got "${value}"`;
      request.prefer = value as DatePreference;
      return null;
    case '--reference-date':
      // The library checks the date itself; the CLI only refuses an empty value.
      if (value.trim() === '') return '--reference-date needs a date such as 2024-05-20';
      request.referenceDate = value;
      return null;
  }
}

/**
 * Reads the command line (without `node` and the script path). Help and version win over
 * everything else; with no file the request reads standard input, as `-` would.
 */
export function parseArguments(argv: readonly string[]): CliRequest {
  const request: RunRequest = { kind: 'run', files: [], format: 'json', referenceDate: null, language: null, prefer: null };
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    if (onlyFiles || raw === '-' || !raw.startsWith('-')) {
      request.files.push(raw);
      continue;
    }
    if (raw === '--') {
      onlyFiles = true;
      continue;
    }
    const [flag, inline] = splitInline(raw);
    if (!isValued(flag)) return { kind: 'error', message: `unknown option ${flag}` };
    const value = inline ?? argv[i + 1];
    if (value === undefined) return { kind: 'error', message: `${flag} needs a value` };
    if (inline === null) i++;
    const problem = applyValue(request, flag, value);
    if (problem !== null) return { kind: 'error', message: problem };
  }
  if (request.files.length === 0) request.files.push('-');
  return request;
}
