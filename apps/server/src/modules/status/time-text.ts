import type { Locale } from "../../platform/i18n.js";

/** A moment as status texts write it: in UTC, said so (the reader's zone is unknown to an email). */
export const when = (date: Date, language: Locale) =>
  `${new Intl.DateTimeFormat(language === "zh-CN" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(date)} UTC`;

export const range = (from: Date, to: Date, language: Locale) =>
  `${when(from, language)} – ${when(to, language)}`;
