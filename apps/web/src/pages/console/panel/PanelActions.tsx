import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PANEL_ACTIONS, type PanelAction } from "../../../api/consoleActions";
import type { CustomerPanel } from "../../../api/consolePanel";
import type { AgentTicketDetail } from "../../../api/consoleTicket";
import { roleAllows } from "../../../auth/RequireRole";
import { useUser } from "../../../auth/useUser";
import { Alert } from "../../../components/Form";
import { Icon, type IconName } from "../../../components/Icon";
import { ActionDialog } from "./ActionDialog";

const ICONS: Record<PanelAction, IconName> = {
  unlock: "key",
  "2fa-reset": "phone",
  lock: "lock",
  freeze: "moneyOut",
  unfreeze: "check",
  "resend-verification": "mail",
  escalate: "shield",
};

type Unavailable =
  | "noAccount"
  | "notLocked"
  | "alreadyLocked"
  | "no2fa"
  | "alreadyFrozen"
  | "notFrozen"
  | "emailVerified"
  | "closed"
  | "staffOnly";

/** Why an action is not available for this account now (null: it is). */
function unavailable(action: PanelAction, panel: CustomerPanel | null): Unavailable | null {
  if (action === "escalate") return null;
  if (!panel) return "noAccount";
  switch (action) {
    case "unlock":
      return panel.lock.locked ? null : "notLocked";
    case "2fa-reset":
      return panel.twoFactor.totp || panel.twoFactor.sms ? null : "no2fa";
    case "lock":
      return panel.lock.locked && panel.lock.kind === "hard" ? "alreadyLocked" : null;
    case "freeze":
      return panel.frozen.frozen ? "alreadyFrozen" : null;
    case "unfreeze":
      return panel.frozen.frozen ? null : "notFrozen";
    case "resend-verification":
      return panel.profile.emailVerified ? "emailVerified" : null;
  }
}

/**
 * What support can do from the panel. Each action opens a dialog asking for a reason (and, to
 * lift a protection, the identity checks made); the trace link leads to the payment pages.
 */
export function PanelActions({
  ticket,
  panel,
  userId,
}: {
  ticket: AgentTicketDetail;
  panel: CustomerPanel | null;
  userId: string | null;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [done, setDone] = useState<{ action: PanelAction; changed: boolean } | null>(null);
  const closed = ticket.status === "closed";
  const mayAct = roleAllows(user.role, "agent");
  return (
    <section className="console-panel__section console-actions" aria-labelledby="panel-actions-title">
      <h3 id="panel-actions-title">{t("console.actions.title")}</h3>
      {done && (
        <Alert tone="ok" testId="panel-action-done">
          {done.changed ? t(`console.actions.done.${done.action}`) : t("console.actions.notNeeded")}
        </Alert>
      )}
      <ul className="console-actions__list">
        {PANEL_ACTIONS.map((action) => {
          // Compliance officers read the panel; the actions are for agents, supervisors and admins.
          const why: Unavailable | null = !mayAct
            ? "staffOnly"
            : closed && action === "escalate"
              ? "closed"
              : unavailable(action, panel);
          return (
            <li key={action}>
              <button
                type="button"
                className={`button button--small${action === "freeze" || action === "lock" || action === "escalate" ? " button--danger" : ""}`}
                disabled={why !== null}
                title={why ? t(`console.actions.unavailable.${why}`) : undefined}
                onClick={() => {
                  setDone(null);
                  setOpen(action);
                }}
                data-testid={`panel-action-${action}`}
              >
                <Icon name={ICONS[action]} size={16} /> {t(`console.actions.names.${action}`)}
              </button>
            </li>
          );
        })}
        {roleAllows(user.role, "agent") && (
          <li>
            <Link to="/admin/bank#suspense" className="button button--small" data-testid="panel-action-trace">
              <Icon name="moneyIn" size={16} /> {t("console.actions.trace")}
            </Link>
          </li>
        )}
      </ul>
      {roleAllows(user.role, "agent") && (
        <p className="muted small">
          {t("console.actions.traceHint")} <Link to="/admin/bank#cases">{t("console.actions.cases")}</Link>
        </p>
      )}
      {open && (
        <ActionDialog
          action={open}
          ticketId={ticket.id}
          userId={userId}
          customerName={panel?.profile.name ?? panel?.profile.email ?? ticket.requester.email}
          panel={panel}
          onClose={() => setOpen(null)}
          onDone={(changed) => {
            setDone({ action: open, changed });
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}
