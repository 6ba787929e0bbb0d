import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";

/** Schema pieces of the macro, help-article and saved-view routes. */

export const consoleTags = ["Support console"];
export const security = [{ bearerAuth: [] }];
export const idParams = z.object({ id: z.string().min(1).max(64) });

export const language = z.enum(["en", "zh-CN"]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: PostgreSQL refuses NUL in text; the others are never meant.
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A reply's text: line breaks allowed, other control characters not. */
const replyText = z
  .string()
  .max(5000)
  .refine((v) => !CONTROL_EXCEPT_LINES.test(v), "no control characters other than line breaks and tabs")
  .refine((v) => v.trim().length > 0, "write something");

export const macroTitle = z.object({
  en: plainText(100).pipe(z.string().min(1, "a title is needed")),
  "zh-CN": plainText(100).pipe(z.string().min(1, "a title is needed")),
});

export const macroBody = z
  .object({ en: replyText, "zh-CN": replyText })
  .describe(
    "The reply in both languages. Variables: {{customer.name}}, {{customer.firstName}}, " +
      "{{customer.walletNumber}}, {{ticket.number}} (#100001), {{agent.name}}, {{article:<slug>}} " +
      "(the published article's title and link)",
  );

export const macroStatus = z
  .enum(["open", "pending", "on_hold", "solved"])
  .nullable()
  .describe("The ticket's status after a reply made with the macro; null keeps the reply's default");

export const macroTags = z
  .array(plainText(40).pipe(z.string().min(1)))
  .max(10)
  .describe("Tags added to the ticket when the macro is used");

export const macroView = z.object({
  id: z.string(),
  title: z.object({ en: z.string(), "zh-CN": z.string() }),
  body: z.object({ en: z.string(), "zh-CN": z.string() }),
  setStatus: macroStatus,
  addTags: z.array(z.string()),
  usageCount: z.number().int(),
  updatedAt: z.string(),
});
