import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown to safe HTML (no script, no event handlers, no javascript: links), and markdown
 * to plain text for the search index.
 *
 * Two layers: markdown-it never passes raw HTML through (`html: false`, so `<script>` in an
 * article is shown as text) and refuses dangerous link schemes; sanitize-html then keeps only
 * an allow-list of tags and attributes, so a bug or a future option in the renderer still
 * cannot put a script on a page customers read.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The page's own ids (root, app…) must not be clobbered by a heading; anchors look like #h-reset-your-password. */
const HEADING_ID_PREFIX = "h-";

/**
 * Images come only from our own store. The site's Content-Security-Policy allows images from
 * itself (`img-src 'self' data:`), so an external image would show broken anyway, and it
 * would tell a third party who reads which article.
 */
const HELP_IMAGE_PATH = /^\/api\/v1\/help\/images\/[A-Za-z0-9_-]+$/;

function headingSlug(text: string): string {
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return words === "" ? "section" : words.slice(0, 80);
}

/** Gives each heading an id derived from its text (the same text always gives the same id; repeats get -2, -3…). */
markdown.core.ruler.push("help_heading_ids", (state) => {
  const seen = new Map<string, number>();
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    const inline = tokens[i + 1];
    if (open?.type !== "heading_open" || inline?.type !== "inline") continue;
    const base = headingSlug(inlineText(inline.children ?? []));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    open.attrSet("id", `${HEADING_ID_PREFIX}${count === 1 ? base : `${base}-${count}`}`);
  }
  return true;
});

/** The sanitizer's settings; `onImageDropped` hears the address of each image left out. */
const sanitizeOptions = (onImageDropped?: (src: string) => void): sanitizeHtml.IOptions => ({
  allowedTags: [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "img",
    "code",
    "pre",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "strong",
    "em",
    "s",
    "hr",
    "br",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel", "target"],
    img: ["src", "alt", "title"],
    h1: ["id"],
    h2: ["id"],
    h3: ["id"],
    h4: ["id"],
    h5: ["id"],
    h6: ["id"],
    ol: ["start"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  // The filter below decides which images stay (our own route only); these schemes just reach it intact.
  allowedSchemesByTag: { img: ["https", "http", "data"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^https?:\/\//i.test(href);
      const kept: sanitizeHtml.Attributes = { rel: "noopener noreferrer" };
      if (attribs.href !== undefined) kept.href = attribs.href;
      if (attribs.title !== undefined) kept.title = attribs.title;
      if (external) kept.target = "_blank";
      return { tagName, attribs: kept };
    },
  },
  // An image that is not one of ours is dropped rather than shown broken.
  exclusiveFilter: (frame) => {
    if (frame.tag !== "img") return false;
    const src = frame.attribs.src ?? "";
    if (HELP_IMAGE_PATH.test(src)) return false;
    if (src !== "") onImageDropped?.(src);
    return true;
  },
});

const customerOptions = sanitizeOptions();

/** Sanitized HTML of an article body (facts already filled). */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), customerOptions);
}

/**
 * The same render for the editor's preview, with the addresses of the images left out (not
 * from our image store), so the writer learns why a picture does not show.
 */
export function renderMarkdownReport(source: string): { html: string; droppedImages: string[] } {
  const dropped: string[] = [];
  const html = sanitizeHtml(
    markdown.render(source),
    sanitizeOptions((src) => dropped.push(src)),
  );
  return { html, droppedImages: [...new Set(dropped)] };
}

function inlineText(children: Token[]): string {
  const parts: string[] = [];
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") parts.push(child.content);
    else if (child.type === "softbreak" || child.type === "hardbreak") parts.push(" ");
    else if (child.type === "image") parts.push(inlineText(child.children ?? []));
  }
  return parts.join("");
}

/** The words of an article body without any markup, whitespace collapsed (what the search index reads). */
export function markdownToPlainText(source: string): string {
  const parts: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === "inline") parts.push(inlineText(token.children ?? []));
    else if (token.type === "fence" || token.type === "code_block") parts.push(token.content);
  }
  return parts.join(" ").replace(/\s+/g, " ").trim();
}
