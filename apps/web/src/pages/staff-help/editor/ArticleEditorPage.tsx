import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { type ArticleDetail, getArticle, HELP_LANGS, type HelpLang } from "../../../api/staffHelp";
import { useUser } from "../../../auth/useUser";
import { EmptyState } from "../../../components/EmptyState";
import { Alert } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { helpKeys } from "../queries";
import { draftFrom, isDirty, type LocalDraft } from "./editorState";
import { LeaveGuard } from "./LeaveGuard";
import { MetaPanel } from "./MetaPanel";
import { TranslationPanel } from "./TranslationPanel";
import { VersionHistory } from "./VersionHistory";

/** The editor of one article (/admin/help/articles/:slug). */
export function ArticleEditorPage() {
  const { t } = useTranslation();
  const slug = useParams().slug ?? "";
  const query = useQuery({
    queryKey: helpKeys.article(slug),
    queryFn: ({ signal }) => getArticle(slug, signal),
  });
  if (query.data) return <ArticleEditor key={slug} article={query.data} />;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  return (
    <HelpStaffFrame page="articles" title={slug} lead={t("staffHelp.editor.lead")}>
      {query.isPending && <Loading />}
      {missing && (
        <EmptyState icon="book" title={t("staffHelp.editor.notFound")}>
          <p>{t("staffHelp.editor.notFoundBody", { slug })}</p>
          <Link to="/admin/help" className="button button--primary">
            {t("staffHelp.editor.backToList")}
          </Link>
        </EmptyState>
      )}
      {query.isError && !missing && (
        <LoadFailed
          title={t("staffHelp.editor.loadError")}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
    </HelpStaffFrame>
  );
}

function titleOf(article: ArticleDetail): string {
  const mine = currentLanguage();
  const other: HelpLang = mine === "en" ? "zh-CN" : "en";
  return article.translations[mine]?.draftTitle || article.translations[other]?.draftTitle || article.slug;
}

/**
 * Meta on top, the two languages side by side (text, preview, workflow), and each language's
 * version history under them. The text being edited lives here, so a restore or a reload after
 * a conflict can replace it.
 */
function ArticleEditor({ article }: { article: ArticleDetail }) {
  const { t } = useTranslation();
  const isAdmin = useUser().role === "admin";
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [drafts, setDrafts] = useState<Record<HelpLang, LocalDraft>>(() => ({
    en: draftFrom(article.translations.en),
    "zh-CN": draftFrom(article.translations["zh-CN"]),
  }));
  const [historyLang, setHistoryLang] = useState<HelpLang>(currentLanguage());
  const setDraft = (lang: HelpLang, draft: LocalDraft) => setDrafts((d) => ({ ...d, [lang]: draft }));
  const dirtyLangs = HELP_LANGS.filter((l) => isDirty(drafts[l], article.translations[l]));

  return (
    <HelpStaffFrame page="articles" title={titleOf(article)} lead={t("staffHelp.editor.lead")} wide>
      <LeaveGuard when={dirtyLangs.length > 0} />
      <div className="stack">
        <p>
          <Link to="/admin/help">{t("staffHelp.editor.backToList")}</Link>
        </p>
        {created && <Alert tone="ok">{t("staffHelp.editor.createdNotice")}</Alert>}
        {!isAdmin && <Alert tone="info">{t("staffHelp.workflow.agentBanner")}</Alert>}
        <MetaPanel article={article} />
        <div className="translation-grid">
          {HELP_LANGS.map((lang) => (
            <TranslationPanel
              key={lang}
              article={article}
              lang={lang}
              draft={drafts[lang]}
              onDraft={(d) => setDraft(lang, d)}
              isAdmin={isAdmin}
            />
          ))}
        </div>
        <section className="card history-card" aria-labelledby="history-heading">
          <h2 id="history-heading">{t("staffHelp.history.heading")}</h2>
          <div className="tabs" role="tablist" aria-label={t("staffHelp.history.languages")}>
            {HELP_LANGS.map((lang) => (
              <button
                key={lang}
                type="button"
                role="tab"
                id={`history-tab-${lang}`}
                aria-selected={historyLang === lang}
                aria-controls="history-panel"
                tabIndex={historyLang === lang ? 0 : -1}
                onClick={() => setHistoryLang(lang)}
                onKeyDown={(e) => {
                  if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
                  const next = HELP_LANGS.find((l) => l !== historyLang) ?? lang;
                  setHistoryLang(next);
                  document.getElementById(`history-tab-${next}`)?.focus();
                }}
                data-testid={`history-tab-${lang}`}
              >
                {t(`staffHelp.langs.${lang}`)}
              </button>
            ))}
          </div>
          <div id="history-panel" role="tabpanel" aria-labelledby={`history-tab-${historyLang}`}>
            <VersionHistory
              key={historyLang}
              article={article}
              lang={historyLang}
              isAdmin={isAdmin}
              dirty={dirtyLangs.includes(historyLang)}
              onRestored={(next) => setDraft(historyLang, draftFrom(next.translations[historyLang]))}
            />
          </div>
        </section>
      </div>
    </HelpStaffFrame>
  );
}
