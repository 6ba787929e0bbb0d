import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, useLocation } from "react-router";
import type { User } from "../api/accounts";
import { useMe, useSignOut } from "../auth/hooks";
import { errorMessage } from "../lib/errors";
import { Icon, type IconName } from "./Icon";

/** The header's account corner: log in / sign up, or the signed-in person's menu. */
export function AccountNav() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.status === "loading") return <div className="account-nav account-nav--pending" aria-hidden="true" />;
  if (!me.user) {
    return (
      <div className="account-nav account-nav--guest">
        <Link to="/login" className="account-nav__login" data-testid="nav-login">
          {t("account.logIn")}
        </Link>
        <Link to="/signup" className="button button--small account-nav__signup" data-testid="nav-signup">
          {t("account.signUp")}
        </Link>
      </div>
    );
  }
  return <SignedInNav user={me.user} />;
}

/** The user's menu, and a sign-out button that is always in view (the menu repeats it in words). */
function SignedInNav({ user }: { user: User }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const error = signOut.isError ? errorMessage(signOut.error, t) : null;
  return (
    <div className="account-nav account-nav--user">
      <UserMenu user={user} onSignOut={() => signOut.mutate()} signingOut={signOut.isPending} />
      <button
        type="button"
        className="account-nav__signout"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
        aria-label={t("account.signOut")}
        title={t("account.signOut")}
        data-testid="signout"
      >
        <Icon name="logout" size={18} />
      </button>
      {error && (
        <p className="account-nav__error" role="alert">
          {t("account.signOutFailed")} {error}
        </p>
      )}
    </div>
  );
}

/** The user's display name: their name, or their email. */
export function displayName(user: Pick<User, "name" | "email">): string {
  return user.name?.trim() || user.email;
}

function initial(user: User): string {
  return (displayName(user).trim()[0] ?? "?").toUpperCase();
}

type LinkKey =
  | "dashboard"
  | "send"
  | "exchange"
  | "transactions"
  | "security"
  | "profile"
  | "support"
  | "ledger";

const LINKS: { to: string; key: LinkKey; icon: IconName; role?: string }[] = [
  { to: "/app", key: "dashboard", icon: "wallet" },
  { to: "/send", key: "send", icon: "send" },
  { to: "/exchange", key: "exchange", icon: "transfer" },
  { to: "/transactions", key: "transactions", icon: "list" },
  { to: "/app/security", key: "security", icon: "shield" },
  { to: "/app/profile", key: "profile", icon: "user" },
  { to: "/support/tickets", key: "support", icon: "headset" },
  { to: "/admin/ledger", key: "ledger", icon: "scale", role: "admin" },
];

function UserMenu({
  user,
  onSignOut,
  signingOut,
}: {
  user: User;
  onSignOut: () => void;
  signingOut: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  // Close on navigation, on a click elsewhere and on Escape.
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the point of a location change
  useEffect(() => setOpen(false), [location.key]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  const name = displayName(user);

  return (
    <div className="user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        data-testid="account-menu"
      >
        <span className="avatar" aria-hidden="true">
          {initial(user)}
        </span>
        <span className="user-menu__name">{name}</span>
        <span className="visually-hidden">{t("account.menuLabel")}</span>
        <Icon name="chevronDown" size={16} className="user-menu__chevron" />
      </button>
      <div className="user-menu__panel" id={menuId} hidden={!open}>
        <div className="user-menu__who">
          <span className="user-menu__who-name">{name}</span>
          {user.name && <span className="user-menu__who-email">{user.email}</span>}
        </div>
        <ul>
          {LINKS.filter((link) => !link.role || link.role === user.role).map(({ to, key, icon }) => (
            <li key={to}>
              <NavLink to={to} end className="user-menu__item" data-testid={`menu-${key}`}>
                <Icon name={icon} size={18} />
                {key === "support" ? t("support.nav.menu") : t(`account.${key}`)}
              </NavLink>
            </li>
          ))}
          <li className="user-menu__sep">
            <button
              type="button"
              className="user-menu__item"
              onClick={onSignOut}
              disabled={signingOut}
              data-testid="menu-signout"
            >
              <Icon name="logout" size={18} />
              {signingOut ? t("account.signingOut") : t("account.signOut")}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
