import { useTranslation } from "react-i18next";
import type { ComponentKey, StaffComponent } from "../../api/staff-status";
import { localized } from "./badges";

/** The components an incident or a window is about: a checkbox for each, in the status page's order. */
export function ComponentPicker({
  components,
  value,
  onChange,
  error,
  testId,
}: {
  components: readonly StaffComponent[];
  value: readonly ComponentKey[];
  onChange: (value: ComponentKey[]) => void;
  error: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  const toggle = (key: ComponentKey, on: boolean) =>
    onChange(components.map((c) => c.key).filter((k) => (k === key ? on : value.includes(k))));
  return (
    <fieldset
      className="component-picker"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${testId}-error` : undefined}
      data-testid={testId}
    >
      <legend className="field__label">{t("staffStatus.form.components")}</legend>
      <ul>
        {components.map((c) => (
          <li key={c.key}>
            <label>
              <input
                type="checkbox"
                checked={value.includes(c.key)}
                onChange={(e) => toggle(c.key, e.target.checked)}
                value={c.key}
              />
              {localized(c.name)}
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <span className="field__error" id={`${testId}-error`}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
