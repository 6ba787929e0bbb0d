import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchCounts, type QueueFilters } from "../../../api/console";
import { deleteFilter, listSavedFilters, type SavedFilter, saveFilter } from "../../../api/consoleLive";
import { FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { POLL_MS, useConsoleLive } from "../live";
import { consoleKeys } from "../queries";
import {
  filtersFrom,
  hasNarrowing,
  paramsFrom,
  SIDEBAR_VIEWS,
  type SidebarViewKey,
  sameParams,
} from "../queueParams";

/** The views with their counts, then the saved views (own and shared), and "save this list". */
export function ViewSidebar({
  filters,
  active,
  onApply,
}: {
  filters: QueueFilters;
  active: SidebarViewKey | null;
  onApply: (filters: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const live = useConsoleLive();
  const counts = useQuery({
    queryKey: consoleKeys.counts,
    queryFn: ({ signal }) => fetchCounts(signal),
    refetchInterval: live.connected ? false : POLL_MS,
  });
  return (
    <aside className="console-sidebar" aria-label={t("console.views.label")}>
      <nav aria-label={t("console.views.label")}>
        <ul className="console-views">
          {SIDEBAR_VIEWS.map((view) => {
            const count = view.count && counts.data ? counts.data[view.count] : null;
            return (
              <li key={view.key}>
                <button
                  type="button"
                  className="console-views__item"
                  aria-current={active === view.key ? "page" : undefined}
                  onClick={() => onApply(view.filters)}
                  data-testid={`view-${view.key}`}
                >
                  <span>{t(`console.views.${view.key}`)}</span>
                  {count !== null && (
                    <span
                      className={`console-count${view.key === "breached" && count > 0 ? " console-count--danger" : ""}`}
                      data-testid={`view-count-${view.key}`}
                    >
                      {count}
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <SavedViews filters={filters} onApply={onApply} />
    </aside>
  );
}

/** A saved view's query; without a view it is every ticket, as the server reads it. */
function savedParams(filter: SavedFilter): Record<string, string> {
  return { view: "all", ...filter.filters };
}

function SavedViews({
  filters,
  onApply,
}: {
  filters: QueueFilters;
  onApply: (filters: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const saved = useQuery({
    queryKey: consoleKeys.savedFilters,
    queryFn: ({ signal }) => listSavedFilters(signal),
  });
  const remove = useMutation({
    mutationFn: (filter: SavedFilter) => deleteFilter(filter.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.savedFilters }),
  });
  const current = paramsFrom(filters);
  return (
    <section className="console-saved" aria-labelledby="saved-views-title">
      <h2 id="saved-views-title" className="console-sidebar__heading">
        {t("console.saved.title")}
      </h2>
      {saved.isError && <p className="muted small">{t("console.saved.loadError")}</p>}
      {saved.data && saved.data.length === 0 && <p className="muted small">{t("console.saved.none")}</p>}
      <ul className="console-views">
        {saved.data?.map((filter) => (
          <li key={filter.id} className="console-saved__item">
            <button
              type="button"
              className="console-views__item"
              aria-current={
                sameParams(paramsFrom(filtersFrom(new URLSearchParams(savedParams(filter)))), current)
                  ? "page"
                  : undefined
              }
              onClick={() => onApply(filtersFrom(new URLSearchParams(savedParams(filter))))}
              data-testid="saved-view"
            >
              <span>{filter.name}</span>
              {filter.shared && (
                <span
                  className="badge badge--neutral"
                  title={filter.ownerName ? t("console.saved.by", { name: filter.ownerName }) : undefined}
                >
                  {t("console.saved.shared")}
                </span>
              )}
            </button>
            {filter.canDelete && (
              <button
                type="button"
                className="icon-button"
                aria-label={t("console.saved.delete", { name: filter.name })}
                onClick={() => remove.mutate(filter)}
                disabled={remove.isPending}
                data-testid="saved-view-delete"
              >
                <Icon name="close" size={16} />
              </button>
            )}
          </li>
        ))}
      </ul>
      <FormError error={remove.error} />
      {hasNarrowing(filters) && <SaveViewForm filters={current} />}
    </section>
  );
}

function SaveViewForm({ filters }: { filters: Record<string, string> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const save = useMutation({
    mutationFn: () => saveFilter({ name: name.trim(), filters: { view: "open", ...filters }, shared }),
    onSuccess: async () => {
      setOpen(false);
      setName("");
      await queryClient.invalidateQueries({ queryKey: consoleKeys.savedFilters });
    },
  });
  if (!open) {
    return (
      <button
        type="button"
        className="button button--small"
        onClick={() => setOpen(true)}
        data-testid="save-view"
      >
        <Icon name="plus" size={16} /> {t("console.saved.save")}
      </button>
    );
  }
  return (
    <form
      className="console-save-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) save.mutate();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor="save-view-name">
          {t("console.saved.name")}
        </label>
        <input
          id="save-view-name"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
          required
          data-testid="save-view-name"
        />
      </div>
      <label className="console-check">
        <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
        {t("console.saved.shareWithTeam")}
      </label>
      <FormError error={save.error} />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary button--small"
          disabled={save.isPending}
          data-testid="save-view-confirm"
        >
          {t("console.saved.confirm")}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
