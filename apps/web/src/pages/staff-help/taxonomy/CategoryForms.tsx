import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SLUG_MAX } from "../../../api/staffHelp";
import {
  type AdminCategory,
  type AdminSection,
  type Bilingual,
  createCategory,
  createSection,
  updateCategory,
  updateSection,
} from "../../../api/staffHelpTaxonomy";
import { FormError, SelectField, SubmitButton, TextField } from "../../../components/Form";
import type { IconName } from "../../../components/Icon";
import { serverFieldError } from "../../staff-payments/format";
import { TextAreaField } from "../../staff-payments/TextAreaField";
import { slugProblem } from "../editor/metaDraft";
import { focusFirstInvalid } from "../focus";
import { helpKeys } from "../queries";
import { sectionName } from "./names";

/** Icons the public help home can show for a category. */
export const CATEGORY_ICONS = [
  "user",
  "shield",
  "lock",
  "key",
  "deposit",
  "wallet",
  "moneyOut",
  "send",
  "transfer",
  "scale",
  "book",
  "info",
  "headset",
  "pulse",
] as const satisfies readonly IconName[];

function BilingualFields({
  label,
  value,
  onChange,
  multiline = false,
  maxLength = 100,
  error,
  testId,
}: {
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  multiline?: boolean;
  maxLength?: number;
  error: (lang: "en" | "zh-CN") => string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="bilingual-fields">
      {(["en", "zh-CN"] as const).map((lang) => {
        const fieldLabel = `${label} (${t(`staffHelp.langs.${lang}`)})`;
        return multiline ? (
          <TextAreaField
            key={lang}
            label={fieldLabel}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            rows={2}
            maxLength={maxLength}
            lang={lang}
            error={error(lang)}
            testId={`${testId}-${lang}`}
          />
        ) : (
          <TextField
            key={lang}
            label={fieldLabel}
            value={value[lang]}
            onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            maxLength={maxLength}
            lang={lang}
            error={error(lang)}
            testId={`${testId}-${lang}`}
          />
        );
      })}
    </div>
  );
}

function useRefreshTaxonomy() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: helpKeys.categories });
    void queryClient.invalidateQueries({ queryKey: helpKeys.articles });
  };
}

const trimBoth = (b: Bilingual): Bilingual => ({ en: b.en.trim(), "zh-CN": b["zh-CN"].trim() });

