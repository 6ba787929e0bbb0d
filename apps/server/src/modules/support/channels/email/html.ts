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

/**
 * Where mail programs start the message being answered or their signature: Gmail, Yahoo,
 * Thunderbird, Outlook (whose quoted mail follows its header block as siblings, so everything
 * after the first of these goes, not only the element), Apple Mail's blockquote, QQ and 163.
 */
const QUOTE_NAMES =
  /\b(?:gmail_quote|gmail_signature|yahoo_quoted|moz-cite-prefix|moz-signature|divRplyFwdMsg|appendonsend|isReplyContent|isForwardContent|QQMailSignature|ntes-pcmail-signature|reference_message)\b/i;
/** class="…" and id="…" values (each match consumes its text: linear in the tag's length). */
const CLASS_OR_ID = /\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
/** An opening tag; `[^<>]` keeps every scan within one tag, so no input makes it slow. */
const OPENING_TAG = /<([a-z][a-z0-9]*)\b([^<>]*)>/gi;
/** Survives sanitizing as text; nobody types it (a private-use character). */
const CUT = "\ue000quote\ue000";

function markQuotes(html: string): string {
  return html.replace(OPENING_TAG, (tag, name: string, attributes: string) => {
    const quote =
      name.toLowerCase() === "blockquote" ||
      [...attributes.matchAll(CLASS_OR_ID)].some((m) => QUOTE_NAMES.test(m[1] ?? m[2] ?? m[3] ?? ""));
    return quote ? `${CUT}${tag}` : tag;
  });
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
 * The text of an HTML body, paragraphs and line breaks kept. Without quotes: everything from the
 * first quote or signature block of the common mail programs on is left out.
 */
export function htmlToText(html: string, options: { withoutQuotes: boolean }): string {
  // Line breaks in the source are spaces to a browser; the tags below make the real ones.
  const marked = (options.withoutQuotes ? markQuotes(html) : html)
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^<>]*>/gi, "\n- ")
    .replace(/<(td|th)\b[^<>]*>/gi, " $&")
    .replace(BLOCK_END, "$&\n");
  const text = sanitizeHtml(marked, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ["script", "style", "textarea", "option", "noscript", "head", "title"],
  });
  const own = text.includes(CUT) ? text.slice(0, text.indexOf(CUT)) : text;
  return own
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
