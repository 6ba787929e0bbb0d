import { snippetParts } from "./snippet";

/** A search snippet with its matched words highlighted; React text nodes only (see snippet.ts). */
export function HelpSnippet({ snippet, className }: { snippet: string; className?: string }) {
  const parts = snippetParts(snippet);
  return (
    <span className={className}>
      {parts.map((part, index) =>
        // The pieces never move or change while shown: the index is a stable key here.
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed list of text pieces
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}
