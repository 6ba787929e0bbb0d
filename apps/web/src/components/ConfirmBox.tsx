import { useTranslation } from "react-i18next";
import { FormError } from "./Form";

/** "Are you sure?" inline, under the thing it is about: the question, any error, confirm and cancel. */
export function ConfirmBox({
  tone,
  text,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onCancel,
  testId,
}: {
  tone: "danger" | "warning";
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`confirm-box confirm-box--${tone}`} data-testid={testId}>
      <p>{text}</p>
      <FormError error={error} />
      <div className="button-row">
        <button
          type="button"
          className={`button button--small ${tone === "danger" ? "button--danger-solid" : "button--primary"}`}
          onClick={onConfirm}
          disabled={pending}
          data-testid={`${testId}-yes`}
        >
          {pending ? t("common.working") : confirmLabel}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
