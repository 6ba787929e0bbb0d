import type { ReactNode } from "react";
import { Icon, type IconName } from "../../../components/Icon";

/** One radio choice drawn as a card (a payment method, a payout destination); a closed one is greyed and cannot be picked. */
export function ChoiceOption({
  name,
  value,
  checked,
  closed,
  onPick,
  icon,
  title,
  testId,
  data,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  closed: boolean;
  onPick: () => void;
  icon: IconName;
  title: string;
  testId: string;
  /** Extra data-* attributes for tests (state, ready). */
  data?: Record<`data-${string}`, string>;
  children?: ReactNode;
}) {
  return (
    <label
      className={`method-option${closed ? " method-option--closed" : ""}`}
      data-testid={testId}
      {...data}
    >
      <input type="radio" name={name} value={value} checked={checked} disabled={closed} onChange={onPick} />
      <span className="method-option__icon" aria-hidden="true">
        <Icon name={icon} size={20} />
      </span>
      <span className="method-option__body">
        <span className="method-option__name">{title}</span>
        {children}
      </span>
    </label>
  );
}
