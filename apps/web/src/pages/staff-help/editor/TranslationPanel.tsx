import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ArticleDetail,
  editConflict,
  getArticle,
  type HelpLang,
  saveDraft,
} from "../../../api/staffHelp";
import { Alert, FormError, TextField } from "../../../components/Form";
import { helpKeys } from "../queries";
import { TranslationStatusBadges } from "../StatusBadges";
import { draftFrom, isDirty, type LocalDraft, useApplyArticle } from "./editorState";
import { TranslationFacts } from "./TranslationFacts";
import { TranslationFields } from "./TranslationFields";
import { WorkflowButtons } from "./WorkflowButtons";

/**
 * One language of an existing article: where it stands, its text with preview, and what this
 * person may do with it (save a draft; submit it for review; publish or unpublish, for admins).
 * A save made on top of someone else's newer version is refused, and explained with a way to reload.
 */
export function TranslationPanel({
  article,
  lang,
  draft,
  onDraft,
  isAdmin,
}: {
  article: ArticleDetail;
  lang: HelpLang;
  draft: LocalDraft;
  onDraft: (draft: LocalDraft) => void;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const apply = useApplyArticle();
  const translation = article.translations[lang];
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<number | null>(null);
  /** The text that was here when the author reloaded after a conflict, to copy from. */
  const [stash, setStash] = useState<{ title: string; body: string } | null>(null);
  const dirty = isDirty(draft, translation);

  const save = useMutation({
    mutationFn: () =>
      saveDraft(article.slug, lang, {
        title: draft.title.trim(),
        body: draft.body,
        note,
        baseVersion: draft.base,
      }),
    onSuccess: (next) => {
      apply(next, lang);
      const version = next.translations[lang]?.draftVersion;
      // Only the version moves on: anything typed while saving stays, and still counts as unsaved.
      onDraft({ ...draft, base: version });
      setNote("");
      setSaved(version ?? null);
    },
  });
  const reload = useMutation({
    mutationFn: () =>
      queryClient.fetchQuery({
        queryKey: helpKeys.article(article.slug),
        queryFn: () => getArticle(article.slug),
        staleTime: 0,
      }),
    onSuccess: (fresh) => {
      setStash({ title: draft.title, body: draft.body });
      onDraft(draftFrom(fresh.translations[lang]));
      save.reset();
    },
  });
  const conflict = editConflict(save.error);
  const incomplete = draft.title.trim() === "" || draft.body.trim() === "";

  return (
    <TranslationFields
      lang={lang}
      draft={draft}
      onChange={(d) => {
        setSaved(null);
        onDraft({ ...draft, ...d });
      }}
      status={<TranslationStatusBadges translation={translation} testId={`editor-status-${lang}`} />}
    >
      <TranslationFacts translation={translation} />
      {stash && (
        <details className="help-stash" open>
          <summary>{t("staffHelp.editor.conflict.yourText")}</summary>
          <p className="small muted">{t("staffHelp.editor.conflict.yourTextHint")}</p>
          <textarea
            className="staff-textarea staff-textarea--mono"
            readOnly
            rows={8}
            value={`${stash.title}\n\n${stash.body}`}
            lang={lang}
          />
          <button type="button" className="button button--small" onClick={() => setStash(null)}>
            {t("staffHelp.editor.conflict.dismiss")}
          </button>
        </details>
      )}
      <form
        className="translation-col__save"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          if (!incomplete) save.mutate();
        }}
      >
        <TextField
          label={t("staffHelp.editor.note")}
          hint={t("staffHelp.editor.noteHint")}
          optional
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={200}
          testId={`note-${lang}`}
        />
        {incomplete && dirty && <p className="small muted">{t("staffHelp.editor.needTitleAndBody")}</p>}
        {conflict ? (
          <Alert
            tone="warning"
            title={t("staffHelp.editor.conflict.title")}
            testId={`conflict-${lang}`}
            actions={
              <button
                type="button"
                className="button button--small button--primary"
                onClick={() => reload.mutate()}
                disabled={reload.isPending}
                data-testid={`reload-${lang}`}
              >
                {reload.isPending ? t("common.loading") : t("staffHelp.editor.conflict.reload")}
              </button>
            }
          >
            {conflict.base !== null && conflict.current !== null
              ? t("staffHelp.editor.conflict.versions", { base: conflict.base, current: conflict.current })
              : t("staffHelp.editor.conflict.body")}{" "}
            {t("staffHelp.editor.conflict.keep")}
          </Alert>
        ) : (
          <FormError error={save.error} />
        )}
        <FormError error={reload.error} />
        {saved !== null && !dirty && (
          <Alert tone="ok" testId={`saved-${lang}`}>
            {t("staffHelp.editor.saved", { version: saved })}
          </Alert>
        )}
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={save.isPending || !dirty || incomplete}
            aria-busy={save.isPending || undefined}
            data-testid={`save-draft-${lang}`}
          >
            {save.isPending ? t("common.saving") : t("staffHelp.editor.saveDraft")}
          </button>
          {dirty && <span className="badge badge--warning">{t("staffHelp.editor.unsaved")}</span>}
        </div>
      </form>
      <WorkflowButtons article={article} lang={lang} dirty={dirty} isAdmin={isAdmin} />
    </TranslationFields>
  );
}
