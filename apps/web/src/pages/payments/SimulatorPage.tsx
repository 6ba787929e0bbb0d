import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { completeSimulatorPayment, getSimulatorPayment, type SimulatorOutcome } from "../../api/payments";
import { Alert, FormError } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { publicPaymentKeys } from "./shared/queries";
import "../../styles/payments.css";

/** Only same-site paths or http(s) addresses are followed back (never javascript: and the like). */
function safeReturn(url: string): string {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "/";
  } catch {
    return "/";
  }
}

/**
 * The simulated provider's own page (3-D Secure challenge or e-wallet approval): what a real
 * bank or e-wallet would show, clearly marked as a simulation and not Satchel. The answer goes
 * to the simulated provider, which tells Satchel by a signed webhook; the way back only shows
 * the deposit, it never credits anything itself.
 */
export function SimulatorPage({ kind }: { kind: "3ds" | "ewallet" }) {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useDocumentTitle(kind === "3ds" ? t("payments.simulator.title3ds") : t("payments.simulator.titleEwallet"));
  const payment = useQuery({
    queryKey: publicPaymentKeys.simulator(id),
    queryFn: ({ signal }) => getSimulatorPayment(id, signal),
  });
  const complete = useMutation({
    mutationFn: (outcome: SimulatorOutcome) => completeSimulatorPayment(id, outcome),
    onSuccess: (returnUrl) => window.location.assign(safeReturn(returnUrl)),
  });
  const p = payment.data;
  const open = p && (p.status === "pending" || p.status === "requires_action" || p.status === "");

  return (
    <div className="container page page--narrow" data-testid="simulator-page" data-kind={kind}>
      <div className={`sim-provider sim-provider--${kind}`}>
        <header className="sim-provider__brand">
          <span className="sim-provider__logo" aria-hidden="true">
            <Icon name={kind === "3ds" ? "lock" : "phone"} size={22} />
          </span>
          <div>
            <strong>
              {kind === "3ds" ? t("payments.simulator.brand3ds") : t("payments.simulator.brandEwallet")}
            </strong>
            <span className="sim-provider__tag" data-testid="simulator-notice">
              {t("payments.simulator.notSatchel")}
            </span>
          </div>
        </header>
        <div className="sim-provider__body">
          {payment.isPending && <p className="muted">{t("common.loading")}</p>}
          {payment.isError && (
            <Alert tone="danger" title={t("payments.simulator.loadError")}>
              {errorMessage(payment.error, t)}
            </Alert>
          )}
          {p && (
            <>
              <h1 className="sim-provider__title">
                {kind === "3ds" ? t("payments.simulator.heading3ds") : t("payments.simulator.headingEwallet")}
              </h1>
              <p className="muted">
                {kind === "3ds" ? t("payments.simulator.explain3ds") : t("payments.simulator.explainEwallet")}
              </p>
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t("payments.simulator.merchant")}</dt>
                  <dd data-testid="simulator-merchant">{p.merchant}</dd>
                </div>
                <div className="facts__row facts__row--total">
                  <dt>{t("payments.simulator.amount")}</dt>
                  <dd>
                    <strong>
                      <Money amount={p.amount} currency={p.currency} testId="simulator-amount" />
                    </strong>
                  </dd>
                </div>
              </dl>
              <FormError error={complete.error} />
              {open ? (
                <div className="button-row">
                  <button
                    type="button"
                    className="sim-button sim-button--primary"
                    disabled={complete.isPending}
                    onClick={() => complete.mutate("approve")}
                    data-testid="simulator-approve"
                  >
                    {kind === "3ds"
                      ? t("payments.simulator.approve3ds")
                      : t("payments.simulator.approveEwallet")}
                  </button>
                  <button
                    type="button"
                    className="sim-button"
                    disabled={complete.isPending}
                    onClick={() => complete.mutate(kind === "3ds" ? "decline" : "cancel")}
                    data-testid="simulator-decline"
                  >
                    {kind === "3ds"
                      ? t("payments.simulator.decline3ds")
                      : t("payments.simulator.declineEwallet")}
                  </button>
                </div>
              ) : (
                <Alert tone="info" testId="simulator-done">
                  {t("payments.simulator.already")}{" "}
                  {p.returnUrl && <a href={safeReturn(p.returnUrl)}>{t("payments.simulator.back")}</a>}
                </Alert>
              )}
              {complete.isPending && <p className="muted small">{t("payments.simulator.working")}</p>}
            </>
          )}
        </div>
        <footer className="sim-provider__footer muted small">{t("payments.simulator.footer")}</footer>
      </div>
    </div>
  );
}
