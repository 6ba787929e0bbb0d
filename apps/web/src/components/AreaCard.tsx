import { Link } from "react-router";
import { Icon, type IconName } from "./Icon";

/** One card of an area's grid of shortcuts (an item of its `<ul className="area-grid">`): icon, title, summary, arrow. */
export function AreaCard({
  to,
  icon,
  title,
  summary,
  testId,
}: {
  to: string;
  icon: IconName;
  title: string;
  summary: string;
  testId?: string;
}) {
  return (
    <li>
      <Link to={to} className="card area-card" data-testid={testId}>
        <span className="area-card__icon">
          <Icon name={icon} />
        </span>
        <span className="area-card__body">
          <span className="area-card__title">{title}</span>
          <span className="area-card__summary">{summary}</span>
        </span>
        <span className="area-card__go" aria-hidden="true">
          <Icon name="arrow" size={20} />
        </span>
      </Link>
    </li>
  );
}
