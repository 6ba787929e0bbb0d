import { useTranslation } from "react-i18next";
import type { Bilingual, Lang } from "../../api/deskAdmin";
import { TextField } from "../../components/Form";
import { TextAreaField } from "../staff-payments/TextAreaField";
import { LANGS, type TextProblem } from "./text";

/**
 * One text in English and 简体中文, side by side; with `same`, one box for both languages. Errors
 * come per language (ours once the form was tried, else the server's for that field).
 */
export function BilingualFields({
  label,
  value,
  onChange,
  same,
  multiline = false,
  optional = false,
  maxLength,
  problems,
  serverError,
  testId,
}: {
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  same: boolean;
  multiline?: boolean;
  optional?: boolean;
  /** The server's limit (characters per language). */
  maxLength: number;
  problems: Partial<Record<Lang, TextProblem>> | null;
  serverError?: (lang: Lang) => string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const langs = same ? (["en"] as const) : LANGS;
  return (
    <div className={`bilingual${same ? " bilingual--same" : ""}`}>
      {langs.map((lang) => {
        const fieldLabel = same
          ? t("staffStatus.form.bothLanguages", { label })
          : t("staffStatus.form.inLanguage", { label, language: t(`staffStatus.languages.${lang}`) });
        const problem = problems?.[lang];
        const error = problem ? t(`staffStatus.form.problems.${problem}`) : (serverError?.(lang) ?? null);
        const suffix = same ? "both" : lang === "en" ? "en" : "zh";
        const common = {
          label: fieldLabel,
          value: value[lang],
          error,
          optional,
          maxLength,
          lang: same ? undefined : lang,
          testId: `${testId}-${suffix}`,
        };
        return multiline ? (
          <TextAreaField
            key={lang}
            {...common}
            rows={4}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
          />
        ) : (
          <TextField
            key={lang}
            {...common}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
          />
        );
      })}
    </div>
  );
}
