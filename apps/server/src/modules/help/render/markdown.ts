/**
 * Markdown to safe HTML (no script, no event handlers, no javascript: links), and markdown
 * to plain text for the search index. PLACEHOLDER: replaced by its owner.
 */
export function renderMarkdown(_markdown: string): string {
  throw new Error("markdown: not built yet");
}

export function markdownToPlainText(_markdown: string): string {
  throw new Error("markdown: not built yet");
}
