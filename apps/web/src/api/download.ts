import i18n, { currentLanguage } from "../i18n";
import { ApiError, problemToError } from "./client";

// Files from the API (CSV export, PDF statements) are written in the language of the request's
// Accept-Language. A plain link would send the browser's languages, not the one chosen in the
// app, and would show a refusal as raw JSON; so the app fetches the file itself and saves it.

/** The file name of a Content-Disposition header (`filename*=` preferred), or null. */
export function filenameFrom(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall back to the plain filename
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = (plain?.[1] ?? plain?.[2] ?? "").trim();
  // Only a base name: no directories.
  return name ? (name.split(/[\\/]/).pop() ?? null) : null;
}

/** Fetches a file of the API in the interface language; rejects with an ApiError like every other call. */
export async function fetchFile(
  url: string,
  fallbackName: string,
): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "*/*", "Accept-Language": currentLanguage() },
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError({ status: 0, code: "network_error", title: i18n.t("errors.network") });
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // not a problem document
    }
    throw problemToError(response.status, body);
  }
  return {
    blob: await response.blob(),
    filename: filenameFrom(response.headers.get("content-disposition")) ?? fallbackName,
  };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = filename;
  a.rel = "noopener";
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
