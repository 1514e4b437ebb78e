/**
 * Cuts a long text into pieces of at most `size` UTF-16 units, at a blank line if there is one
 * in the second half of the window, else at a line break, else after a full stop, else at a
 * space; never inside a surrogate pair. Returns [start, end) offsets that cover the text.
 */
export function textChunks(text: string, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = bestCut(text, start, end);
    out.push([start, end]);
    start = end;
  }
  return out;
}

function bestCut(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  for (const mark of ['\n\n', '\n', '. ', '。', '؟ ', '? ', ' ']) {
    const at = text.lastIndexOf(mark, limit - mark.length);
    if (at >= floor) return at + mark.length;
  }
  // A high surrogate at the cut would split a character.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
