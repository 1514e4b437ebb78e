import type { Language, Meeting } from '../types';
import { isolate } from './isolate';
import { MEETING_HEADERS, meetingCells } from './meetingCells';
import { renderTable } from './table';

/** What the CLI reports for one input. */
export interface DocumentResult {
  /** The path as given, or `-` for standard input. */
  file: string;
  language: Language | 'und';
  meetings: Meeting[];
}

export function formatJson(results: readonly DocumentResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}

export function formatNdjsonLine(result: DocumentResult): string {
  return JSON.stringify(result) + '\n';
}

function meetingCount(n: number): string {
  return n === 1 ? '1 meeting' : `${n} meetings`;
}

/** One document as a heading and a table, for a person reading a terminal. */
export function formatTableBlock(result: DocumentResult): string {
  const heading = `\u200E${isolate(result.file === '-' ? '(stdin)' : result.file)} [${result.language}]: ${meetingCount(result.meetings.length)}`;
  if (result.meetings.length === 0) return heading + '\n';
  const rows = result.meetings.map((m, i) => meetingCells(m, i));
  return `${heading}\n${renderTable(MEETING_HEADERS, rows)}\n`;
}
