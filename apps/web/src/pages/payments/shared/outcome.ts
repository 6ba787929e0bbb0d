import { ApiError } from "../../../api/client";

/** Refusals that come with a 5xx status but are final answers: nothing was started. */
const FINAL_REFUSALS: ReadonlySet<string> = new Set(["maintenance", "method_paused"]);

/**
 * A network failure or a server fault: the operation may or may not have started, so a retry
 * must send the same Idempotency-Key. Any other answer is final and nothing moved.
 */
export function outcomeUnknown(error: unknown): boolean {
  // An answer we could not read (a 201 with an unexpected body) may mean it did start.
  if (!(error instanceof ApiError)) return true;
  if (error.status === 0) return true;
  return error.status >= 500 && !FINAL_REFUSALS.has(error.code);
}
