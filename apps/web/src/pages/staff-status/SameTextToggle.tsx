import { useTranslation } from "react-i18next";

/** "Same text in both languages": one box per text instead of English and 简体中文 side by side. */
export function SameTextToggle({
  same,
  onChange,
  testId,
}: {
  same: boolean;
  onChange: (same: boolean) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <label className="status-check">
      <input
        type="checkbox"
        checked={same}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      <span>
        {t("staffStatus.form.same")}
        <span className="small muted"> {t("staffStatus.form.sameHint")}</span>
      </span>
    </label>
  );
}
