import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type HelpLang, listFacts } from "../../../api/staffHelp";
import { Icon } from "../../../components/Icon";
import { QueryState } from "../../staff-payments/Feedback";
import { helpKeys } from "../queries";

/** Facts longer than this (whole tables) are cut in the list; the full value is in the tooltip. */
const SHOWN_VALUE_LENGTH = 80;

/**
 * The `{{facts}}` an article may use, with their current values in this language; choosing one
 * inserts it at the cursor. Numbers in articles come from here so they stay true when settings change.
 */
export function FactsHelper({ lang, onInsert }: { lang: HelpLang; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const panelId = useId();
  const query = useQuery({
    queryKey: helpKeys.facts,
    queryFn: ({ signal }) => listFacts(signal),
    enabled: open,
    staleTime: 5 * 60_000,
  });
  const needle = filter.trim().toLowerCase();
  const facts = (query.data ?? []).filter(
    (f) =>
      needle === "" ||
      f.name.toLowerCase().includes(needle) ||
      f.description.toLowerCase().includes(needle) ||
      f.values[lang].toLowerCase().includes(needle),
  );
  return (
    <div className="facts-helper">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid={`facts-toggle-${lang}`}
      >
        <Icon name="list" size={16} />
        {t("staffHelp.editor.facts.open")}
      </button>
      <div id={panelId} className="facts-helper__panel" hidden={!open} data-testid={`facts-${lang}`}>
        {open && (
          <>
            <p className="small muted">{t("staffHelp.editor.facts.lead")}</p>
            <input
              type="search"
              className="facts-helper__filter"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t("staffHelp.editor.facts.filter")}
              aria-label={t("staffHelp.editor.facts.filter")}
            />
            <QueryState
              query={query}
              isEmpty={facts.length === 0}
              errorTitle={t("staffHelp.editor.facts.loadError")}
              empty={t("staffHelp.editor.facts.none")}
            />
            {facts.length > 0 && (
              <ul className="facts-helper__list">
                {facts.map((f) => {
                  const value = f.values[lang];
                  return (
                    <li key={f.name}>
                      <button
                        type="button"
                        className="facts-helper__fact"
                        onClick={() => {
                          onInsert(`{{${f.name}}}`);
                          setOpen(false);
                        }}
                        title={value}
                      >
                        <span className="mono facts-helper__name">{`{{${f.name}}}`}</span>
                        <span className="facts-helper__value">
                          {value.length > SHOWN_VALUE_LENGTH
                            ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…`
                            : value}
                        </span>
                        {f.description && <span className="small muted">{f.description}</span>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
