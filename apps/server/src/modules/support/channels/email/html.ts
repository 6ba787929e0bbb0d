import sanitizeHtml from "sanitize-html";

/**
 * HTML mail bodies. What is kept is sanitized (no scripts, styles, event handlers, forms or
 * remote images, which would tell the sender when an agent opened the mail); what agents read
 * in the thread is text made from it, with the quoted history mail programs wrap in their own
 * markup (Gmail, Outlook, Apple Mail, Thunderbird, QQ, 163) left out when asked.
 */

const SAFE_TAGS = [
  ...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== "img"),
  "img",
  "font",
  "center",
];

export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: SAFE_TAGS,
    allowedAttributes: {
      a: ["href", "title"],
      img: ["src", "alt", "width", "height"],
      td: ["colspan", "rowspan"],
      th: ["colspan", "rowspan"],
    },
    allowedSchemes: ["http", "https", "mailto"],
    // Inline parts of the mail itself only: a remote image is a read receipt.
    allowedSchemesByTag: { img: ["cid", "data"] },
    allowProtocolRelative: false,
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "head", "title"],
  });
}

/** Markup mail programs put around the message being answered or their signature. */
const QUOTE_CLASSES =
  /\b(gmail_quote|gmail_signature|gmail_extra|yahoo_quoted|moz-cite-prefix|moz-signature|AppleOriginalContents|ms-outlook-mobile-reference-message)\b/i;
const QUOTE_IDS =
  /^(divRplyFwdMsg|appendonsend|isReplyContent|isForwardContent|QQMailSignature|ntes-pcmail-signature|reference_message|mail-app-auto-quote)$/i;

function isQuoteFrame(frame: sanitizeHtml.IFrame): boolean {
  if (frame.tag === "blockquote") return true;
  const { class: className, id } = frame.attribs;
  return (
    (className !== undefined && QUOTE_CLASSES.test(className)) || (id !== undefined && QUOTE_IDS.test(id))
  );
}

const BLOCK_END =
  /<\/(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol|dl|dd|dt|section|article|header|footer)\s*>/gi;

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The text of an HTML body, paragraphs and line breaks kept. Without quotes: blockquotes and
 * the quote or signature blocks of the common mail programs are left out (their content too).
 */
export function htmlToText(html: string, options: { withoutQuotes: boolean }): string {
  // Line breaks in the source are spaces to a browser; the tags below make the real ones.
  const marked = html
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<(td|th)\b[^>]*>/gi, " $&")
    .replace(BLOCK_END, "$&\n");
  const text = sanitizeHtml(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "head", "title"],
    ...(options.withoutQuotes ? { exclusiveFilter: isQuoteFrame } : {}),
  });
  return text
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
