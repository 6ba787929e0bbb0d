// How the chat inside another site's iframe talks to the page around it (public/chat-widget.js):
// postMessage only, and only these few things — the host says open or closed; the chat says it
// is ready, asks to be closed, and reports its unread count and whether a chat is going (so the
// host page loads it again on the next page). Nothing about the conversation crosses over.

export const EMBED_SOURCE = "satchel-chat";
export const HOST_SOURCE = "satchel-chat-host";

/** What the chat tells its host page (sent with `source: EMBED_SOURCE`). */
export type EmbedPayload =
  | { type: "ready" }
  | { type: "close" }
  | { type: "unread"; count: number }
  | { type: "active"; active: boolean };

export type HostCommand = "open" | "close";

/** The origin of the page that embeds the chat: `?origin=` from the script, else the referrer's. */
export function hostOrigin(search: string, referrer: string): string | null {
  const given = new URLSearchParams(search).get("origin");
  for (const candidate of [given, referrer]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "https:" || url.protocol === "http:") return url.origin;
    } catch {
      // not an address
    }
  }
  return null;
}

/** A command from the host page, only when it comes from the host's origin and has our shape. */
export function hostCommand(
  event: { origin: string; data: unknown },
  expectedOrigin: string | null,
): HostCommand | null {
  if (!expectedOrigin || event.origin !== expectedOrigin) return null;
  const data = event.data;
  if (typeof data !== "object" || data === null) return null;
  const { source, type } = data as { source?: unknown; type?: unknown };
  if (source !== HOST_SOURCE) return null;
  return type === "open" || type === "close" ? type : null;
}

/** The language the host asked for with data-lang (`?lang=`), when it is one we speak. */
export function embedLanguage(search: string): "en" | "zh-CN" | null {
  const lang = (new URLSearchParams(search).get("lang") ?? "").toLowerCase();
  if (lang === "en" || lang.startsWith("en-")) return "en";
  if (lang === "zh" || lang.startsWith("zh-")) return "zh-CN";
  return null;
}
