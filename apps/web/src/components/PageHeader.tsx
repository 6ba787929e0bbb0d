import type { ReactNode } from "react";
import { Icon, type IconName } from "./Icon";

export function PageHeader({
  icon,
  title,
  description,
  children,
}: {
  icon?: IconName;
  title: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      {icon && (
        <span className="page-header__icon">
          <Icon name={icon} size={26} />
        </span>
      )}
      <div className="page-header__text">
        <h1>{title}</h1>
        {description && <p className="lead">{description}</p>}
        {children}
      </div>
    </header>
  );
}
