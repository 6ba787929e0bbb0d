import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, ScrollRestoration, useMatch } from "react-router";
import { ChatLauncher } from "../pages/chat/ChatLauncher";
import { AccountNav } from "./AccountNav";
import { HelpSearchBox } from "./HelpSearchBox";
import { LanguageSwitch } from "./LanguageSwitch";
import { Logo } from "./Logo";
import { MaintenanceBanner } from "./MaintenanceBanner";
import { NotificationBell } from "./NotificationBell";
import { PageLoading } from "./PageLoading";

type NavKey = "app" | "help" | "status" | "agent" | "admin";

const NAV: { to: string; key: NavKey }[] = [
  { to: "/app", key: "app" },
  { to: "/help", key: "help" },
  { to: "/status", key: "status" },
  { to: "/agent", key: "agent" },
  { to: "/admin", key: "admin" },
];

export function Layout() {
  const { t } = useTranslation();
  // The chat inside another site's iframe (/chat-widget.js): the page alone, without our header and footer.
  const embedded = useMatch("/chat/embed");
  if (embedded) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    );
  }
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="brand" aria-label={t("app.homeLink")}>
            <Logo />
            <span className="brand__name">{t("app.name")}</span>
          </Link>
          <nav className="main-nav" aria-label={t("nav.label")}>
            <ul>
              {NAV.map(({ to, key }) => (
                <li key={to}>
                  <NavLink to={to}>{t(`nav.${key}`)}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <HelpSearchBox variant="compact" testId="header-search-input" />
          <LanguageSwitch />
          <NotificationBell />
          <AccountNav />
        </div>
      </header>
      <MaintenanceBanner />
      <main id="main" className="site-main" tabIndex={-1}>
        {/* The account pages are loaded on first use. */}
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
      <ChatLauncher />
      <ScrollRestoration />
    </div>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__about">
          <span className="brand brand--small">
            <Logo size={22} />
            <span className="brand__name">{t("app.name")}</span>
          </span>
          <p>{t("footer.about")}</p>
        </div>
        <nav aria-label={t("footer.label")}>
          <ul className="footer-links">
            <li>
              <Link to="/help">{t("footer.help")}</Link>
            </li>
            <li>
              <Link to="/status">{t("footer.status")}</Link>
            </li>
            <li>
              {/* Served by the server, outside this single-page app: a full page load, not a client route. */}
              <a href="/api/docs">{t("footer.apiDocs")}</a>
            </li>
            <li>
              <Link to="/dev/mailbox">{t("footer.mailbox")}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
