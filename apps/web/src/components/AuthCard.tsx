import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

/** The narrow, centred card that sign-up, login, password reset and email links use. */
export function AuthCard({
  icon,
  title,
  lead,
  children,
  footer,
  testId,
  tone = "neutral",
}: {
  icon: IconName;
  /** Colours the icon: green for "done", red for "that did not work". */
  tone?: "neutral" | "ok" | "danger";
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="container page auth-page">
      <section className="card auth-card" data-testid={testId}>
        <span className={`auth-card__icon auth-card__icon--${tone}`}>
          <Icon name={icon} size={26} />
        </span>
        <h1>{title}</h1>
        {lead && <p className="auth-card__lead">{lead}</p>}
        {children}
      </section>
      {footer && <div className="auth-footer">{footer}</div>}
    </div>
  );
}
