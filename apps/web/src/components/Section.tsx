import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

/** A titled card section of the security center and profile pages; `id` is its anchor. */
export function Section({
  id,
  icon,
  title,
  description,
  status,
  children,
}: {
  id: string;
  icon: IconName;
  title: string;
  description?: ReactNode;
  status?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section id={id} className="card section-card" aria-labelledby={`${id}-title`}>
      <header className="section-card__head">
        <span className="section-card__icon">
          <Icon name={icon} size={22} />
        </span>
        <div className="section-card__text">
          <h2 id={`${id}-title`}>{title}</h2>
          {description && <p className="muted">{description}</p>}
        </div>
        {status && <div className="section-card__status">{status}</div>}
      </header>
      {children && <div className="section-card__body">{children}</div>}
    </section>
  );
}

/** An "On" / "Off" pill. */
export function StatePill({ on, onLabel, offLabel }: { on: boolean; onLabel: string; offLabel: string }) {
  return (
    <span className={`pill ${on ? "pill--ok" : "pill--unknown"}`}>
      <span className="pill__dot" aria-hidden="true" />
      {on ? onLabel : offLabel}
    </span>
  );
}
