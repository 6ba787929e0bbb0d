import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import { AdjustmentSection } from "./AdjustmentSection";
import { FxRatesSection } from "./FxRatesSection";
import { PlatformAccountsSection } from "./PlatformAccountsSection";
import { TrialBalanceSection } from "./TrialBalanceSection";

const SECTIONS = [
  ["trial-balance", "ledger.nav.trialBalance"],
  ["platform-accounts", "ledger.nav.accounts"],
  ["fx-rates", "ledger.nav.rates"],
  ["adjustment", "ledger.nav.adjustment"],
] as const;

/** The ledger for administrators: is it balanced, what the platform holds, FX rates, adjustments. */
export function LedgerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("ledger.title"));
  return (
    <div className="container page" data-testid="ledger-page">
      <PageHeader icon="scale" title={t("ledger.title")} description={t("ledger.lead")} />
      <nav className="chip-nav" aria-label={t("ledger.nav.label")}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack stack--sections">
        <TrialBalanceSection />
        <PlatformAccountsSection />
        <FxRatesSection />
        <AdjustmentSection />
      </div>
    </div>
  );
}
