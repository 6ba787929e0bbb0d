import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

export function EmptyState({
  icon,
  title,
  children,
  tone = "neutral",
}: {
  icon: IconName;
  title: string;
  children?: ReactNode;
  tone?: "neutral" | "danger";
}) {
  return (
    <section className={`card empty-state empty-state--${tone}`}>
      <span className="empty-state__icon">
        <Icon name={icon} size={28} />
      </span>
      <h2 className="empty-state__title">{title}</h2>
      {children}
    </section>
  );
}
