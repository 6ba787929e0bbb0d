import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../../components/Icon";
import { useConsoleLive } from "../live";
import "./callbacks.css";

/** Scrolls to an element once the page that has it has loaded (the ticket loads after navigating). */
function revealWhenShown(id: string, triesLeft = 30): void {
  const element = document.getElementById(id);
  if (element) element.scrollIntoView({ block: "start", behavior: "smooth" });
  else if (triesLeft > 0) window.setTimeout(() => revealWhenShown(id, triesLeft - 1), 100);
}

/**
 * "Incoming call from Ann Lee": while a phone rings, every open console shows the caller (name
 * when known, else the number) with links to the ticket it landed in and, for a recognised
 * customer, the customer panel beside it. Announced politely to screen readers.
 */
export function IncomingCallToast() {
  const { t } = useTranslation();
  const { incomingCalls, dismissCall } = useConsoleLive();
  return (
    <ul className="call-toasts" aria-label={t("phone.console.toast.label")} aria-live="polite">
      {incomingCalls.map((call) => {
        const ticketPath = `/agent/tickets/${encodeURIComponent(call.ticketId)}`;
        return (
          <li key={call.callId} className="card call-toast" data-testid="incoming-call">
            <div className="call-toast__head">
              <Icon name="phone" size={18} />
              <strong>{t("phone.console.toast.incoming", { caller: call.name ?? call.phone })}</strong>
              <button
                type="button"
                className="button button--small"
                aria-label={t("phone.console.toast.dismiss")}
                onClick={() => dismissCall(call.callId)}
              >
                <Icon name="close" size={14} />
              </button>
            </div>
            {call.name && <span className="mono small">{call.phone}</span>}
            <div className="console-inline">
              <Link
                to={ticketPath}
                onClick={() => dismissCall(call.callId)}
                data-testid="incoming-call-ticket"
              >
                {t("phone.console.toast.ticket", { number: `#${call.number}` })}
              </Link>
              {call.userId && (
                <Link
                  to={`${ticketPath}#customer-panel`}
                  onClick={() => {
                    dismissCall(call.callId);
                    revealWhenShown("customer-panel");
                  }}
                >
                  {t("phone.console.toast.customer")}
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
