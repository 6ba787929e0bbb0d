import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type CallbackStatus, listCallbackQueue, type QueueCallback } from "../../../api/phone";
import { Icon } from "../../../components/Icon";
import { useDocumentTitle, useNow } from "../../../lib/hooks";
import { LoadMore, QueryState } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { POLL_MS, useConsoleLive } from "../live";
import { consoleKeys } from "../queries";
import { SettleDialog, type SettleStatus } from "./SettleDialog";
import "./callbacks.css";

const SHOWS = { open: ["requested"], settled: ["done", "missed", "cancelled"] } as const satisfies Record<
  string,
  readonly CallbackStatus[]
>;
type Show = keyof typeof SHOWS;

export const callbackQueueKey = (show: Show) => [...consoleKeys.all, "callbacks", show] as const;

/** /agent/callbacks: customers who asked to be called, the next slot first; overdue ones stand out. */
export function CallbacksPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("phone.console.queue.title"));
  const live = useConsoleLive();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const [show, setShow] = useState<Show>("open");
  const [settling, setSettling] = useState<{ callback: QueueCallback; status: SettleStatus } | null>(null);

  const query = useInfiniteQuery({
    queryKey: callbackQueueKey(show),
    queryFn: ({ pageParam, signal }) =>
      listCallbackQueue({ status: [...SHOWS[show]], cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // New requests arrive as tickets: the live stream says so; without it, ask now and then.
    refetchInterval: live.connected ? POLL_MS * 2 : POLL_MS,
  });
  useEffect(
    () =>
      live.subscribe((event) => {
        if (event.type === "ticket.created" || event.type === "ticket.updated")
          void queryClient.invalidateQueries({ queryKey: [...consoleKeys.all, "callbacks"] });
      }),
    [live, queryClient],
  );
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <div className="console-page console-callbacks" data-testid="callbacks-page">
      <div className="console-queue__head">
        <h1>{t("phone.console.queue.title")}</h1>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("phone.console.queue.show")}</legend>
          {(Object.keys(SHOWS) as Show[]).map((key) => (
            <button
              key={key}
              type="button"
              className="segmented__option"
              aria-pressed={show === key}
              onClick={() => setShow(key)}
              data-testid={`callbacks-show-${key}`}
            >
              {t(`phone.console.queue.${key}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="muted small">{t("phone.console.queue.lead")}</p>
      <QueryState
        query={query}
        isEmpty={rows.length === 0}
        errorTitle={t("phone.console.queue.loadError")}
        empty={show === "open" ? t("phone.console.queue.empty") : t("phone.console.queue.emptySettled")}
        emptyIcon="check"
        emptyTestId="callbacks-empty"
      />
      {rows.length > 0 && (
        <ol className="console-callbacks__list">
          {rows.map((callback) => (
            <CallbackCard
              key={callback.id}
              callback={callback}
              overdue={callback.status === "requested" && Date.parse(callback.slotEnd) <= now}
              onSettle={(status) => setSettling({ callback, status })}
            />
          ))}
        </ol>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
      {settling && (
        <SettleDialog
          callback={settling.callback}
          status={settling.status}
          onClose={() => setSettling(null)}
        />
      )}
    </div>
  );
}

function CallbackCard({
  callback,
  overdue,
  onSettle,
}: {
  callback: QueueCallback;
  overdue: boolean;
  onSettle: (status: SettleStatus) => void;
}) {
  const { t } = useTranslation();
  const { customer, ticket } = callback;
  return (
    <li
      className={`card console-callback${overdue ? " console-callback--overdue" : ""}`}
      data-testid="callback-row"
      data-overdue={overdue}
    >
      <div className="console-callback__when">
        <Icon name="clock" size={16} />
        <time dateTime={callback.slotStart}>{dateTime(callback.slotStart)}</time>
        {overdue && <span className="badge badge--danger">{t("phone.console.queue.overdue")}</span>}
      </div>
      <dl className="console-callback__facts">
        <div>
          <dt>{t("phone.console.queue.customer")}</dt>
          <dd>
            {customer ? (
              <>
                <strong>{customer.name ?? customer.email}</strong>{" "}
                <span className="muted small">
                  {customer.email}
                  {customer.walletNumber ? ` · ${customer.walletNumber}` : ""}
                </span>
              </>
            ) : (
              <span className="muted">{t("phone.console.queue.notLinked")}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("phone.console.queue.phone")}</dt>
          <dd>
            <a href={`tel:${callback.phone}`} className="mono" data-testid="callback-phone-link">
              {callback.phone}
            </a>{" "}
            <span className="muted small">
              {t("phone.console.queue.speak", {
                language: callback.language === "zh-CN" ? "中文" : "English",
              })}
            </span>
          </dd>
        </div>
        {ticket && (
          <div>
            <dt>{t("phone.console.queue.ticket")}</dt>
            <dd>
              <Link to={`/agent/tickets/${encodeURIComponent(ticket.id)}`} data-testid="callback-ticket">
                #{ticket.number}
              </Link>
            </dd>
          </div>
        )}
        {callback.note && (
          <div>
            <dt>{t("phone.console.queue.note")}</dt>
            <dd className="console-callback__note">{callback.note}</dd>
          </div>
        )}
      </dl>
      {callback.status === "requested" ? (
        <div className="console-inline">
          <button
            type="button"
            className="button button--small button--primary"
            onClick={() => onSettle("done")}
            data-testid="callback-done"
          >
            {t("phone.console.queue.done")}
          </button>
          <button type="button" className="button button--small" onClick={() => onSettle("missed")}>
            {t("phone.console.queue.missed")}
          </button>
          <button type="button" className="button button--small" onClick={() => onSettle("cancelled")}>
            {t("phone.console.queue.cancel")}
          </button>
        </div>
      ) : (
        <p className="muted small" data-testid="callback-handled">
          {t("phone.console.queue.handled", {
            status: t(`phone.mine.status.${callback.status}`),
            name: callback.handledBy?.name ?? "—",
            when: dateTime(callback.handledAt),
          })}
        </p>
      )}
    </li>
  );
}
