/// <reference types="node" />
import { detectLanguage, extractMeetings } from '../index';
import { resolveOptions } from '../options';
import type { ExtractOptions } from '../types';
import { parseArguments, type RunRequest } from './args';
import { formatJson, formatNdjsonLine, formatTableBlock, type DocumentResult } from './formatResults';
import { readInput } from './readInput';
import { usageText } from './usage';

// Replaced at build time by tsup with the version in package.json.
declare const __MAJLIS_VERSION__: string;
const VERSION = typeof __MAJLIS_VERSION__ === 'string' ? __MAJLIS_VERSION__ : '0.0.0-dev';

const EXIT_READ_ERROR = 1;
const EXIT_USAGE = 2;

function fail(message: string, code: number): void {
  process.stderr.write(`majlis: ${message}\n`);
  process.exitCode = code;
}

function optionsOf(request: RunRequest): ExtractOptions {
  const options: ExtractOptions = {};
  if (request.referenceDate !== null) options.referenceDate = request.referenceDate;
  if (request.language !== null) options.language = request.language;
  if (request.prefer !== null) options.prefer = request.prefer;
  return options;
}

function analyse(file: string, text: string, options: ExtractOptions): DocumentResult {
  return { file, language: options.language ?? detectLanguage(text), meetings: extractMeetings(text, options) };
}

async function run(request: RunRequest): Promise<void> {
  const options = optionsOf(request);
  try {
    resolveOptions('majlis', options);
  } catch (error) {
    fail(error instanceof Error ? error.message.replace(/^majlis: /, '') : String(error), EXIT_USAGE);
    return;
  }
  const collected: DocumentResult[] = [];
  let first = true;
  for (const file of request.files) {
    const input = await readInput(file);
    if (!input.ok) {
      fail(input.message, EXIT_READ_ERROR);
      continue;
    }
    const result = analyse(file, input.text, options);
    if (request.format === 'json') collected.push(result);
    else if (request.format === 'ndjson') process.stdout.write(formatNdjsonLine(result));
    else process.stdout.write((first ? '' : '\n') + formatTableBlock(result));
    first = false;
  }
  if (request.format === 'json') process.stdout.write(formatJson(collected));
}

async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`majlis … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const request = parseArguments(argv);
  switch (request.kind) {
    case 'help':
      process.stdout.write(usageText(VERSION));
      return;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return;
    case 'error':
      fail(`${request.message} (see majlis --help)`, EXIT_USAGE);
      return;
    case 'run':
      await run(request);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error), 70);
});
