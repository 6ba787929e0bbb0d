import type { HelpLanguage } from "../../api/help";

const HAN = /\p{Script=Han}/u;

/**
 * The tags a reader of this language would type: articles carry the search words of both
 * languages; Chinese ones are shown on the Chinese page, the others on the English one.
 */
export function tagsInLanguage(tags: string[], lang: HelpLanguage): string[] {
  return tags.filter((tag) => HAN.test(tag) === (lang === "zh-CN"));
}
