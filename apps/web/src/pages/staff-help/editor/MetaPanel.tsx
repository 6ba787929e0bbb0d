import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ArticleDetail, updateArticle } from "../../../api/staffHelp";
import { useUser } from "../../../auth/useUser";
import { Alert, FormError, SubmitButton } from "../../../components/Form";
import { helpArticlePath } from "../../../lib/support";
import { dateTime } from "../../staff-payments/format";
import { useApplyArticle } from "./editorState";
import { MetaFields } from "./MetaFields";
import { metaChanges, metaOf, metaProblems } from "./metaDraft";

/** The article's address and dates, and its meta (section, kind, tags, related), saved on their own. */
export function MetaPanel({ article }: { article: ArticleDetail }) {
  const { t } = useTranslation();
  const apply = useApplyArticle();
  // Moving a published article changes where customers find it: only admins may (the server checks too).
  const sectionLocked = useUser().role !== "admin";
  const [draft, setDraft] = useState(() => metaOf(article));
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const changes = metaChanges(article, draft);
  const changed = Object.keys(changes).length > 0;
  const problems = metaProblems(draft, article.slug);
  const save = useMutation({
    mutationFn: () => updateArticle(article.slug, changes),
    onSuccess: (next) => {
      apply(next);
      setDraft(metaOf(next));
      setSaved(true);
      setTried(false);
    },
  });
  const published = Object.values(article.translations).some((tr) => tr.publishedVersion !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (problems.length === 0 && changed) save.mutate();
  };

  return (
    <form className="card help-meta" aria-labelledby="article-meta-heading" onSubmit={submit} noValidate>
      <div className="help-meta__head">
        <h2 id="article-meta-heading">{t("staffHelp.editor.meta.heading")}</h2>
        <dl className="help-meta__facts small">
          <div>
            <dt>{t("staffHelp.editor.slug")}</dt>
            <dd className="mono">{article.slug}</dd>
          </div>
          <div>
            <dt>{t("staffHelp.editor.created")}</dt>
            <dd>{dateTime(article.createdAt)}</dd>
          </div>
          <div>
            <dt>{t("staffHelp.editor.updated")}</dt>
            <dd>{dateTime(article.updatedAt)}</dd>
          </div>
        </dl>
        {published && (
          <Link
            to={helpArticlePath(article.slug)}
            className="button button--small"
            target="_blank"
            rel="noopener"
          >
            {t("staffHelp.editor.viewPublic")}
          </Link>
        )}
      </div>
      <MetaFields
        draft={draft}
        onChange={(d) => {
          setSaved(false);
          setDraft(d);
        }}
        problems={tried ? problems : []}
        sectionLocked={sectionLocked}
      />
      {article.related.some((r) => r.title) && (
        <p className="small muted">
          {t("staffHelp.editor.meta.relatedNow")}{" "}
          {article.related.map((r, i) => (
            <span key={r.slug}>
              {i > 0 && ", "}
              <Link to={`/admin/help/articles/${encodeURIComponent(r.slug)}`}>{r.title ?? r.slug}</Link>
            </span>
          ))}
        </p>
      )}
      <FormError error={save.error} />
      {saved && !changed && <Alert tone="ok">{t("staffHelp.editor.meta.saved")}</Alert>}
      <div className="button-row">
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t("common.saving")}
          disabled={!changed}
          testId="save-meta"
        >
          {t("staffHelp.editor.meta.save")}
        </SubmitButton>
        <span className="small muted">{t("staffHelp.editor.meta.hint")}</span>
      </div>
    </form>
  );
}
