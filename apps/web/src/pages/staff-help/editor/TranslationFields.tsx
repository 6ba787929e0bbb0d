import { type ReactNode, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { HelpLang } from "../../../api/staffHelp";
import { TextField } from "../../../components/Form";
import { FactsHelper } from "./FactsHelper";
import { ImageButton } from "./ImageButton";
import type { TextDraft } from "./metaDraft";
import { PreviewPane } from "./PreviewPane";
import { useCursorInsert } from "./useCursorInsert";

export const TITLE_MAX = 200;
export const BODY_MAX = 100_000;

/**
 * One language's column of the editor: its title, the markdown with the facts and image
 * helpers, and the live preview under it. `status` and `children` add what the page needs
 * around it (workflow state, buttons).
 */
export function TranslationFields({
  lang,
  draft,
  onChange,
  status,
  titleError,
  bodyError,
  children,
}: {
  lang: HelpLang;
  draft: TextDraft;
  onChange: (draft: TextDraft) => void;
  status?: ReactNode;
  titleError?: string | null;
  bodyError?: string | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const insert = useCursorInsert(area, draft.body, (body) => onChange({ ...draft, body }));
  const langName = t(`staffHelp.langs.${lang}`);
  return (
    <section className="card translation-col" aria-labelledby={`${id}-heading`} data-lang={lang}>
      <header className="translation-col__head">
        <h2 id={`${id}-heading`}>{langName}</h2>
        {status}
      </header>
      <TextField
        label={t("staffHelp.editor.title")}
        value={draft.title}
        onChange={(e) => onChange({ ...draft, title: e.target.value })}
        maxLength={TITLE_MAX}
        lang={lang}
        error={titleError}
        testId={`title-${lang}`}
      />
      <div className="field">
        <div className="translation-col__label-row">
          <label className="field__label" htmlFor={`${id}-body`}>
            {t("staffHelp.editor.body")}
          </label>
          <div className="translation-col__tools">
            <FactsHelper lang={lang} onInsert={insert.insertInline} />
            <ImageButton testId={`image-${lang}`} onInsert={insert.insertBlock} />
          </div>
        </div>
        <textarea
          id={`${id}-body`}
          ref={area}
          className="staff-textarea staff-textarea--mono translation-col__body"
          value={draft.body}
          onChange={(e) => onChange({ ...draft, body: e.target.value })}
          rows={18}
          maxLength={BODY_MAX}
          lang={lang}
          spellCheck
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={`${id}-body-hint${bodyError ? ` ${id}-body-error` : ""}`}
          data-testid={`body-${lang}`}
        />
        {bodyError && (
          <span className="field__error" id={`${id}-body-error`}>
            {bodyError}
          </span>
        )}
        <span className="field__hint" id={`${id}-body-hint`}>
          {t("staffHelp.editor.bodyHint", { example: "{{lockout.minutes}}" })}
        </span>
      </div>
      {children}
      <PreviewPane lang={lang} body={draft.body} />
    </section>
  );
}
