import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  actionReady,
  IDENTITY_CHECKS,
  type IdentityCheck,
  MIN_IDENTITY_CHECKS,
  needsIdentityChecks,
  type PanelAction,
  REASON_MAX,
  REASON_MIN,
  runPanelAction,
} from "../../../api/consoleActions";
import type { CustomerPanel } from "../../../api/consolePanel";
import { Dialog } from "../../../components/Dialog";
import { FormError } from "../../../components/Form";
import { TextAreaField } from "../../staff-payments/TextAreaField";
import { consoleKeys } from "../queries";
import { IdentityAids } from "./IdentityAids";

/** The actions that a wrong click would hurt: their confirm button is red. */
const DANGEROUS: ReadonlySet<PanelAction> = new Set(["freeze", "2fa-reset", "unlock", "unfreeze"]);

/**
 * Confirms one account action: what it does, the reason (kept in the audit log and noted on the
 * ticket), and — to unlock, reset 2FA or unfreeze — which identity checks the caller passed.
 */
export function ActionDialog({
  action,
  ticketId,
  userId,
  customerName,
  panel,
  onClose,
  onDone,
}: {
  action: PanelAction;
  ticketId: string;
  userId: string | null;
  customerName: string;
  /** The account, for the identity aids (null for a ticket without one). */
  panel: CustomerPanel | null;
  onClose: () => void;
  /** `done` is false when nothing had to be done (the address was confirmed meanwhile). */
  onDone: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [checks, setChecks] = useState<IdentityCheck[]>([]);
  const withChecks = needsIdentityChecks(action);

  const run = useMutation({
    mutationFn: () => runPanelAction({ action, userId, ticketId, reason, checks }),
    onSuccess: async (done) => {
      await Promise.all([
        userId ? queryClient.invalidateQueries({ queryKey: consoleKeys.panel(userId) }) : Promise.resolve(),
        queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(ticketId) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.queueAll }),
      ]);
      onDone(done);
    },
  });

  const ready = actionReady(action, reason, checks);
  // What is still missing, said under the buttons (the confirm button waits for it).
  const missing = [
    withChecks && checks.length < MIN_IDENTITY_CHECKS
      ? t("console.actions.checksNeeded", { count: MIN_IDENTITY_CHECKS })
      : null,
    reason.trim().length < REASON_MIN ? t("console.actions.reasonTooShort", { min: REASON_MIN }) : null,
  ].filter((m): m is string => m !== null);

  return (
    <Dialog
      open
      title={t(`console.actions.names.${action}`)}
      onClose={onClose}
      testId={`action-dialog-${action}`}
    >
      <form
        className="form stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !run.isPending) run.mutate();
        }}
      >
        <p>{t(`console.actions.explain.${action}`, { name: customerName })}</p>
        {withChecks && panel && <IdentityAids panel={panel} />}
        {withChecks && (
          <fieldset className="console-checks">
            <legend className="field__label">
              {t("console.actions.checksLegend", { count: MIN_IDENTITY_CHECKS })}
            </legend>
            {IDENTITY_CHECKS.map((check) => (
              <label key={check} className="console-check">
                <input
                  type="checkbox"
                  checked={checks.includes(check)}
                  onChange={(event) =>
                    setChecks(event.target.checked ? [...checks, check] : checks.filter((c) => c !== check))
                  }
                  data-testid={`action-check-${check}`}
                />
                {t(`console.actions.checks.${check}`)}
              </label>
            ))}
          </fieldset>
        )}
        <TextAreaField
          label={t("console.actions.reason")}
          hint={t("console.actions.reasonHint")}
          value={reason}
          rows={3}
          maxLength={REASON_MAX}
          onChange={(event) => setReason(event.target.value)}
          required
          testId="action-reason"
        />
        <FormError error={run.error} />
        <div className="button-row">
          <button
            type="submit"
            className={`button ${DANGEROUS.has(action) ? "button--danger-solid" : "button--primary"}`}
            disabled={run.isPending || !ready}
            aria-describedby={missing.length > 0 ? "action-missing" : undefined}
            aria-busy={run.isPending || undefined}
            data-testid="action-confirm"
          >
            {run.isPending ? t("common.working") : t(`console.actions.confirm.${action}`)}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
        {missing.length > 0 && (
          <p className="muted small" id="action-missing" aria-live="polite" data-testid="action-missing">
            {missing.join(" ")}
          </p>
        )}
        <p className="muted small">{t("console.actions.audited")}</p>
      </form>
    </Dialog>
  );
}
