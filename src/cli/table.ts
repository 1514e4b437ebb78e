import { displayWidth, padToWidth } from './displayWidth';

/** A cell is one or more lines; a row's height is its tallest cell. */
export type Cell = readonly string[];

// A left-to-right mark at the start of each line makes the terminal lay the row out left to
// right even when every strong letter in it is Arabic or Persian (isolated cells do not count).
const LEFT_TO_RIGHT_MARK = '\u200E';
const SEPARATOR = ' │ ';

function columnWidths(headers: readonly string[], rows: readonly Cell[][]): number[] {
  return headers.map((header, c) => {
    let width = displayWidth(header);
    for (const row of rows) for (const line of row[c] ?? []) width = Math.max(width, displayWidth(line));
    return width;
  });
}

function renderLine(cells: readonly string[], widths: readonly number[]): string {
  const padded = widths.map((w, c) => padToWidth(cells[c] ?? '', w));
  return (LEFT_TO_RIGHT_MARK + padded.join(SEPARATOR)).trimEnd();
}

function renderRow(row: readonly Cell[], widths: readonly number[]): string[] {
  const height = Math.max(1, ...row.map((cell) => cell.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) lines.push(renderLine(row.map((cell) => cell[i] ?? ''), widths));
  return lines;
}

/** A plain-text table whose columns line up by display width, not by UTF-16 length. */
export function renderTable(headers: readonly string[], rows: readonly Cell[][]): string {
  const widths = columnWidths(headers, rows);
  const rule = (fill: string): string => LEFT_TO_RIGHT_MARK + widths.map((w) => fill.repeat(w)).join(`${fill}┼${fill}`);
  const out = [renderLine(headers, widths), rule('─')];
  rows.forEach((row, i) => {
    if (i > 0) out.push(rule('┄'));
    out.push(...renderRow(row, widths));
  });
  return out.join('\n');
}
