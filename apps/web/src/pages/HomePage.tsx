import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon, type IconName } from "../components/Icon";
import { useDocumentTitle } from "../lib/hooks";

type FeatureKey = "wallets" | "deposits" | "transfers" | "merchants" | "help" | "support";

const FEATURES: { key: FeatureKey; icon: IconName }[] = [
  { key: "wallets", icon: "wallet" },
  { key: "deposits", icon: "deposit" },
  { key: "transfers", icon: "transfer" },
  { key: "merchants", icon: "store" },
  { key: "help", icon: "book" },
  { key: "support", icon: "headset" },
];

/** Translation prefixes that have `title` and `summary`. */
type AreaKey = "areas.app" | "areas.agent" | "areas.admin" | "help" | "status" | "mailbox";

const AREAS: { to: string; icon: IconName; key: AreaKey }[] = [
  { to: "/app", icon: "wallet", key: "areas.app" },
  { to: "/help", icon: "book", key: "help" },
  { to: "/agent", icon: "headset", key: "areas.agent" },
  { to: "/admin", icon: "shield", key: "areas.admin" },
  { to: "/status", icon: "pulse", key: "status" },
  { to: "/dev/mailbox", icon: "inbox", key: "mailbox" },
];

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <>
      <section className="hero">
        <div className="container hero__inner">
          <p className="hero__eyebrow">{t("home.eyebrow")}</p>
          <h1 className="hero__title">{t("home.headline")}</h1>
          <p className="hero__lead">{t("home.lead")}</p>
          <div className="hero__actions">
            <Link to="/app" className="button button--primary button--large">
              {t("home.ctaPrimary")}
              <Icon name="arrow" size={18} />
            </Link>
            <Link to="/help" className="button button--ghost button--large">
              {t("home.ctaSecondary")}
            </Link>
          </div>
        </div>
      </section>

      <section className="container section" aria-labelledby="features-title">
        <div className="section__head">
          <h2 id="features-title">{t("home.featuresTitle")}</h2>
          <p className="lead">{t("home.featuresLead")}</p>
        </div>
        <ul className="feature-grid">
          {FEATURES.map(({ key, icon }) => (
            <li key={key} className="card feature">
              <span className="feature__icon">
                <Icon name={icon} />
              </span>
              <h3>{t(`home.features.${key}.title`)}</h3>
              <p>{t(`home.features.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="areas-title">
        <div className="section__head">
          <h2 id="areas-title">{t("home.areasTitle")}</h2>
          <p className="lead">{t("home.areasLead")}</p>
        </div>
        <ul className="area-grid">
          {AREAS.map(({ to, icon, key }) => (
            <li key={to}>
              <Link to={to} className="card area-card">
                <span className="area-card__icon">
                  <Icon name={icon} />
                </span>
                <span className="area-card__body">
                  <span className="area-card__title">{t(`${key}.title`)}</span>
                  <span className="area-card__summary">{t(`${key}.summary`)}</span>
                </span>
                <span className="area-card__go" aria-hidden="true">
                  <Icon name="arrow" size={20} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
