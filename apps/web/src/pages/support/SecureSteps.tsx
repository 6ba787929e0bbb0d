import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { revokeOtherSessions } from "../../api/accounts";
import type { TicketCreated } from "../../api/support";
import { useMe } from "../../auth/hooks";
import { useStepUp } from "../../auth/StepUp";
import { accountKeys } from "../../auth/session";
import { CopyButton } from "../../components/CopyButton";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { ticketPath } from "../../lib/support";
import { ExpectedAnswer } from "../help/ContactEnd";
import { TicketNumber } from "./bits";

/**
 * After an unrecognized transaction was reported: the urgent ticket's number, whether outgoing
 * payments are frozen, and the steps that lock an intruder out — a new password, signing out
 * every other device (the security page's own action, asked to confirm it's them), two-factor.
 */
export function SecureSteps({ ticket, frozen }: { ticket: TicketCreated; frozen: boolean }) {
  const { t } = useTranslation();
  const { user } = useMe();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => stepUp(revokeOtherSessions),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: accountKeys.sessions }),
  });
  const twoFactor = user ? user.twoFactor.totp || user.twoFactor.sms : true;

  return (
    <div className="stack" data-testid="unrecognized-done">
      <section className="card contact-end" role="status">
        <span className="contact-end__icon" aria-hidden="true">
          <Icon name="shield" size={28} />
        </span>
        <h2>{t("support.unrecognized.done.title")}</h2>
        <p className="contact-end__reference">
          {t("support.unrecognized.done.ticket")}{" "}
          <TicketNumber number={ticket.number} testId="ticket-number" />{" "}
          <CopyButton text={`#${ticket.number}`} />
        </p>
        <ExpectedAnswer ticket={{ id: ticket.id, category: "security", guest: false }} />
        {frozen ? (
          <Alert tone="ok" testId="unrecognized-frozen">
            {t("support.unrecognized.done.frozen")}
          </Alert>
        ) : (
          <Alert tone="warning" testId="unrecognized-not-frozen">
            {t("support.unrecognized.done.notFrozen")}
          </Alert>
        )}
      </section>

      <section className="card secure-steps" aria-labelledby="secure-title">
        <h2 id="secure-title" className="ticket-section-title">
          {t("support.unrecognized.steps.title")}
        </h2>
        <ol className="secure-steps__list">
          <li>
            <div>
              <strong>{t("support.unrecognized.steps.password.title")}</strong>
              <p className="muted small">{t("support.unrecognized.steps.password.body")}</p>
            </div>
            <Link to="/app/profile#password" className="button button--small" data-testid="secure-password">
              <Icon name="key" size={16} />
              {t("support.unrecognized.steps.password.action")}
            </Link>
          </li>
          <li>
            <div>
              <strong>{t("support.unrecognized.steps.sessions.title")}</strong>
              <p className="muted small">{t("support.unrecognized.steps.sessions.body")}</p>
              {signOut.isSuccess && (
                <p className="small" role="status" data-testid="secure-sessions-done">
                  {t("support.unrecognized.steps.sessions.done", { count: signOut.data })}
                </p>
              )}
              {signOut.isError && (
                <Alert tone="danger">{t("support.unrecognized.steps.sessions.failed")}</Alert>
              )}
            </div>
            <button
              type="button"
              className="button button--small"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending || signOut.isSuccess}
              data-testid="secure-sessions"
            >
              <Icon name="logout" size={16} />
              {signOut.isPending ? t("common.working") : t("support.unrecognized.steps.sessions.action")}
            </button>
          </li>
          {!twoFactor && (
            <li>
              <div>
                <strong>{t("support.unrecognized.steps.twoFactor.title")}</strong>
                <p className="muted small">{t("support.unrecognized.steps.twoFactor.body")}</p>
              </div>
              <Link to="/app/security#two-factor" className="button button--small" data-testid="secure-2fa">
                <Icon name="shield" size={16} />
                {t("support.unrecognized.steps.twoFactor.action")}
              </Link>
            </li>
          )}
          <li>
            <div>
              <strong>{t("support.unrecognized.steps.follow.title")}</strong>
              <p className="muted small">{t("support.unrecognized.steps.follow.body")}</p>
            </div>
            <Link
              to={ticketPath(ticket.id)}
              className="button button--small button--primary"
              data-testid="secure-ticket"
            >
              <Icon name="inbox" size={16} />
              {t("support.unrecognized.steps.follow.action")}
            </Link>
          </li>
        </ol>
        <p className="muted small">
          <Link to="/app/security#sessions">{t("support.unrecognized.steps.securityPage")}</Link>
        </p>
      </section>
    </div>
  );
}
