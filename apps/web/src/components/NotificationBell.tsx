import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { useMe } from "../auth/hooks";
import { BellPanel } from "../pages/notifications/BellPanel";
import { formatBadgeCount, showsBell } from "../pages/notifications/feed";
import { useLatestNotifications } from "../pages/notifications/queries";
import { useNotificationStream } from "../pages/notifications/useNotificationStream";
import { Icon } from "./Icon";
import "../pages/notifications/notifications.css";

/**
 * The bell in the header, for signed-in customers: unread count, live; opens the latest
 * notifications. Staff accounts have no customer notifications and no bell.
 */
export function NotificationBell() {
  const me = useMe();
  if (!me.user || !showsBell(me.user.role)) return null;
  return <SignedInBell />;
}

function SignedInBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  useNotificationStream(true);
  const latest = useLatestNotifications(true);
  const unread = latest.data?.unread ?? 0;
  const badge = formatBadgeCount(unread);

  // Close on navigation, on a click elsewhere and on Escape (focus back on the bell).
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

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t("notifications.bell.label", { count: unread })}
        title={t("notifications.title")}
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-bell"
      >
        <Icon name="bell" size={20} />
        {badge && (
          <span className="bell__badge" aria-hidden="true" data-testid="notification-badge">
            {badge}
          </span>
        )}
      </button>
      <section className="bell__panel" id={panelId} aria-label={t("notifications.title")} hidden={!open}>
        {open && <BellPanel latest={latest} onClose={() => setOpen(false)} />}
      </section>
    </div>
  );
}
