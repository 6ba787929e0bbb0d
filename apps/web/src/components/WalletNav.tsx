import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { Icon, type IconName } from "./Icon";

type WalletNavKey = "dashboard" | "send" | "exchange" | "transactions";

export const WALLET_LINKS: { to: string; key: WalletNavKey; icon: IconName }[] = [
  { to: "/app", key: "dashboard", icon: "wallet" },
  { to: "/send", key: "send", icon: "send" },
  { to: "/exchange", key: "exchange", icon: "transfer" },
  { to: "/transactions", key: "transactions", icon: "list" },
];

/** Money in and out (its strings live in payments.*.json). */
const PAYMENT_LINKS: { to: string; key: "deposit" | "withdraw"; icon: IconName }[] = [
  { to: "/deposit", key: "deposit", icon: "moneyIn" },
  { to: "/withdraw", key: "withdraw", icon: "moneyOut" },
];

/** The money pages' own navigation, under the page header. */
export function WalletNav() {
  const { t } = useTranslation();
  return (
    <nav className="chip-nav wallet-nav" aria-label={t("walletNav.label")}>
      <ul>
        {WALLET_LINKS.map(({ to, key, icon }) => (
          <li key={to}>
            <NavLink to={to} end={to === "/app"} data-testid={`wallet-nav-${key}`}>
              <Icon name={icon} size={16} />
              {t(`walletNav.${key}`)}
            </NavLink>
          </li>
        ))}
        {PAYMENT_LINKS.map(({ to, key, icon }) => (
          <li key={to}>
            <NavLink to={to} data-testid={`wallet-nav-${key}`}>
              <Icon name={icon} size={16} />
              {t(`payments.nav.${key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
