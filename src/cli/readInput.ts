/// <reference types="node" />
import { readFile } from 'node:fs/promises';

export type InputResult = { ok: true; text: string } | { ok: false; message: string };

const BYTE_ORDER_MARK = '\uFEFF';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

// Node's own messages carry the syscall and path; a person needs only the reason.
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** The text of one input (`-` is standard input), or a one-line reason it could not be read. */
export async function readInput(file: string): Promise<InputResult> {
  try {
    const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
    return { ok: true, text: text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text };
  } catch (error) {
    return { ok: false, message: `cannot read ${file}: ${reason(error)}` };
  }
}
