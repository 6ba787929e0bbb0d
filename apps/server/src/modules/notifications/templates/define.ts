import type { Config } from "../../../config.js";
import type { Localized, NotificationKind } from "../../../platform/db/schema-status.js";
import type { Locale } from "../../../platform/i18n.js";
import type { OutboundMessage } from "../../messaging/index.js";
import {
  type Bilingual,
  composeAddressEmail,
  composeEmail,
  composeSms,
  noticeText,
  type Recipient,
} from "./render.js";

/** What a template is, and the ways one is rendered; the templates themselves are listed in registry.ts. */

export const TEMPLATE_AUDIENCES = ["customer", "subscriber", "guest", "staff"] as const;
/**
 * customer: an account's own address (their name and anti-phishing code); subscriber: a status
 * subscriber's address; guest: an address someone typed; staff: the team (or a staff account).
 */
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];

/** A module's copy builder, whatever its parameters (the coverage test matches them by identity). */
export type CopyBuilder = (...args: never[]) => unknown;

/** What a sample is made from: the configuration (the site's address, limits, the support address). */
export interface SampleContext {
  config: Config;
}

export interface MessageTemplate {
  key: string;
  channel: "email" | "sms";
  audience: TemplateAudience;
  /**
   * The notification kind it goes out as through the notification center (in the app too, as the
   * customer's preferences allow); null when it is sent straight to the address or phone (a link
   * or code someone asked for, a notice outside the center).
   */
  kind: NotificationKind | null;
  description: Localized;
  /** The builders of the module whose copy this is. */
  builders: readonly CopyBuilder[];
  /** The message as it would be sent to `to`, from realistic sample parameters. */
  sample(to: Recipient, context: SampleContext): OutboundMessage;
  /**
   * The sample's copy, for a template whose copy also shows in the app (an account email with a
   * kind): the bell's title is its subject and its body the lines, without the action (the entry
   * itself leads to the page).
   */
  copies?: (context: SampleContext) => Bilingual;
}

type Meta = Pick<MessageTemplate, "key" | "audience" | "kind" | "description" | "builders">;

/** An email to an account's own address (composeEmail: name, language, anti-phishing code). */
export const accountEmail = (
  meta: Omit<Meta, "audience"> & { audience?: "customer" | "staff" },
  copies: (context: SampleContext) => Bilingual,
): MessageTemplate => ({
  audience: "customer",
  ...meta,
  channel: "email",
  sample: (to, context) => composeEmail(to, copies(context)),
  ...(meta.kind ? { copies } : {}),
});

/** An email to an address someone typed (composeAddressEmail: no name, no anti-phishing code). */
export const guestEmail = (
  meta: Omit<Meta, "audience">,
  copies: (context: SampleContext) => Bilingual,
): MessageTemplate => ({
  ...meta,
  audience: "guest",
  channel: "email",
  sample: (to, context) => composeAddressEmail(to.email, to.language, copies(context)),
});

/** A text message to the account's phone. */
export const textMessage = (
  meta: Omit<Meta, "audience">,
  text: (context: SampleContext) => Record<Locale, string>,
): MessageTemplate => ({
  ...meta,
  audience: "customer",
  channel: "sms",
  sample: (to, context) => composeSms(to.phone ?? "+8613800138000", to.language, text(context)),
});

/** A template rendered by its module's own function (support's ticket emails, the team's contact mail). */
export const customTemplate = (
  meta: Meta & { channel: "email" | "sms" },
  sample: MessageTemplate["sample"],
): MessageTemplate => ({ ...meta, sample });

/**
 * The text a notice becomes for a customer who turned texts on for its kind (the notification
 * center's noticeText: the headline), registered as `<key>.sms` beside its email so staff
 * preview it too. Maintenance is never texted (the status page tells by email), nor a template
 * that is not a notice.
 */
export function noticeTextTemplate(notice: MessageTemplate): MessageTemplate | undefined {
  const { copies, kind } = notice;
  if (!copies || kind === null || kind === "maintenance") return undefined;
  return textMessage(
    {
      key: `${notice.key}.sms`,
      kind,
      description: {
        en: `${notice.description.en} (by text: the headline)`,
        "zh-CN": `${notice.description["zh-CN"]}（短信：仅标题）`,
      },
      builders: [noticeText, ...notice.builders],
    },
    (context) => noticeText(copies(context)),
  );
}
