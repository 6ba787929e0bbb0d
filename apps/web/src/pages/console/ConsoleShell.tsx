import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import type { PresenceStatus } from "../../api/consoleLive";
import { roleAllows } from "../../auth/RequireRole";
import { useUser } from "../../auth/useUser";
import { Icon } from "../../components/Icon";
import { isHelpStaff } from "../staff-help/helpPages";
import { IncomingCallToast } from "./callbacks/IncomingCallToast";
import { ConsoleLiveProvider, useConsoleLive } from "./live";
// The staff pages' shared pieces (multi-line fields, segmented choices), then the console's own.
import "../../styles/staff-payments.css";
import "./console.css";

/** Every console page: the live link (events, presence) stays open while the agent moves between them. */
export function ConsoleShell() {
  return (
    <ConsoleLiveProvider>
      <div className="console" data-testid="agent-console">
        <ConsoleBar />
        <Outlet />
        <IncomingCallToast />
      </div>
    </ConsoleLiveProvider>
  );
}

function ConsoleBar() {
  const { t } = useTranslation();
  const user = useUser();
  const live = useConsoleLive();
  return (
    <div className="console-bar">
      <Link to="/agent" className="console-bar__title">
        <Icon name="headset" size={20} />
        {t("console.title")}
      </Link>
      <span
        className={`console-live ${live.connected ? "console-live--on" : ""}`}
        data-testid="console-live"
        title={live.connected ? t("console.live.onHint") : t("console.live.offHint")}
      >
        <span className="pill__dot" aria-hidden="true" />
        {live.connected ? t("console.live.on") : t("console.live.off")}
      </span>
      <nav className="console-bar__tools" aria-label={t("console.tools.label")}>
        <Link to="/agent/callbacks" data-testid="console-nav-callbacks">
          {t("phone.console.nav")}
        </Link>
        <Link to="/agent/chats" data-testid="console-chats-link">
          {t("chat.console.nav")}
        </Link>
        {roleAllows(user.role, "agent") && <Link to="/admin/bank">{t("console.tools.bank")}</Link>}
        {isHelpStaff(user.role) && <Link to="/admin/help">{t("console.tools.help")}</Link>}
        {roleAllows(user.role, "compliance") && (
          <Link to="/admin/withdrawals">{t("console.tools.withdrawals")}</Link>
        )}
      </nav>
      <PresenceToggle value={live.presence} onChange={live.changePresence} />
      <p className="visually-hidden" aria-live="polite">
        {live.latestNew
          ? t("console.live.newTicket", { number: live.latestNew.number ? `#${live.latestNew.number}` : "" })
          : ""}
      </p>
    </div>
  );
}

/** Online (new tickets may be given to me) or Away (they wait for someone else). */
function PresenceToggle({
  value,
  onChange,
}: {
  value: PresenceStatus;
  onChange: (status: PresenceStatus) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="console-presence" data-testid="presence-toggle">
      <legend className="visually-hidden">{t("console.presence.label")}</legend>
      {(["online", "away"] as const).map((status) => (
        <button
          key={status}
          type="button"
          className={`console-presence__option console-presence__option--${status}`}
          aria-pressed={value === status}
          onClick={() => onChange(status)}
          data-testid={`presence-${status}`}
        >
          <span className="pill__dot" aria-hidden="true" />
          {t(`console.presence.${status}`)}
        </button>
      ))}
    </fieldset>
  );
}
