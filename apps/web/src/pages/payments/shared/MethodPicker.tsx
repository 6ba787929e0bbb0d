import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { PaymentMethod } from "../../../api/payments";
import { Icon } from "../../../components/Icon";
import { ChoiceOption } from "./ChoiceOption";
import { kindIcon } from "./labels";
import { MethodFacts, MethodStateNote } from "./MethodFacts";

/**
 * The methods the customer may use, each with its fee, limits, time, verification level and
 * state, shown before they start. Paused and in-maintenance methods are listed (greyed, with
 * until when) but cannot be picked; a method above the customer's level says so and links to
 * the verification page.
 */
export function MethodPicker({
  methods,
  value,
  onChange,
  currentLevel,
  legend,
}: {
  methods: PaymentMethod[];
  value: string;
  onChange: (id: string) => void;
  currentLevel: number | null;
  legend: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="method-list" data-testid="method-list">
      <legend className="field__label">{legend}</legend>
      {methods.map((method) => {
        const closed = method.state !== "active";
        const needsLevel = currentLevel !== null && currentLevel < method.verificationLevel;
        return (
          <ChoiceOption
            key={method.id}
            name="method"
            value={method.id}
            checked={value === method.id}
            closed={closed}
            onPick={() => onChange(method.id)}
            icon={kindIcon(method.kind)}
            title={method.name}
            testId={`method-${method.id}`}
            data={{ "data-state": method.state }}
          >
            <MethodFacts method={method} currentLevel={currentLevel} />
            <MethodStateNote method={method} />
            {needsLevel && !closed && (
              <span className="method-state method-state--level">
                <Icon name="shield" size={14} />
                {t("payments.methods.verifyFirst", { level: method.verificationLevel })}{" "}
                <Link to="/verification">{t("payments.methods.verifyLink")}</Link>
              </span>
            )}
          </ChoiceOption>
        );
      })}
    </fieldset>
  );
}
