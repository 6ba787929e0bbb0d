import type { Platform } from "../../../platform/platform.js";
import type { SupportEvent, SupportLive } from "./index.js";

// PLACEHOLDER (owner: live helper): replace with LISTEN/NOTIFY fan-out.
export function createSupportLive(_platform: Platform): SupportLive {
  const listeners = new Set<(event: SupportEvent) => void>();
  return {
    publish: async (event) => {
      for (const l of listeners) l(event);
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start: async () => {},
    close: async () => {},
  };
}
