import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { DomainError } from "../errors/domain-error.js";
import { type StoredResponse, validIdempotencyKey } from "../idempotency/idempotency.js";
import { unwrap } from "../idempotency/outcome.js";

/** Schema pieces every module's routes share: currencies, amounts, plain text, Idempotency-Key. */

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "a three-letter ISO 4217 code such as USD");
/** Text people type: no control characters (PostgreSQL refuses NUL; the rest is never meant). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;
export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !CONTROL.test(v), "no control characters");

export const amountText = z.string().trim().min(1).max(40).describe('A decimal string such as "12.50"');

export const reasonSchema = z.object({
  code: z.string(),
  title: z.string(),
  explanation: z.string(),
  nextStep: z.string(),
  helpArticle: z.string(),
});

export const idempotencyHeaders = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .describe(
      "1 to 255 printable ASCII characters; a retry with the same key and body replays the first answer",
    ),
});

/** The Idempotency-Key header, checked; undefined when the client sent none. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers["idempotency-key"];
  if (key === undefined) return undefined;
  if (typeof key !== "string" || !validIdempotencyKey(key))
    throw new DomainError("validation_failed", {}, [
      {
        in: "headers",
        path: "/idempotency-key",
        code: "invalid_format",
        message: "1 to 255 printable ASCII characters",
      },
    ]);
  return key;
}

/** Sends a money-moving answer, first or replayed; a recorded refusal becomes its problem. */
export function sendOutcome(reply: FastifyReply, outcome: StoredResponse & { replayed: boolean }) {
  if (outcome.replayed) reply.header("idempotency-replayed", "true");
  const body = unwrap(outcome);
  return reply.status(outcome.status).send(body);
}
