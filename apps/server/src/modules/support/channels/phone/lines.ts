import type { Locale } from "../../../../platform/i18n.js";
import type { SupportDeps } from "../../deps.js";

/**
 * The phone lines customers may call, from PHONE_LINES (config-channels.ts), each with its
 * label and opening hours in the reader's language. Callbacks are offered while the phone
 * channel is switched on (channels admin page): agents would not call back otherwise.
 */

export interface PhoneContact {
  lines: { label: string; number: string; hours: string }[];
  callbacks: boolean;
}

export async function phoneContact(deps: SupportDeps, locale: Locale): Promise<PhoneContact> {
  const enabled = await deps.channels.enabled("phone");
  return {
    lines: enabled
      ? deps.platform.config.channels.phoneLines.map((line) => ({
          label: line.label[locale],
          number: line.number,
          hours: line.hours[locale],
        }))
      : [],
    callbacks: enabled,
  };
}
