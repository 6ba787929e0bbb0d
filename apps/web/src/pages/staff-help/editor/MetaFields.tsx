import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ARTICLE_KINDS } from "../../../api/staffHelp";
import { listCategories } from "../../../api/staffHelpTaxonomy";
import { SelectField, TextField } from "../../../components/Form";
import { helpKeys } from "../queries";
import { sectionName } from "../taxonomy/names";
import { type MetaDraft, type MetaProblem, splitList } from "./metaDraft";

/** Section, kind, tags and related articles of an article (the same for both languages). */
export function MetaFields({
  draft,
  onChange,
  problems,
  disabled = false,
  sectionLocked = false,
}: {
  draft: MetaDraft;
  onChange: (draft: MetaDraft) => void;
  /** Shown once the author tried to save. */
  problems: MetaProblem[];
  disabled?: boolean;
  /** The section cannot be changed here (agents, on an existing article). */
  sectionLocked?: boolean;
}) {
  const { t } = useTranslation();
  const categories = useQuery({
    queryKey: helpKeys.categories,
    queryFn: ({ signal }) => listCategories(signal),
  });
  const known = (categories.data ?? []).some((c) => c.sections.some((s) => s.slug === draft.section));
  const relatedError = problems.includes("relatedSelf")
    ? t("staffHelp.editor.meta.relatedSelf")
    : problems.includes("relatedInvalid")
      ? t("staffHelp.editor.meta.relatedInvalid")
      : null;
  const tags = splitList(draft.tagsText);
  return (
    <div className="meta-fields">
      <SelectField
        label={t("staffHelp.editor.meta.section")}
        value={draft.section}
        onChange={(e) => onChange({ ...draft, section: e.target.value })}
        error={problems.includes("sectionMissing") ? t("staffHelp.editor.meta.sectionMissing") : null}
        disabled={disabled || sectionLocked}
        hint={sectionLocked ? t("staffHelp.editor.meta.sectionAdminOnly") : undefined}
        testId="meta-section"
      >
        <option value="">{t("staffHelp.editor.meta.chooseSection")}</option>
        {/* A section the list does not know yet (still loading, or just deleted) stays selectable. */}
        {draft.section && !known && <option value={draft.section}>{draft.section}</option>}
        {(categories.data ?? []).map((c) => (
          <optgroup key={c.slug} label={sectionName(c.name)}>
            {c.sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {sectionName(s.name)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <SelectField
        label={t("staffHelp.editor.meta.kind")}
        value={draft.kind}
        onChange={(e) =>
          onChange({ ...draft, kind: ARTICLE_KINDS.find((k) => k === e.target.value) ?? "faq" })
        }
        disabled={disabled}
        testId="meta-kind"
      >
        {ARTICLE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`staffHelp.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <div className="meta-fields__wide">
        <TextField
          label={t("staffHelp.editor.meta.tags")}
          hint={t("staffHelp.editor.meta.tagsHint")}
          value={draft.tagsText}
          onChange={(e) => onChange({ ...draft, tagsText: e.target.value })}
          disabled={disabled}
          testId="meta-tags"
        />
        {tags.length > 0 && (
          <ul className="code-chips" aria-label={t("staffHelp.editor.meta.tags")}>
            {tags.map((tag) => (
              <li key={tag} className="code-chip code-chip--text">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="meta-fields__wide">
        <TextField
          label={t("staffHelp.editor.meta.related")}
          hint={t("staffHelp.editor.meta.relatedHint")}
          value={draft.relatedText}
          onChange={(e) => onChange({ ...draft, relatedText: e.target.value })}
          error={relatedError}
          disabled={disabled}
          spellCheck={false}
          autoCapitalize="off"
          testId="meta-related"
        />
      </div>
    </div>
  );
}
