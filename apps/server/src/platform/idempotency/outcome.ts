import { type ErrorCode, errorDefinition, isErrorCode } from "../errors/catalog.js";
import { DomainError } from "../errors/domain-error.js";
import type { MessageParam } from "../i18n.js";
import type { StoredResponse } from "./idempotency.js";

/**
 * The answer to a money-moving request as it is kept for Idempotency-Key replays. A refusal
 * that was recorded (a failed transaction exists) is kept too, as its error code and values
 * rather than as text, so a replay is worded in the language of whoever asks again.
 */
interface StoredFailure {
  error: { code: string; params: Record<string, MessageParam>; extensions: Record<string, unknown> };
}

export function success(status: number, body: unknown): StoredResponse {
  return { status, body };
}

export function failure(error: DomainError): StoredResponse {
  const body: StoredFailure = {
    error: { code: error.code, params: error.params, extensions: error.extensions },
  };
  return { status: errorDefinition(error.code).status, body };
}

/** The stored answer's body, or the DomainError it stands for. */
export function unwrap(stored: StoredResponse): unknown {
  if (stored.status < 400) return stored.body;
  const { error } = stored.body as StoredFailure;
  const code: ErrorCode = isErrorCode(error.code) ? error.code : "internal_error";
  throw new DomainError(code, error.params, [], error.extensions);
}
