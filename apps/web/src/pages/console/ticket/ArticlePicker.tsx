import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { articleText, searchArticles } from "../../../api/consoleLive";
import { FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { currentLanguage, type Language } from "../../../i18n";
import { useDebouncedValue } from "../../../lib/hooks";
import { consoleKeys } from "../queries";

/** Finds a published help article and puts "Title: link" into the reply. */
export function ArticlePicker({ onChoose }: { onChoose: (text: string) => void }) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  // The customer's language is the ticket's; the agent picks it (their own to start with).
  const [language, setLanguage] = useState<Language>(currentLanguage);
  const typed = useDebouncedValue(q.trim(), 300);
  const results = useQuery({
    queryKey: consoleKeys.articles(`${language}:${typed}`),
    queryFn: ({ signal }) => searchArticles(typed, language, signal),
    enabled: open,
    staleTime: 60_000,
  });
  return (
    <div className="console-picker">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="article-picker"
      >
        <Icon name="book" size={16} /> {t("console.articles.button")}
      </button>
      {open && (
        <div className="console-picker__panel" id={panelId}>
          <label className="visually-hidden" htmlFor={`${panelId}-q`}>
            {t("console.articles.search")}
          </label>
          <input
            id={`${panelId}-q`}
            type="search"
            value={q}
            placeholder={t("console.articles.search")}
            onChange={(event) => setQ(event.target.value)}
            onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
            data-testid="article-search"
          />
          <fieldset className="segmented console-picker__langs">
            <legend className="visually-hidden">{t("console.articles.language")}</legend>
            {(["en", "zh-CN"] as const).map((lang) => (
              <button
                key={lang}
                type="button"
                className="segmented__option"
                aria-pressed={language === lang}
                onClick={() => setLanguage(lang)}
                lang={lang}
              >
                {lang === "en" ? "English" : "中文"}
              </button>
            ))}
          </fieldset>
          {typed === "" && <p className="muted small">{t("console.articles.popular")}</p>}
          {results.isFetching && <p className="muted small">{t("common.loading")}</p>}
          {results.isError && <FormError error={results.error} />}
          {results.data && results.data.length === 0 && (
            <p className="muted small">{t("console.articles.none")}</p>
          )}
          <ul className="console-picker__list">
            {results.data?.map((a) => (
              <li key={a.slug}>
                <button
                  type="button"
                  className="console-picker__option"
                  onClick={() => {
                    onChoose(articleText(a));
                    setOpen(false);
                  }}
                  data-testid="article-option"
                >
                  <span className="console-picker__title">{a.title}</span>
                  <span className="console-picker__sub">{a.url}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
