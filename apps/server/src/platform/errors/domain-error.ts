import type { Locale, MessageParam } from "../i18n.js";
import type { ErrorCode } from "./catalog.js";

/** One field that failed validation, with a JSON-pointer-like path into the request. */
export interface FieldError {
  /** Where the field is: body, query, params or headers. */
  in: string;
  path: string;
  code: string;
  message: string;
  /** The message in each language, where the domain writes it so: the answer's `message` is the caller's. */
  messages?: Record<Locale, string>;
}

/**
 * The only error domain code throws on purpose. It carries a catalogued code and the
 * values its message needs; the HTTP layer alone decides how it looks on the wire.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, MessageParam> = {},
    readonly fieldErrors: FieldError[] = [],
    /** Extra members for the problem document, such as `lockedUntil`. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}
