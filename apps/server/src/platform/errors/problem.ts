import { interpolate, type Locale, type MessageParam } from "../i18n.js";
import { type ErrorCode, errorDefinition } from "./catalog.js";
import type { FieldError } from "./domain-error.js";

/** An RFC 9457 problem document with Satchel's extensions. */
export interface Problem {
  [extension: string]: unknown;
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  helpArticle?: string;
  errors?: FieldError[];
}

/** A field error as the caller reads it: in their language when the domain gave both. */
function inLocale({ messages, ...error }: FieldError, locale: Locale): FieldError {
  return messages ? { ...error, message: messages[locale] } : error;
}

export const PROBLEM_CONTENT_TYPE = "application/problem+json; charset=utf-8";

export function buildProblem(
  code: ErrorCode,
  locale: Locale,
  options: {
    params?: Record<string, MessageParam>;
    errors?: FieldError[];
    extensions?: Record<string, unknown>;
    instance?: string;
    requestId?: string;
  } = {},
): Problem {
  const definition = errorDefinition(code);
  const params = { requestId: options.requestId ?? "", ...options.params };
  return {
    type: `/api/v1/errors/${code}`,
    title: definition.title[locale],
    status: definition.status,
    detail: interpolate(definition.detail[locale], params, locale),
    code,
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.requestId ? { requestId: options.requestId } : {}),
    ...(definition.helpArticle ? { helpArticle: definition.helpArticle } : {}),
    ...(options.errors && options.errors.length > 0
      ? { errors: options.errors.map((error) => inLocale(error, locale)) }
      : {}),
    ...options.extensions,
  };
}
