import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorCode } from "../errors/catalog.js";
import { DomainError, type FieldError } from "../errors/domain-error.js";
import { buildProblem, PROBLEM_CONTENT_TYPE } from "../errors/problem.js";
import type { MessageParam } from "../i18n.js";
import { toFieldErrors } from "./validation-messages.js";

/** Fastify's own error codes for requests a client got wrong, and what we call them. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "empty_body",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_BAD_URL: "bad_request",
  FST_ERR_ASYNC_CONSTRAINT: "bad_request",
  FST_ERR_NOT_FOUND: "not_found",
};

/** SQLSTATE class 22 codes that only client input can cause. */
const POSTGRES_DATA_EXCEPTIONS = new Set([
  "22021",
  "22P05",
  "22001",
  "22003",
  "22007",
  "22008",
  "22009",
  "22P02",
  "22023",
]);

const STATUS_CODES: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "authentication_required",
  403: "forbidden",
  404: "not_found",
  406: "not_acceptable",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  503: "service_unavailable",
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  options: {
    params?: Record<string, MessageParam>;
    errors?: FieldError[];
    extensions?: Record<string, unknown>;
  } = {},
): FastifyReply {
  const problem = buildProblem(code, request.locale, {
    ...options,
    instance: request.url.split("?")[0]?.slice(0, 200) ?? "/",
    requestId: request.id,
  });
  // Set here too: router errors are answered before the hook that normally sets it.
  reply.header("x-request-id", request.id);
  const retryAfter = options.params?.retryAfter;
  if (code === "rate_limited" && typeof retryAfter === "number")
    reply.header("retry-after", String(retryAfter));
  return reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

interface Classified {
  code: ErrorCode;
  params?: Record<string, MessageParam>;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
}

function classify(error: FastifyError, request: FastifyRequest, bodyLimit: number): Classified {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      params: error.params,
      errors: error.fieldErrors,
      extensions: error.extensions,
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: "validation_failed",
      errors: toFieldErrors(error.validation, error.validationContext, request.locale),
    };
  }
  // PostgreSQL refusing a value a client sent (a NUL byte, a number out of range) is the
  // client's mistake, not ours.
  if (error.code && POSTGRES_DATA_EXCEPTIONS.has(error.code)) return { code: "bad_request" };
  // A unique index refused a row another request created a moment earlier (a race the
  // domain checks could not see): the client may simply retry.
  if (error.code === "23505") return { code: "conflict" };
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { code: known, params: { limit: bodyLimit } };
  // secure-json-parse refuses __proto__ and friends with a SyntaxError.
  if (error instanceof SyntaxError && error.statusCode === 400) return { code: "malformed_json" };
  if (error.statusCode === 429) {
    const retryAfter = Number((error as { retryAfter?: number }).retryAfter ?? 60);
    return { code: "rate_limited", params: { retryAfter } };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { code: STATUS_CODES[status] ?? "bad_request" };
  return { code: "internal_error" };
}

/**
 * The one place where errors become HTTP answers: RFC 9457 problem documents, localized,
 * with a stable code. A stack trace never leaves the server.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance, options: { bodyLimit: number }) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { code, params, errors, extensions } = classify(error, request, options.bodyLimit);
      if (code === "internal_error") request.log.error({ err: error }, "unhandled error");
      else if (code === "service_unavailable") request.log.warn({ err: error }, "service unavailable");
      return sendProblem(request, reply, code, {
        ...(params ? { params } : {}),
        ...(errors ? { errors } : {}),
        ...(extensions ? { extensions } : {}),
      });
    });
  },
  { name: "satchel-errors" },
);
