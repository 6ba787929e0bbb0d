import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { CustomerPanel, PanelPayment } from "../../../api/consolePanel";
import { type AgentTicketDetail, linkTransactions } from "../../../api/consoleTicket";
import { FormError } from "../../../components/Form";
import { Money } from "../../../components/Money";
import { StatusBadge, useTypeLabel } from "../../../components/TransactionBits";
import { humanize } from "../../../lib/transactions";
import { dateTime } from "../../staff-payments/format";
import { consoleKeys } from "../queries";

/** Balances, recent transactions (failed ones stand out, with their reason code), money on its way. */
export function MoneySections({ panel, ticket }: { panel: CustomerPanel; ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const queryClient = useQueryClient();
  const linked = new Set(ticket.transactions.map((tx) => tx.id));
  const link = useMutation({
    mutationFn: (transactionId: string) => linkTransactions(ticket.id, [transactionId]),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(ticket.id) }),
  });
  const closed = ticket.status === "closed";

  return (
    <>
      <section className="console-panel__section" aria-labelledby="panel-wallets">
        <h3 id="panel-wallets">{t("console.panel.wallets.title")}</h3>
        {panel.wallets.length === 0 && <p className="muted small">{t("console.panel.none")}</p>}
        <ul className="console-wallets">
          {panel.wallets.map((w) => (
            <li key={w.currency} data-testid="panel-wallet">
              <Money amount={w.balance} currency={w.currency} />
              {w.held !== "0" && !/^0(\.0+)?$/.test(w.held) && (
                <span className="muted small">
                  {" "}
                  {t("console.panel.wallets.held")} <Money amount={w.held} currency={w.currency} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="console-panel__section" aria-labelledby="panel-transactions">
        <h3 id="panel-transactions">{t("console.panel.transactions.title")}</h3>
        {panel.transactions.length === 0 && <p className="muted small">{t("console.panel.none")}</p>}
        <ul className="console-tx-list">
          {panel.transactions.map((tx) => (
            <li
              key={tx.id}
              className={`console-tx${tx.failed ? " console-tx--failed" : ""}`}
              data-testid="panel-transaction"
              data-failed={tx.failed}
            >
              <div className="console-tx__main">
                <span>{typeLabel(tx.type)}</span>
                <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
              </div>
              <div className="console-tx__sub">
                <span className="mono">{tx.reference}</span> · {dateTime(tx.at)} ·{" "}
                <StatusBadge status={tx.status} />
              </div>
              {tx.reasonCode && (
                <div className="console-tx__reason">
                  {t("console.linked.reason")} <code>{tx.reasonCode}</code> (
                  {tx.reasonTitle ?? humanize(tx.reasonCode)})
                </div>
              )}
              {!linked.has(tx.id) && !closed && (
                <button
                  type="button"
                  className="link-button small"
                  onClick={() => link.mutate(tx.id)}
                  disabled={link.isPending}
                  data-testid="panel-transaction-link"
                >
                  {t("console.panel.transactions.link")}
                </button>
              )}
            </li>
          ))}
        </ul>
        <FormError error={link.error} />
      </section>

      <section className="console-panel__section" aria-labelledby="panel-in-flight">
        <h3 id="panel-in-flight">{t("console.panel.inFlight.title")}</h3>
        <InFlight
          label={t("console.panel.inFlight.deposits")}
          items={panel.inFlight.deposits}
          testId="panel-deposit"
        />
        {panel.inFlight.cases.length > 0 && (
          <>
            <h4>{t("console.panel.inFlight.cases")}</h4>
            <ul className="console-plain-list small">
              {panel.inFlight.cases.map((c) => (
                <li key={c.id} data-testid="panel-case">
                  {humanize(c.kind)} · {humanize(c.status)} · {dateTime(c.at)}
                </li>
              ))}
            </ul>
          </>
        )}
        <InFlight
          label={t("console.panel.inFlight.withdrawals")}
          items={panel.inFlight.withdrawals}
          testId="panel-withdrawal"
        />
      </section>
    </>
  );
}

function InFlight({ label, items, testId }: { label: string; items: PanelPayment[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{label}</h4>
      {items.length === 0 ? (
        <p className="muted small">{t("console.panel.none")}</p>
      ) : (
        <ul className="console-plain-list small">
          {items.map((p) => (
            <li key={p.id} data-testid={testId}>
              <Money amount={p.amount} currency={p.currency} /> · {p.via || "—"} ·{" "}
              {p.reference && <span className="mono">{p.reference} · </span>}
              <span className="badge badge--warning">{humanize(p.status)}</span>
              {p.waitingFor && <span className="muted"> ({humanize(p.waitingFor)})</span>} · {dateTime(p.at)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
