import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { listMacros, localName, type Macro, type RenderedMacro, renderMacro } from "../../../api/consoleLive";
import { FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { consoleKeys } from "../queries";

/**
 * The canned answers: a list to filter and pick from; the chosen one is rendered for this
 * ticket (customer's name, wallet number, article links filled in) and handed to the composer.
 */
export function MacroPicker({
  ticketId,
  onChoose,
}: {
  ticketId: string;
  onChoose: (macro: Macro, rendered: RenderedMacro, title: string) => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const macros = useQuery({
    queryKey: consoleKeys.macros,
    queryFn: ({ signal }) => listMacros(signal),
    enabled: open,
    staleTime: 60_000,
  });
  const render = useMutation({
    mutationFn: (macro: Macro) => renderMacro(macro.id, ticketId),
    onSuccess: (rendered, macro) => {
      onChoose(macro, rendered, localName(macro.title));
      setOpen(false);
      setFilter("");
    },
  });
  const needle = filter.trim().toLowerCase();
  const shown = (macros.data ?? [])
    .filter((m) => !needle || `${m.title.en} ${m.title["zh-CN"]}`.toLowerCase().includes(needle))
    .sort((a, b) => b.usageCount - a.usageCount);

  return (
    <div className="console-picker">
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        data-testid="macro-picker"
      >
        <Icon name="list" size={16} /> {t("console.macros.button")}
      </button>
      {open && (
        <div className="console-picker__panel" id={listId}>
          <label className="visually-hidden" htmlFor={`${listId}-filter`}>
            {t("console.macros.filter")}
          </label>
          <input
            id={`${listId}-filter`}
            type="search"
            value={filter}
            placeholder={t("console.macros.filter")}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => event.key === "Escape" && setOpen(false)}
            data-testid="macro-filter"
          />
          {macros.isPending && <p className="muted small">{t("common.loading")}</p>}
          {macros.isError && <FormError error={macros.error} />}
          {macros.data && shown.length === 0 && <p className="muted small">{t("console.macros.none")}</p>}
          <ul className="console-picker__list">
            {shown.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="console-picker__option"
                  onClick={() => render.mutate(m)}
                  disabled={render.isPending}
                  data-testid="macro-option"
                  data-macro-id={m.id}
                >
                  <span className="console-picker__title">{localName(m.title)}</span>
                  <span className="console-picker__sub">
                    {m.setStatus &&
                      t("console.macros.setsStatus", { status: t(`console.status.${m.setStatus}`) })}
                    {m.addTags.length > 0 &&
                      ` ${t("console.macros.addsTags", { tags: m.addTags.join(", ") })}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <FormError error={render.error} />
        </div>
      )}
    </div>
  );
}
