import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n";
import { formatDateTime } from "../lib/time";
import { CopyButton } from "./CopyButton";
import { Alert } from "./Form";
import { Icon } from "./Icon";

/** The plain-text file offered for download. */
export function recoveryCodesText(codes: readonly string[], heading: string, note: string): string {
  return [heading, note, "", ...codes, ""].join("\n");
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** New recovery codes, shown once: copy, download, then confirm they are saved. */
export function RecoveryCodes({
  codes,
  email,
  onDone,
}: {
  codes: string[];
  email: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const heading = t("security.codes.fileHeading", {
    email,
    date: formatDateTime(new Date(), currentLanguage(), { dateStyle: "long" }),
  });
  const text = recoveryCodesText(codes, heading, t("security.codes.fileNote"));
  return (
    <div className="recovery">
      <Alert tone="warning" title={t("security.codes.title")}>
        {t("security.codes.body")}
      </Alert>
      <ol className="recovery__codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            {/* The space keeps the codes apart in copied or read-out text. */}
            <code>{code}</code>{" "}
          </li>
        ))}
      </ol>
      <div className="button-row">
        <CopyButton text={codes.join("\n")} label={t("security.codes.copy")} testId="recovery-copy" />
        <button
          type="button"
          className="button button--small"
          onClick={() => download("satchel-recovery-codes.txt", text)}
          data-testid="recovery-download"
        >
          <Icon name="download" size={16} />
          {t("security.codes.download")}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          onClick={onDone}
          data-testid="recovery-done"
        >
          {t("security.codes.done")}
        </button>
      </div>
    </div>
  );
}
