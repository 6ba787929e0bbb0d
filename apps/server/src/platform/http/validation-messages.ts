import type { FastifySchemaValidationError } from "fastify";
import type { core } from "zod";
import { en, zhCN } from "zod/locales";
import type { FieldError } from "../errors/domain-error.js";
import type { Locale } from "../i18n.js";

const localeMaps: Record<Locale, core.$ZodErrorMap> = {
  en: en().localeError,
  "zh-CN": zhCN().localeError,
};

/**
 * Turns the validator's issues into field errors whose messages are written in the
 * caller's language. The zod issue is rebuilt from what the type provider kept of it.
 */
export function toFieldErrors(
  issues: FastifySchemaValidationError[],
  context: string | undefined,
  locale: Locale,
): FieldError[] {
  return issues.map((issue) => {
    const params = (issue.params ?? {}) as Record<string, unknown>;
    const rebuilt = { ...params, code: issue.keyword, path: [], message: issue.message } as never;
    const localized = localeMaps[locale](rebuilt);
    const message = typeof localized === "string" ? localized : (localized?.message ?? issue.message ?? "");
    return {
      in: context ?? "body",
      path: issue.instancePath || "/",
      code: issue.keyword,
      message,
    };
  });
}
