/** The text with `insert` put in place of the selection [start, end), and where the cursor goes after it. */
export function insertText(
  value: string,
  start: number,
  end: number,
  insert: string,
): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + insert + value.slice(to), cursor: from + insert.length };
}

/** Like insertText, but on a line of its own (an image): a line break is added before and after when needed. */
export function insertBlock(
  value: string,
  start: number,
  end: number,
  block: string,
): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  const before = from > 0 && value[from - 1] !== "\n" ? "\n" : "";
  const after = to < value.length && value[to] !== "\n" ? "\n" : "";
  return insertText(value, from, to, `${before}${block}${after}`);
}

/** Markdown for an uploaded image, with its file name (without the extension) as the alt text. */
export function imageMarkdown(url: string, fileName: string): string {
  const alt = fileName
    .replace(/\.[a-z0-9]+$/i, "")
    .replace(/[[\]\\]/g, "")
    .replace(/[-_]+/g, " ")
    .trim();
  return `![${alt}](${url})`;
}
