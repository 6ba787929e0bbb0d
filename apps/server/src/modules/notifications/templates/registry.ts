import { type MessageTemplate, noticeTextTemplate } from "./define.js";
import { accountTemplates } from "./registry-accounts.js";
import { paymentTemplates } from "./registry-payments.js";
import { statusTemplates } from "./registry-status.js";
import { supportTemplates } from "./registry-support.js";

export type { MessageTemplate, SampleContext, TemplateAudience } from "./define.js";

/**
 * Every email and text message Satchel sends, by key ("accounts.password_reset"; a notice's text
 * "payments.deposit_succeeded.sms"): what it is, who gets it, the notification kind it goes out
 * as, and a sample rendered from realistic parameters by the same code that renders the real
 * one. Staff preview them (GET /api/v1/admin/templates); a test renders each in both languages
 * and checks that every copy builder the modules export, and every text they send, is
 * registered here.
 */
export const TEMPLATES: readonly MessageTemplate[] = [
  ...accountTemplates,
  ...paymentTemplates,
  ...supportTemplates,
  ...statusTemplates,
].flatMap((template) => {
  // A notice's text, if a customer turned texts on for its kind, right after its email.
  const text = noticeTextTemplate(template);
  return text ? [template, text] : [template];
});

const BY_KEY = new Map(TEMPLATES.map((template) => [template.key, template]));

export function findTemplate(key: string): MessageTemplate | undefined {
  return BY_KEY.get(key);
}
