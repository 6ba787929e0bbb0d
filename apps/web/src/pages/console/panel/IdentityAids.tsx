import { useTranslation } from "react-i18next";
import type { CustomerPanel } from "../../../api/consolePanel";
import { Money } from "../../../components/Money";
import { calendarDate } from "../../staff-payments/format";
import { Fact } from "./AccountSections";

/**
 * What the account says, for the agent to compare with the caller's answers: never read out to
 * the caller, only checked against what they say.
 */
export function IdentityAids({ panel }: { panel: CustomerPanel }) {
  const { t } = useTranslation();
  const { verification, payoutDestinations, transactions, profile } = panel;
  const recent = transactions.filter((tx) => !tx.failed).slice(0, 3);
  return (
    <details className="console-aids" data-testid="identity-aids">
      <summary>{t("console.actions.aids.title")}</summary>
      <p className="muted small">{t("console.actions.aids.lead")}</p>
      <dl className="console-facts">
        <Fact label={t("console.actions.checks.date_of_birth")}>
          {calendarDate(verification.dateOfBirth)}
        </Fact>
        <Fact label={t("console.actions.aids.legalName")}>{verification.legalName ?? "—"}</Fact>
        <Fact label={t("console.actions.checks.bank_account_last4")}>
          {payoutDestinations.length === 0
            ? "—"
            : payoutDestinations.map((d) => `${d.label} ••${d.last4}`).join(" · ")}
        </Fact>
        <Fact label={t("console.actions.checks.recent_transaction_amount")}>
          {recent.length === 0
            ? "—"
            : recent.map((tx, i) => (
                <span key={tx.id}>
                  {i > 0 && " · "}
                  <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
                </span>
              ))}
        </Fact>
        <Fact label={t("console.actions.checks.phone_callback")}>{profile.phone ?? "—"}</Fact>
        <Fact label={t("console.actions.checks.email_confirmation")}>{profile.email}</Fact>
      </dl>
    </details>
  );
}
