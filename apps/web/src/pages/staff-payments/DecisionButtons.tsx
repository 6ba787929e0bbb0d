import { useTranslation } from "react-i18next";

/** The submit and cancel buttons of a decision form (approve in the brand colour, reject in red). */
export function DecisionButtons({
  tone,
  label,
  pending,
  onCancel,
  testId,
}: {
  tone: "primary" | "danger";
  label: string;
  pending: boolean;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button
        type="submit"
        className={`button ${tone === "danger" ? "button--danger-solid" : "button--primary"}`}
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid={testId}
      >
        {pending ? t("common.working") : label}
      </button>
      <button type="button" className="button" onClick={onCancel} disabled={pending}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
