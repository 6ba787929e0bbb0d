import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

/** Copies text to the clipboard (with a fallback where the Clipboard API is not available). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the old way
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

export function CopyButton({
  text,
  label,
  small = true,
  testId,
}: {
  text: string;
  label?: string;
  small?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = window.setTimeout(() => setState("idle"), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      className={`button${small ? " button--small" : ""}`}
      onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}
      data-testid={testId}
    >
      <Icon name={state === "copied" ? "check" : "copy"} size={16} />
      <span aria-live="polite">
        {state === "copied"
          ? t("common.copied")
          : state === "failed"
            ? t("common.copyFailed")
            : (label ?? t("common.copy"))}
      </span>
    </button>
  );
}
