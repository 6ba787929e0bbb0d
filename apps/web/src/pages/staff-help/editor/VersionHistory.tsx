import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ArticleDetail,
  getDiff,
  type HelpLang,
  listVersions,
  publishTranslation,
  restoreVersion,
  type VersionSummary,
} from "../../../api/staffHelp";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert, FormError, SelectField } from "../../../components/Form";
import { Loading, QueryState } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { helpKeys } from "../queries";
import { DiffView } from "./DiffView";
import { useApplyArticle } from "./editorState";

type Pending = { kind: "restore" | "publish"; version: number };

/**
 * Every saved version of one translation, newest first: compare any two (diff), restore one as
 * a new draft (history is never rewritten), and for admins publish a chosen version.
 */
export function VersionHistory({
  article,
  lang,
  isAdmin,
  dirty,
  onRestored,
}: {
  article: ArticleDetail;
  lang: HelpLang;
  isAdmin: boolean;
  /** Unsaved text in this language: restoring would replace it, so the question says so. */
  dirty: boolean;
  onRestored: (article: ArticleDetail) => void;
}) {
  const { t } = useTranslation();
  const apply = useApplyArticle();
  const translation = article.translations[lang];
  const query = useQuery({
    queryKey: helpKeys.versions(article.slug, lang),
    queryFn: ({ signal }) => listVersions(article.slug, lang, signal),
    enabled: translation !== undefined,
  });
  const versions = query.data ?? [];
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<Pending | null>(null);

  // Start by comparing the published version (or the one before the latest) with the latest draft.
  useEffect(() => {
    if (compare || versions.length < 2) return;
    const latest = versions[0]?.version ?? 1;
    const published = translation?.publishedVersion;
    const from = published && published < latest ? published : (versions[1]?.version ?? latest);
    setCompare({ from, to: latest });
  }, [versions, compare, translation?.publishedVersion]);

  const diff = useQuery({
    queryKey: helpKeys.diff(article.slug, lang, compare?.from ?? 0, compare?.to ?? 0),
    queryFn: ({ signal }) => getDiff(article.slug, lang, compare?.from ?? 0, compare?.to ?? 0, signal),
    enabled: compare !== null && compare.from !== compare.to,
    staleTime: Number.POSITIVE_INFINITY, // two saved versions never change
  });

  const act = useMutation({
    mutationFn: (p: Pending) =>
      p.kind === "restore"
        ? restoreVersion(article.slug, lang, p.version)
        : publishTranslation(article.slug, lang, p.version),
    onSuccess: (next, p) => {
      apply(next, lang);
      if (p.kind === "restore") onRestored(next);
      setPending(null);
      setDone(p);
    },
  });

  if (!translation) return <p className="muted">{t("staffHelp.history.noTranslation")}</p>;

  return (
    <div className="history" data-testid={`history-${lang}`}>
      <QueryState
        query={query}
        isEmpty={versions.length === 0}
        errorTitle={t("staffHelp.history.loadError")}
        empty={t("staffHelp.history.empty")}
      />
      {done && (
        <Alert tone="ok">
          {t(done.kind === "restore" ? "staffHelp.history.restored" : "staffHelp.history.published", {
            version: done.version,
          })}
        </Alert>
      )}
      {versions.length > 0 && (
        <div className="table-wrap">
          <table className="data-table history__table">
            <thead>
              <tr>
                <th scope="col">{t("staffHelp.history.cols.version")}</th>
                <th scope="col">{t("staffHelp.history.cols.title")}</th>
                <th scope="col">{t("staffHelp.history.cols.author")}</th>
                <th scope="col">{t("staffHelp.history.cols.saved")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("staffHelp.history.cols.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <VersionRow
                  key={v.version}
                  v={v}
                  lang={lang}
                  isLatest={v.version === translation.draftVersion}
                  isPublished={v.version === translation.publishedVersion || v.published}
                  isAdmin={isAdmin}
                  onCompare={() => setCompare({ from: Math.max(1, v.version - 1), to: v.version })}
                  onAsk={(kind) => {
                    setDone(null);
                    act.reset();
                    setPending({ kind, version: v.version });
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pending && (
        <ConfirmBox
          tone="warning"
          text={
            pending.kind === "restore"
              ? `${t("staffHelp.history.restoreQuestion", { version: pending.version })}${dirty ? ` ${t("staffHelp.history.restoreLosesText")}` : ""}`
              : t("staffHelp.history.publishQuestion", { version: pending.version })
          }
          confirmLabel={
            pending.kind === "restore" ? t("staffHelp.history.restore") : t("staffHelp.history.publish")
          }
          pending={act.isPending}
          error={act.error}
          onConfirm={() => act.mutate(pending)}
          onCancel={() => setPending(null)}
          testId={`${pending.kind}-confirm-${lang}`}
        />
      )}
      {versions.length > 1 && compare && (
        <section className="history__compare" aria-label={t("staffHelp.history.compare")}>
          <div className="history__pickers">
            <SelectField
              label={t("staffHelp.history.from")}
              value={String(compare.from)}
              onChange={(e) => setCompare({ ...compare, from: Number(e.target.value) })}
              testId={`diff-from-${lang}`}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t("staffHelp.history.versionN", { version: v.version })}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t("staffHelp.history.to")}
              value={String(compare.to)}
              onChange={(e) => setCompare({ ...compare, to: Number(e.target.value) })}
              testId={`diff-to-${lang}`}
            >
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t("staffHelp.history.versionN", { version: v.version })}
                </option>
              ))}
            </SelectField>
          </div>
          {compare.from === compare.to ? (
            <p className="muted">{t("staffHelp.history.sameVersion")}</p>
          ) : diff.isPending ? (
            <Loading />
          ) : diff.isError ? (
            <FormError error={diff.error} />
          ) : diff.data ? (
            <DiffView diff={diff.data} lang={lang} />
          ) : null}
        </section>
      )}
    </div>
  );
}

function VersionRow({
  v,
  lang,
  isLatest,
  isPublished,
  isAdmin,
  onCompare,
  onAsk,
}: {
  v: VersionSummary;
  lang: HelpLang;
  isLatest: boolean;
  isPublished: boolean;
  isAdmin: boolean;
  onCompare: () => void;
  onAsk: (kind: "restore" | "publish") => void;
}) {
  const { t } = useTranslation();
  return (
    <tr data-version={v.version}>
      <th scope="row" className="history__version">
        {t("staffHelp.history.versionN", { version: v.version })}
        <span className="status-badges">
          {isLatest && <span className="badge badge--neutral">{t("staffHelp.history.latest")}</span>}
          {isPublished && <span className="badge badge--ok">{t("staffHelp.history.live")}</span>}
        </span>
      </th>
      <td lang={lang}>
        {v.title}
        {v.note && <span className="small muted history__note">{v.note}</span>}
      </td>
      <td>{v.author?.name ?? t("staffHelp.editor.satchel")}</td>
      <td className="small">{dateTime(v.createdAt)}</td>
      <td className="actions">
        <div className="history__actions">
          {v.version > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={onCompare}
              data-testid={`compare-${lang}-${v.version}`}
            >
              {t("staffHelp.history.changes")}
            </button>
          )}
          {!isLatest && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onAsk("restore")}
              data-testid={`restore-${lang}-${v.version}`}
            >
              {t("staffHelp.history.restore")}
            </button>
          )}
          {isAdmin && !isPublished && (
            <button
              type="button"
              className="button button--small"
              onClick={() => onAsk("publish")}
              data-testid={`publish-version-${lang}-${v.version}`}
            >
              {t("staffHelp.history.publish")}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
