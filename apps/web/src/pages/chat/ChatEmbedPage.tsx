/** The chat widget as a page, for the iframe the embeddable script opens (placeholder). */
export function ChatEmbedPage() {
  return null;
}
