import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon, type IconName } from "../../../components/Icon";

const LINKS = {
  deposit: { to: "/deposit", icon: "moneyIn" },
  withdraw: { to: "/withdraw", icon: "moneyOut" },
  destinations: { to: "/payout-destinations", icon: "store" },
  verification: { to: "/verification", icon: "shield" },
  trace: { to: "/deposits/trace", icon: "compass" },
  policies: { to: "/policies", icon: "book" },
} as const satisfies Record<string, { to: string; icon: IconName }>;

export type MoreLink = keyof typeof LINKS;

/** The other money-in-and-out pages a customer on this one may want next. */
export function MoreLinks({ links }: { links: MoreLink[] }) {
  const { t } = useTranslation();
  return (
    <nav className="more-links" aria-label={t("payments.more.label")}>
      <ul>
        {links.map((key) => (
          <li key={key}>
            <Link to={LINKS[key].to} data-testid={`more-${key}`}>
              <Icon name={LINKS[key].icon} size={16} />
              {t(`payments.more.${key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
