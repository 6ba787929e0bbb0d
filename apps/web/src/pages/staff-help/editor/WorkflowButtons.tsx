import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ArticleDetail,
  type HelpLang,
  publishTranslation,
  submitForReview,
  unpublishTranslation,
} from "../../../api/staffHelp";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert, FormError } from "../../../components/Form";
import { useApplyArticle } from "./editorState";

type Done = "submitted" | "published" | "unpublished";

/**
 * The review workflow of one translation. Agents submit a saved draft for review; admins
 * publish it (or take it down). Agents see the publish button disabled, with the reason.
 */
export function WorkflowButtons({
  article,
  lang,
  dirty,
  isAdmin,
}: {
  article: ArticleDetail;
  lang: HelpLang;
  dirty: boolean;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApplyArticle();
  const noteId = useId();
  const [done, setDone] = useState<{ what: Done; version: number | null } | null>(null);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);
  const translation = article.translations[lang];
  const action = useMutation({
    mutationFn: (what: Done) =>
      what === "submitted"
        ? submitForReview(article.slug, lang)
        : what === "published"
          ? // Exactly the version on screen: a draft an agent saves meanwhile is not published unseen.
            publishTranslation(article.slug, lang, translation?.draftVersion)
          : unpublishTranslation(article.slug, lang),
    onSuccess: (next, what) => {
      apply(next, lang);
      setConfirmUnpublish(false);
      setDone({ what, version: next.translations[lang]?.publishedVersion ?? null });
    },
  });
  if (!translation) return null;

  const upToDate = translation.status === "published";
  const isPublished = translation.status === "published" || translation.status === "changed";
  const langName = t(`staffHelp.langs.${lang}`);
  // Why a button cannot be used right now, said next to it.
  const blocked = dirty
    ? t("staffHelp.workflow.saveFirst")
    : upToDate
      ? t("staffHelp.workflow.upToDate")
      : null;

  return (
    <div className="workflow" data-testid={`workflow-${lang}`}>
      <h3 className="workflow__title">{t("staffHelp.workflow.title")}</h3>
      <div className="button-row">
        {!isAdmin && (
          <button
            type="button"
            className="button"
            onClick={() => action.mutate("submitted")}
            disabled={action.isPending || blocked !== null || translation.submittedAt !== null}
            aria-describedby={noteId}
            data-testid={`submit-${lang}`}
          >
            {t("staffHelp.workflow.submit")}
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={() => action.mutate("published")}
          disabled={!isAdmin || action.isPending || blocked !== null}
          aria-describedby={noteId}
          data-testid={`publish-${lang}`}
        >
          {action.isPending && action.variables === "published"
            ? t("common.working")
            : translation.submittedAt && isAdmin
              ? t("staffHelp.workflow.approve")
              : t("staffHelp.workflow.publish")}
        </button>
        {isAdmin && isPublished && (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirmUnpublish(true)}
            disabled={action.isPending}
            data-testid={`unpublish-${lang}`}
          >
            {t("staffHelp.workflow.unpublish")}
          </button>
        )}
      </div>
      <p className="small muted" id={noteId}>
        {!isAdmin
          ? translation.submittedAt
            ? t("staffHelp.workflow.agentSubmitted")
            : t("staffHelp.workflow.agentNote")
          : (blocked ??
            (translation.submittedAt
              ? translation.submittedVersion !== null
                ? t("staffHelp.workflow.awaitingReviewVersion", { version: translation.submittedVersion })
                : t("staffHelp.workflow.awaitingReview")
              : t("staffHelp.workflow.adminNote", { version: translation.draftVersion })))}
        {!isAdmin && blocked && ` ${blocked}`}
      </p>
      {confirmUnpublish && (
        <ConfirmBox
          tone="danger"
          text={t("staffHelp.workflow.unpublishQuestion", { lang: langName })}
          confirmLabel={t("staffHelp.workflow.unpublish")}
          pending={action.isPending}
          error={action.variables === "unpublished" ? action.error : null}
          onConfirm={() => action.mutate("unpublished")}
          onCancel={() => setConfirmUnpublish(false)}
          testId={`unpublish-confirm-${lang}`}
        />
      )}
      {!confirmUnpublish && <FormError error={action.error} />}
      {done && (
        <Alert tone="ok" testId={`workflow-done-${lang}`}>
          {done.what === "published"
            ? t("staffHelp.workflow.publishedNow", { lang: langName, version: done.version ?? "" })
            : t(`staffHelp.workflow.${done.what}Now`, { lang: langName })}
        </Alert>
      )}
    </div>
  );
}
