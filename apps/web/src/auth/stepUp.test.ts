import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/client";
import { isStepUpRequired, runWithStepUp, StepUpCancelledError } from "./stepUp";

const stepUp = () => new ApiError({ code: "step_up_required", status: 403, title: "Confirm it's you" });

describe("runWithStepUp", () => {
  it("runs the action once when no confirmation is needed", async () => {
    const action = vi.fn(async () => "done");
    const confirm = vi.fn(async () => true);
    await expect(runWithStepUp(action, confirm)).resolves.toBe("done");
    expect(action).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("asks for confirmation after step_up_required, then retries exactly once", async () => {
    const action = vi.fn().mockRejectedValueOnce(stepUp()).mockResolvedValueOnce("done");
    const confirm = vi.fn(async () => true);
    await expect(runWithStepUp(action, confirm)).resolves.toBe("done");
    expect(action).toHaveBeenCalledTimes(2);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it("does not ask twice when the retry is refused again", async () => {
    const action = vi.fn(async () => {
      throw stepUp();
    });
    const confirm = vi.fn(async () => true);
    await expect(runWithStepUp(action, confirm)).rejects.toMatchObject({ code: "step_up_required" });
    expect(action).toHaveBeenCalledTimes(2);
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it("stops when the person cancels", async () => {
    const action = vi.fn().mockRejectedValueOnce(stepUp());
    await expect(runWithStepUp(action, async () => false)).rejects.toBeInstanceOf(StepUpCancelledError);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("passes other errors straight through", async () => {
    const other = new ApiError({ code: "not_found", status: 404, title: "Not found" });
    const confirm = vi.fn(async () => true);
    await expect(runWithStepUp(async () => Promise.reject(other), confirm)).rejects.toBe(other);
    expect(confirm).not.toHaveBeenCalled();
    expect(isStepUpRequired(other)).toBe(false);
  });
});
