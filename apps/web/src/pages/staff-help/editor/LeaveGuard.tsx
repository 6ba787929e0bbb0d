import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/**
 * Asks before unsaved text is lost: leaving for another page of the app shows a question here,
 * closing or reloading the tab gets the browser's own prompt.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);
  // The question takes the focus, so a keyboard user hears it and can answer at once.
  useEffect(() => {
    if (blocker.state === "blocked") stay.current?.focus();
  }, [blocker.state]);
  if (blocker.state !== "blocked") return null;
  return (
    <div
      className="confirm-box confirm-box--warning leave-guard"
      role="alertdialog"
      aria-live="assertive"
      data-testid="leave-guard"
    >
      <p id="leave-guard-question">{t("staffHelp.editor.leave.question")}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--danger-solid"
          onClick={() => blocker.proceed()}
        >
          {t("staffHelp.editor.leave.leave")}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => blocker.reset()}
          ref={stay}
        >
          {t("staffHelp.editor.leave.stay")}
        </button>
      </div>
    </div>
  );
}
