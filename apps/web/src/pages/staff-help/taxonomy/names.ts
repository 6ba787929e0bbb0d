import type { Bilingual } from "../../../api/staffHelpTaxonomy";
import { currentLanguage } from "../../../i18n";

/** A category's or section's name in the interface language, or the other one when it has none. */
export function sectionName(name: Bilingual): string {
  return currentLanguage() === "zh-CN" ? name["zh-CN"] || name.en : name.en || name["zh-CN"];
}
