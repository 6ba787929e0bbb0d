import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { findArticles, type Lang } from "../../../api/deskAdmin";
import { TextField } from "../../../components/Form";
import { useDebouncedValue } from "../../../lib/hooks";
import { deskAdminKeys } from "../queries";
import { VARIABLES } from "./macroDraft";

/**
 * The variables a macro may use, each with what it becomes, and help articles to link: a click
 * puts it at the cursor of the reply text last worked on (English or Chinese).
 */
export function VariablesHelper({ target, onInsert }: { target: Lang; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const term = useDebouncedValue(q.trim(), 300);
  const articles = useQuery({
    queryKey: deskAdminKeys.articles(term, target),
    queryFn: ({ signal }) => findArticles(term, target, signal),
    staleTime: 60_000,
  });
  const targetName = t(`deskAdmin.macros.langs.${target}`);
  return (
    <aside className="macro-vars" aria-labelledby="macro-vars-title" data-testid="macro-variables">
      <h3 id="macro-vars-title">{t("deskAdmin.macros.vars.title")}</h3>
      <p className="small muted">{t("deskAdmin.macros.vars.lead", { lang: targetName })}</p>
      <ul className="macro-vars__list">
        {VARIABLES.map((v) => (
          <li key={v.key}>
            <button
              type="button"
              className="code-chip macro-vars__insert"
              onClick={() => onInsert(v.text)}
              aria-label={t("deskAdmin.macros.vars.insert", { text: v.text, lang: targetName })}
              data-testid={`macro-var-${v.key}`}
            >
              <code>{v.text}</code>
            </button>
            <span className="small muted">{t(`deskAdmin.macros.vars.${v.key}`)}</span>
          </li>
        ))}
        <li>
          <code className="code-chip">{"{{article:<slug>}}"}</code>
          <span className="small muted">{t("deskAdmin.macros.vars.article")}</span>
        </li>
      </ul>
      <TextField
        label={t("deskAdmin.macros.vars.findArticle")}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        testId="macro-article-search"
      />
      {articles.isError && <p className="small field__error">{t("deskAdmin.macros.vars.articlesFailed")}</p>}
      {articles.data && articles.data.length === 0 && (
        <p className="small muted">{t("deskAdmin.macros.vars.noArticles")}</p>
      )}
      {articles.data && articles.data.length > 0 && (
        <ul className="macro-vars__articles" aria-label={t("deskAdmin.macros.vars.articles")}>
          {articles.data.map((a) => (
            <li key={a.slug}>
              <button
                type="button"
                className="link-button"
                onClick={() => onInsert(`{{article:${a.slug}}}`)}
                aria-label={t("deskAdmin.macros.vars.insertArticle", { title: a.title, lang: targetName })}
              >
                {a.title}
              </button>
              <code className="small muted">{a.slug}</code>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
