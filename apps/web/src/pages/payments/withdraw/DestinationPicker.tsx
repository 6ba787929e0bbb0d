import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PayoutDestination } from "../../../api/payments";
import { Icon } from "../../../components/Icon";
import { ChoiceOption } from "../shared/ChoiceOption";
import { kindIcon } from "../shared/labels";
import { useShortTime } from "../shared/MethodFacts";

/** What a destination is, masked: "Chase •••• 6789 · Jane Doe", "Visa •••• 4242", "j••••@example.com". */
export function destinationText(d: PayoutDestination): string {
  const main = d.label ?? d.display.account ?? (d.display.last4 ? `•••• ${d.display.last4}` : d.methodName);
  return d.display.holder ? `${main} · ${d.display.holder}` : main;
}

/** The saved payout destinations as choices; one still in its waiting period says until when and cannot be picked. */
export function DestinationPicker({
  destinations,
  value,
  onChange,
}: {
  destinations: PayoutDestination[];
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const time = useShortTime();
  return (
    <fieldset className="method-list" data-testid="destination-list">
      <legend className="field__label">{t("payments.withdraw.destination")}</legend>
      {destinations.map((d) => (
        <ChoiceOption
          key={d.id}
          name="destination"
          value={d.id}
          checked={value === d.id}
          closed={!d.ready}
          onPick={() => onChange(d.id)}
          icon={kindIcon(d.kind)}
          title={destinationText(d)}
          testId={`destination-${d.id}`}
          data={{ "data-ready": String(d.ready) }}
        >
          <span className="muted small">{d.methodName}</span>
          {!d.ready && d.usableAfter && (
            <span className="method-state method-state--maintenance">
              <Icon name="clock" size={14} />
              {t("payments.destinations.usableAfter", { time: time(d.usableAfter) })}
            </span>
          )}
        </ChoiceOption>
      ))}
      <p className="small">
        <Link to="/payout-destinations" data-testid="add-destination-link">
          <Icon name="plus" size={14} /> {t("payments.withdraw.addDestination")}
        </Link>
      </p>
    </fieldset>
  );
}
