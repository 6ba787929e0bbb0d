import { ApiError } from "../api/client";

/** Thrown when the person closes the "confirm it's you" dialog instead of confirming. */
export class StepUpCancelledError extends Error {
  constructor() {
    super("Step-up cancelled");
    this.name = "StepUpCancelledError";
  }
}

/** A sensitive action refused because the password or a second factor was not confirmed recently. */
export function isStepUpRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === "step_up_required";
}

/**
 * Runs `action`; when it answers `step_up_required`, asks `confirm` (the dialog, which calls
 * POST /api/v1/me/reauth) and, once confirmed, runs the action again exactly once.
 * Rejects with StepUpCancelledError when the person cancels.
 */
export async function runWithStepUp<T>(
  action: () => Promise<T>,
  confirm: () => Promise<boolean>,
): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!isStepUpRequired(error)) throw error;
  }
  if (!(await confirm())) throw new StepUpCancelledError();
  return action();
}
