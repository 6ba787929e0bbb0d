import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type QueueFilters,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../api/console";
import { localName } from "../../../api/consoleLive";
import { useUser } from "../../../auth/useUser";
import { Icon } from "../../../components/Icon";
import { useDebouncedValue } from "../../../lib/hooks";
import { useTicketLabels } from "../labels";
import { useAgents, useGroups } from "../options";
import { hasNarrowing } from "../queueParams";

type SelectKey = "status" | "priority" | "category" | "channel";

/** The search box (#number, email, words) and the filters over the current view. */
export function QueueFiltersBar({
  filters,
  onApply,
}: {
  filters: QueueFilters;
  onApply: (filters: QueueFilters) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const labels = useTicketLabels();
  const agents = useAgents();
  const groups = useGroups();
  const [q, setQ] = useState(filters.q ?? "");
  const [tag, setTag] = useState(filters.tag ?? "");
  const typedQ = useDebouncedValue(q, 400);

  // The address is the truth (back button, saved views): follow it when it changes.
  useEffect(() => setQ(filters.q ?? ""), [filters.q]);
  useEffect(() => setTag(filters.tag ?? ""), [filters.tag]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the typed text starts a search (other filters apply themselves)
  useEffect(() => {
    if (typedQ.trim() !== (filters.q ?? "")) onApply({ ...filters, q: typedQ.trim() });
  }, [typedQ]);

  const set = (key: keyof QueueFilters, value: string) => onApply({ ...filters, [key]: value });
  const select = <T extends string>(key: SelectKey, options: readonly T[], label: (o: T) => string) => (
    <div className="field console-filter">
      <label className="field__label" htmlFor={`filter-${key}`}>
        {t(`console.filters.${key}`)}
      </label>
      <select
        id={`filter-${key}`}
        value={filters[key] ?? ""}
        onChange={(event) => set(key, event.target.value)}
        data-testid={`filter-${key}`}
      >
        <option value="">{t("console.filters.any")}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="console-filters">
      <search className="console-search">
        <form
          className="console-search__form"
          onSubmit={(event) => {
            event.preventDefault();
            onApply({ ...filters, q: q.trim() });
          }}
        >
          <label htmlFor="queue-search" className="visually-hidden">
            {t("console.filters.searchLabel")}
          </label>
          <Icon name="compass" size={18} />
          <input
            id="queue-search"
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            placeholder={t("console.filters.searchPlaceholder")}
            autoComplete="off"
            data-testid="queue-search"
          />
        </form>
      </search>
      <div className="console-filters__row">
        {select("status", TICKET_STATUSES, labels.status)}
        {select("priority", TICKET_PRIORITIES, labels.priority)}
        {select("category", TICKET_CATEGORIES, labels.category)}
        {select("channel", TICKET_CHANNELS, labels.channel)}
        <div className="field console-filter">
          <label className="field__label" htmlFor="filter-group">
            {t("console.filters.group")}
          </label>
          <select
            id="filter-group"
            value={filters.group ?? ""}
            onChange={(event) => set("group", event.target.value)}
            data-testid="filter-group"
          >
            <option value="">{t("console.filters.any")}</option>
            {groups.data?.map((g) => (
              <option key={g.key} value={g.key}>
                {localName(g.name)}
              </option>
            ))}
          </select>
        </div>
        <div className="field console-filter">
          <label className="field__label" htmlFor="filter-assignee">
            {t("console.filters.assignee")}
          </label>
          <select
            id="filter-assignee"
            value={filters.assignee ?? ""}
            onChange={(event) => set("assignee", event.target.value)}
            data-testid="filter-assignee"
          >
            <option value="">{t("console.filters.any")}</option>
            <option value="me">{t("console.filters.me")}</option>
            <option value="none">{t("console.filters.nobody")}</option>
            {agents.data
              ?.filter((a) => a.id !== user.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
        </div>
        <form
          className="field console-filter"
          onSubmit={(event) => {
            event.preventDefault();
            set("tag", tag.trim());
          }}
        >
          <label className="field__label" htmlFor="filter-tag">
            {t("console.filters.tag")}
          </label>
          <input
            id="filter-tag"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
            onBlur={() => tag.trim() !== (filters.tag ?? "") && set("tag", tag.trim())}
            placeholder={t("console.filters.tagPlaceholder")}
            data-testid="filter-tag"
          />
        </form>
      </div>
      {hasNarrowing(filters) && (
        <button
          type="button"
          className="link-button small"
          onClick={() => onApply({ view: filters.view })}
          data-testid="filters-clear"
        >
          {t("console.filters.clear")}
        </button>
      )}
    </div>
  );
}
