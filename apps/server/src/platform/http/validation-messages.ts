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
 * The wording people meet most, in plain words; zod's own ("Too small: expected string to
 * have >=3 characters", "数值过小：期望 string >=3 字符") reads like a machine talking.
 */
function plainMessage(code: string, params: Record<string, unknown>, fallback: string, locale: Locale) {
  const zh = locale === "zh-CN";
  const { origin, minimum, maximum } = params as { origin?: string; minimum?: unknown; maximum?: unknown };
  if (code === "too_small" && origin === "string")
    return Number(minimum) === 1
      ? zh
        ? "请填写此项"
        : "Please fill this in"
      : zh
        ? `至少 ${minimum} 个字符`
        : `Use at least ${minimum} characters`;
  if (code === "too_big" && origin === "string")
    return zh ? `最多 ${maximum} 个字符` : `Use at most ${maximum} characters`;
  if (code === "too_small" && origin === "number")
    return zh ? `不能小于 ${minimum}` : `Must be at least ${minimum}`;
  if (code === "too_big" && origin === "number")
    return zh ? `不能大于 ${maximum}` : `Must be at most ${maximum}`;
  if (code === "invalid_type" && /received undefined$/.test(fallback))
    return zh ? "此项必填" : "This is required";
  return undefined;
}

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
    const zodMessage =
      typeof localized === "string" ? localized : (localized?.message ?? issue.message ?? "");
    const message = plainMessage(issue.keyword, params, issue.message ?? "", locale) ?? zodMessage;
    return {
      in: context ?? "body",
      path: issue.instancePath || "/",
      code: issue.keyword,
      message,
    };
  });
}
