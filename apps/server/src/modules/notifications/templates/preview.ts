import type { Config } from "../../../config.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { MessageTemplate } from "./define.js";
import { findTemplate, TEMPLATES } from "./registry.js";
import { sampleRecipient } from "./samples.js";

/** The template list and previews staff see: each template rendered from its samples, as it is sent. */

export interface TemplateSummary {
  key: string;
  channel: MessageTemplate["channel"];
  audience: MessageTemplate["audience"];
  kind: MessageTemplate["kind"];
  description: MessageTemplate["description"];
}

export interface TemplatePreview {
  key: string;
  channel: MessageTemplate["channel"];
  language: Locale;
  subject: string | null;
  text: string;
  html: string | null;
}

export function listTemplates(): TemplateSummary[] {
  return TEMPLATES.map(({ key, channel, audience, kind, description }) => ({
    key,
    channel,
    audience,
    kind,
    description,
  }));
}

/**
 * One template rendered in `language`, to a sample customer whose anti-phishing code is
 * `antiPhishingCode` (shown only where the real message shows it: an account's own email).
 * 404 template_not_found for a key that is not registered.
 */
export function previewTemplate(
  config: Config,
  key: string,
  language: Locale,
  antiPhishingCode: string | null,
): TemplatePreview {
  const template = findTemplate(key);
  if (!template) throw new DomainError("template_not_found");
  const message = template.sample(sampleRecipient(language, antiPhishingCode), { config });
  return message.channel === "email"
    ? {
        key,
        channel: "email",
        language,
        subject: message.subject,
        text: message.text,
        html: message.html ?? null,
      }
    : { key, channel: "sms", language, subject: null, text: message.text, html: null };
}