/** Creates a category, or edits one (its slug stays: articles and links use it). */
export function CategoryForm({
  category,
  onDone,
  onCancel,
}: {
  category: AdminCategory | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshTaxonomy();
  const [slug, setSlug] = useState(category?.slug ?? "");
  const [name, setName] = useState<Bilingual>(category?.name ?? { en: "", "zh-CN": "" });
  const [description, setDescription] = useState<Bilingual>(category?.description ?? { en: "", "zh-CN": "" });
  const [icon, setIcon] = useState(category?.icon ?? "book");
  const [position, setPosition] = useState(category ? String(category.position) : "");
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: async () => {
      const pos = position.trim() === "" ? undefined : Number(position);
      const fields = { name: trimBoth(name), description: trimBoth(description), icon, position: pos };
      if (category) await updateCategory(category.slug, fields);
      else await createCategory({ slug, ...fields });
    },
    onSuccess: () => {
      refresh();
      onDone();
    },
  });
  const slugError = category ? null : slugProblem(slug);
  const missing = (b: Bilingual, lang: "en" | "zh-CN", field: "name" | "description") =>
    tried && b[lang].trim() === ""
      ? t("staffHelp.taxonomy.required")
      : serverFieldError(save.error, `${field}/${lang}`);
  const positionBad = position.trim() !== "" && !/^\d{1,6}$/.test(position.trim());
  // Both languages' names and descriptions are required: the help home shows them to every reader.
  const valid =
    !slugError &&
    !positionBad &&
    [name.en, name["zh-CN"], description.en, description["zh-CN"]].every((n) => n.trim() !== "");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) save.mutate();
    else focusFirstInvalid(form.current);
  };

  return (
    <form className="stack taxonomy-form" onSubmit={submit} noValidate ref={form} data-testid="category-form">
      {!category && (
        <TextField
          label={t("staffHelp.editor.slug")}
          hint={t("staffHelp.editor.slugHint", { max: SLUG_MAX })}
          value={slug}
          onChange={(e) => setSlug(e.target.value.trim().toLowerCase())}
          error={
            tried && slugError
              ? t(`staffHelp.editor.slugProblems.${slugError}`)
              : serverFieldError(save.error, "slug")
          }
          className="mono"
          spellCheck={false}
          testId="category-slug"
        />
      )}
      <BilingualFields
        label={t("staffHelp.taxonomy.name")}
        value={name}
        onChange={setName}
        error={(l) => missing(name, l, "name")}
        testId="category-name"
      />
      <BilingualFields
        label={t("staffHelp.taxonomy.description")}
        value={description}
        onChange={setDescription}
        multiline
        maxLength={300}
        error={(l) => missing(description, l, "description")}
        testId="category-description"
      />
      <div className="taxonomy-form__row">
        <SelectField
          label={t("staffHelp.taxonomy.icon")}
          value={icon}
          onChange={(e) => setIcon(e.target.value)}
          testId="category-icon"
        >
          {!CATEGORY_ICONS.some((i) => i === icon) && <option value={icon}>{icon}</option>}
          {CATEGORY_ICONS.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("staffHelp.taxonomy.position")}
          hint={t("staffHelp.taxonomy.positionHint")}
          optional
          inputMode="numeric"
          value={position}
          onChange={(e) => setPosition(e.target.value)}
          error={positionBad ? t("staffHelp.taxonomy.positionBad") : null}
        />
      </div>
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="category-save">
          {category ? t("common.save") : t("staffHelp.taxonomy.createCategory")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Creates a section in a category, or edits one (names, order, or moves it to another category). */
export function SectionForm({
  section,
  category,
  categories,
  onDone,
  onCancel,
}: {
  section: AdminSection | null;
  category: string;
  categories: AdminCategory[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshTaxonomy();
  const [slug, setSlug] = useState(section?.slug ?? "");
  const [parent, setParent] = useState(section?.category ?? category);
  const [name, setName] = useState<Bilingual>(section?.name ?? { en: "", "zh-CN": "" });
  const [position, setPosition] = useState(section ? String(section.position) : "");
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const save = useMutation({
    mutationFn: async () => {
      const pos = position.trim() === "" ? undefined : Number(position);
      if (section)
        await updateSection(section.slug, { category: parent, name: trimBoth(name), position: pos });
      else await createSection({ slug, category: parent, name: trimBoth(name), position: pos });
    },
    onSuccess: () => {
      refresh();
      onDone();
    },
  });
  const slugError = section ? null : slugProblem(slug);
  const positionBad = position.trim() !== "" && !/^\d{1,6}$/.test(position.trim());
  const valid = !slugError && !positionBad && name.en.trim() !== "" && name["zh-CN"].trim() !== "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) save.mutate();
    else focusFirstInvalid(form.current);
  };
  return (
    <form className="stack taxonomy-form" onSubmit={submit} noValidate ref={form} data-testid="section-form">
      {!section && (
        <TextField
          label={t("staffHelp.editor.slug")}
          hint={t("staffHelp.editor.slugHint", { max: SLUG_MAX })}
          value={slug}
          onChange={(e) => setSlug(e.target.value.trim().toLowerCase())}
          error={
            tried && slugError
              ? t(`staffHelp.editor.slugProblems.${slugError}`)
              : serverFieldError(save.error, "slug")
          }
          className="mono"
          spellCheck={false}
          testId="section-slug"
        />
      )}
      <SelectField
        label={t("staffHelp.taxonomy.category")}
        value={parent}
        onChange={(e) => setParent(e.target.value)}
      >
        {categories.map((c) => (
          <option key={c.slug} value={c.slug}>
            {sectionName(c.name)}
          </option>
        ))}
      </SelectField>
      <BilingualFields
        label={t("staffHelp.taxonomy.name")}
        value={name}
        onChange={setName}
        error={(l) =>
          tried && name[l].trim() === ""
            ? t("staffHelp.taxonomy.required")
            : serverFieldError(save.error, `name/${l}`)
        }
        testId="section-name"
      />
      <TextField
        label={t("staffHelp.taxonomy.position")}
        hint={t("staffHelp.taxonomy.positionHint")}
        optional
        inputMode="numeric"
        value={position}
        onChange={(e) => setPosition(e.target.value)}
        error={positionBad ? t("staffHelp.taxonomy.positionBad") : null}
      />
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="section-save">
          {section ? t("common.save") : t("staffHelp.taxonomy.createSection")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
