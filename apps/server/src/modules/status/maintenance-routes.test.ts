import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postMaintenance, scheduleMaintenance } from "../../test/status-helpers.js";
import { buildStaffMember } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

const HOUR = 3_600_000;

describe("staff: maintenance", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await buildTestApp();
  });
  afterEach(() => ctx.close());

  it("schedules a window and refuses one that ends before it starts", async () => {
    const admin = await buildStaffMember(ctx, "admin");
    const made = await scheduleMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    expect(made.state).toBe("scheduled");
    const bad = await postMaintenance(ctx, admin, {
      components: ["card_deposits"],
      startsAt: 2 * HOUR,
      endsAt: HOUR,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("maintenance_window_invalid");
  });
});
