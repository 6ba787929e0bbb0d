import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SETTABLE_STATUSES } from "../../../api/console";
import { createMacro, type Lang, type Macro, updateMacro } from "../../../api/deskAdmin";
import { Alert, FormError, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { useTicketLabels } from "../../console/labels";
import { useCursorInsert } from "../../staff-help/editor/useCursorInsert";
import { serverFieldError } from "../../staff-payments/format";
import { TextAreaField } from "../../staff-payments/TextAreaField";
import { consoleCopies, deskAdminKeys } from "../queries";
import {
  BODY_MAX,
  type DraftField,
  draftOf,
  draftProblems,
  inputOf,
  LANGS,
  type MacroDraft,
  TAG_MAX,
  TAGS_MAX,
  TITLE_MAX,
  unknownVariables,
} from "./macroDraft";
import { VariablesHelper } from "./VariablesHelper";

/** Adds or changes a macro: English and Chinese side by side, what using it does, the variables to insert. */
export function MacroForm({
  macro,
  onCancel,
  onSaved,
}: {
  macro: Macro | null;
  onCancel: () => void;
  onSaved: (macro: Macro, lang: Lang) => void;
}) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MacroDraft>(() => draftOf(macro));
  const [tried, setTried] = useState(false);
  const [active, setActive] = useState<Lang>(currentLanguage());
  const bodyRefs = { en: useRef<HTMLTextAreaElement>(null), "zh-CN": useRef<HTMLTextAreaElement>(null) };
  const setBody = (lang: Lang) => (value: string) =>
    setDraft((d) => ({ ...d, body: { ...d.body, [lang]: value } }));
  const inserters = {
    en: useCursorInsert(bodyRefs.en, draft.body.en, setBody("en")),
    "zh-CN": useCursorInsert(bodyRefs["zh-CN"], draft.body["zh-CN"], setBody("zh-CN")),
  };

  const save = useMutation({
    mutationFn: () => (macro ? updateMacro(macro.id, inputOf(draft)) : createMacro(inputOf(draft))),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.macros });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.macros });
      onSaved(saved, currentLanguage());
    },
  });

  const problems = draftProblems(draft);
  const problem = (field: DraftField, max: number) => {
    const p = problems[field];
    const local =
      tried && p ? t(`deskAdmin.macros.problems.${p}`, { max, tags: TAGS_MAX, tag: TAG_MAX }) : null;
    return local ?? serverFieldError(save.error, field.replace(".", "/"));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length === 0) save.mutate();
  };
  const title = macro ? t("deskAdmin.macros.editTitle") : t("deskAdmin.macros.newTitle");

  return (
    <section
      className="card desk-card macro-form"
      aria-labelledby="macro-form-title"
      data-testid="macro-form"
    >
      <h2 id="macro-form-title">{title}</h2>
      <form onSubmit={submit} noValidate className="stack">
        <div className="macro-form__layout">
          <div className="macro-form__langs">
            {LANGS.map((lang) => {
              const suffix = lang === "en" ? "en" : "zh";
              const unknown = unknownVariables(draft.body[lang]);
              return (
                <fieldset key={lang} className="macro-form__lang" lang={lang}>
                  <legend>{t(`deskAdmin.macros.langs.${lang}`)}</legend>
                  <TextField
                    label={t("deskAdmin.macros.fields.title")}
                    value={draft.title[lang]}
                    maxLength={TITLE_MAX + 20}
                    onChange={(e) =>
                      setDraft({ ...draft, title: { ...draft.title, [lang]: e.target.value } })
                    }
                    error={problem(`title.${lang}`, TITLE_MAX)}
                    testId={`macro-title-${suffix}`}
                    required
                  />
                  <TextAreaField
                    ref={bodyRefs[lang]}
                    label={t("deskAdmin.macros.fields.body")}
                    value={draft.body[lang]}
                    rows={10}
                    onChange={(e) => setBody(lang)(e.target.value)}
                    onFocus={() => setActive(lang)}
                    error={problem(`body.${lang}`, BODY_MAX)}
                    hint={t("deskAdmin.macros.fields.bodyHint", {
                      n: draft.body[lang].length,
                      max: BODY_MAX,
                    })}
                    testId={`macro-body-${suffix}`}
                    required
                  />
                  {unknown.length > 0 && (
                    <Alert tone="warning">
                      {t("deskAdmin.macros.unknownVars", { vars: unknown.join(" ") })}
                    </Alert>
                  )}
                </fieldset>
              );
            })}
          </div>
          <VariablesHelper target={active} onInsert={(text) => inserters[active].insertInline(text)} />
        </div>
        <div className="form--grid macro-form__effects">
          <SelectField
            label={t("deskAdmin.macros.fields.setStatus")}
            hint={t("deskAdmin.macros.fields.setStatusHint")}
            value={draft.setStatus}
            onChange={(e) =>
              setDraft({
                ...draft,
                setStatus: SETTABLE_STATUSES.find((s) => s === e.target.value) ?? "",
              })
            }
            testId="macro-status"
          >
            <option value="">{t("deskAdmin.macros.keepsStatus")}</option>
            {SETTABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.status(s)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("deskAdmin.macros.fields.tags")}
            hint={t("deskAdmin.macros.fields.tagsHint", { max: TAGS_MAX })}
            value={draft.tags}
            onChange={(e) => setDraft({ ...draft, tags: e.target.value })}
            error={problem("tags", TAG_MAX)}
            optional
            testId="macro-tags"
          />
        </div>
        <FormError error={save.error} />
        {tried && Object.keys(problems).length > 0 && (
          <p className="field__error" role="alert">
            {t("deskAdmin.macros.fixFields")}
          </p>
        )}
        <div className="button-row">
          <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="macro-save">
            {macro ? t("deskAdmin.macros.saveChanges") : t("deskAdmin.macros.create")}
          </SubmitButton>
          <button type="button" className="button" onClick={onCancel} data-testid="macro-cancel">
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
