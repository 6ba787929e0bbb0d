import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client";
import { listDevMessages } from "../api/devMessages";
import { EmptyState } from "../components/EmptyState";
import { Icon } from "../components/Icon";
import { MessageDetail } from "../components/MessageDetail";
import { MessageList } from "../components/MessageList";
import { PageHeader } from "../components/PageHeader";
import { useDebouncedValue, useDocumentTitle } from "../lib/hooks";
import { DevMailboxThreading } from "./DevMailboxThreading";

const REFRESH_MS = 5_000;

function isMailboxOff(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export function DevMailboxPage() {
  const { t } = useTranslation();
  const title = t("mailbox.title");
  useDocumentTitle(title);

  const [filter, setFilter] = useState("");
  const to = useDebouncedValue(filter.trim(), 300);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);

  const query = useQuery({
    queryKey: ["dev-messages", to],
    queryFn: ({ signal }) => listDevMessages(to, signal),
    placeholderData: keepPreviousData,
    retry: false, // it refreshes every few seconds anyway
    refetchInterval: (q) => (isMailboxOff(q.state.error) ? false : REFRESH_MS),
  });

  if (isMailboxOff(query.error)) {
    return (
      <div className="container page">
        <PageHeader icon="inbox" title={title} />
        <EmptyState icon="lock" title={t("mailbox.offTitle")}>
          <p>{t("mailbox.offBody")}</p>
        </EmptyState>
      </div>
    );
  }

  const messages = query.data ?? [];
  const selected = messages.find((m) => m.id === selectedId) ?? null;

  const select = (id: string) => {
    setSelectedId(id);
    // On narrow screens the detail sits under the list: bring it into view.
    if (window.matchMedia("(max-width: 860px)").matches) {
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      requestAnimationFrame(() =>
        detailRef.current?.scrollIntoView({ behavior: smooth ? "smooth" : "auto", block: "start" }),
      );
    }
  };

  return (
    <div className="container page">
      <PageHeader icon="inbox" title={title} description={t("mailbox.description")} />

      <div className="toolbar card">
        <label className="field">
          <span className="field__label">{t("mailbox.filterLabel")}</span>
          <input
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            placeholder={t("mailbox.filterPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            data-testid="mailbox-filter"
          />
        </label>
        <div className="toolbar__actions">
          <span className="muted small">
            {query.isSuccess && `${t("mailbox.count", { n: messages.length })} · `}
            {t("mailbox.autoRefresh")}
          </span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
            data-testid="mailbox-refresh"
          >
            <Icon name="refresh" size={16} className={query.isFetching ? "spin" : undefined} />
            {query.isFetching ? t("mailbox.refreshing") : t("mailbox.refresh")}
          </button>
        </div>
      </div>

      {query.isError && (
        <div className="alert alert--danger" role="alert">
          <Icon name="alert" size={20} />
          <div className="alert__body">
            <strong>{t("mailbox.errorTitle")}</strong>{" "}
            {query.error instanceof ApiError ? query.error.title : t("errors.network")}
          </div>
          <button type="button" className="button button--small" onClick={() => void query.refetch()}>
            {t("mailbox.tryAgain")}
          </button>
        </div>
      )}

      {query.isPending ? (
        <p className="muted" aria-live="polite">
          {t("mailbox.loading")}
        </p>
      ) : messages.length === 0 ? (
        query.isSuccess && (
          <EmptyState icon="inbox" title={to ? t("mailbox.emptyFiltered", { to }) : t("mailbox.emptyTitle")}>
            <p>{t("mailbox.emptyBody")}</p>
          </EmptyState>
        )
      ) : (
        <div className="mailbox">
          <div className="mailbox__list card">
            <MessageList messages={messages} selectedId={selected?.id ?? null} onSelect={select} />
          </div>
          <div className="mailbox__detail card" ref={detailRef}>
            {selected ? (
              <>
                <MessageDetail key={selected.id} message={selected} />
                <DevMailboxThreading key={`threading-${selected.id}`} message={selected} />
              </>
            ) : (
              <p className="mailbox__prompt muted">{t("mailbox.selectPrompt")}</p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
