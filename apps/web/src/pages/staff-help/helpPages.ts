import type { IconName } from "../../components/Icon";

/** The staff pages of the help center; agents and admins open all of them (writes are checked per action). */
export const HELP_STAFF_PAGES = [
  { to: "/admin/help", icon: "book", key: "articles" },
  { to: "/admin/help/categories", icon: "list", key: "categories" },
  { to: "/admin/help/synonyms", icon: "transfer", key: "synonyms" },
  { to: "/admin/help/analytics", icon: "pulse", key: "analytics" },
] as const satisfies readonly { to: string; icon: IconName; key: string }[];

export type HelpStaffPageKey = (typeof HELP_STAFF_PAGES)[number]["key"];

/** Agents write drafts and synonyms; admins also publish and change categories. */
export function isHelpStaff(role: string | undefined): boolean {
  return role === "agent" || role === "admin";
}

export function editorPath(slug: string): string {
  return `/admin/help/articles/${encodeURIComponent(slug)}`;
}

/** The editor for a new article, with a title already filled in (from the article-gap list). */
export function newArticlePath(prefill?: { title: string; lang: "en" | "zh-CN" }): string {
  if (!prefill) return "/admin/help/articles/new";
  const params = new URLSearchParams({ title: prefill.title, lang: prefill.lang });
  return `/admin/help/articles/new?${params.toString()}`;
}

/** Chinese characters in a text mean it was most likely typed by a zh-CN reader. */
export function guessLang(text: string): "en" | "zh-CN" {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? "zh-CN" : "en";
}
