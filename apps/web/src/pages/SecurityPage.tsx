import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/PageHeader";
import { SecurityCheckupCard } from "../components/SecurityCheckup";
import { useDocumentTitle, useScrollToHash } from "../lib/hooks";
import { AntiPhishingSection } from "./security/AntiPhishingSection";
import { LoginHistorySection } from "./security/LoginHistorySection";
import { SessionsSection } from "./security/SessionsSection";
import { TwoFactorSection } from "./security/TwoFactorSection";

const SECTIONS = ["checkup", "two-factor", "sessions", "login-history", "anti-phishing"] as const;
const SECTION_KEYS = {
  checkup: "security.nav.checkup",
  "two-factor": "security.nav.twoFactor",
  sessions: "security.nav.sessions",
  "login-history": "security.nav.history",
  "anti-phishing": "security.nav.antiPhishing",
} as const;

export function SecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("security.title"));
  useScrollToHash();
  return (
    <div className="container page" data-testid="security-page">
      <PageHeader icon="shield" title={t("security.title")} description={t("security.lead")} />
      <nav className="chip-nav" aria-label={t("security.nav.label")}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(SECTION_KEYS[id])}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack stack--sections">
        <div id="checkup" className="anchor">
          <SecurityCheckupCard />
        </div>
        <TwoFactorSection />
        <SessionsSection />
        <LoginHistorySection />
        <AntiPhishingSection />
      </div>
    </div>
  );
}
