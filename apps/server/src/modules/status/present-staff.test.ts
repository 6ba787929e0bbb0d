import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STRONG_PASSWORD } from "../../test/accounts-helpers.js";
import { buildUser } from "../../test/factories.js";
import { openIncident, scheduleMaintenance, updateIncident } from "../../test/status-helpers.js";
import { buildStaffMember, signIn } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

const HOUR = 3_600_000;

interface Labelled {
  createdBy: string | null;
  createdByLabel: string | null;
}
interface IncidentView extends Labelled {
  id: string;
  updates: Labelled[];
}

describe("staff status API: who did it, by name", () => {
  let ctx: TestContext;
  beforeEach(async () => {
    ctx = await buildTestApp();
  });
  afterEach(() => ctx.close());

  it("names who scheduled maintenance, opened an incident and posted each update", async () => {
    const ada = await buildStaffMember(ctx, "admin", "Ada Lovelace");
    const grace = await buildStaffMember(ctx, "supervisor", "Grace Hopper");
    const window = await scheduleMaintenance(ctx, ada, {
      components: ["card_deposits"],
      startsAt: 2 * HOUR,
      endsAt: 3 * HOUR,
    });
    const incident = await openIncident(ctx, grace, { components: ["transfers"] });
    await updateIncident(ctx, ada, incident.id, { status: "identified" });

    const overview = await ctx.app.inject({ method: "GET", url: "/api/v1/admin/status", headers: ada.auth });
    expect(overview.statusCode).toBe(200);
    const body = overview.json() as {
      incidents: IncidentView[];
      maintenances: (Labelled & { id: string })[];
    };
    expect(body.maintenances.find((m) => m.id === window.id)).toMatchObject({
      createdBy: ada.userId,
      createdByLabel: "Ada Lovelace",
    });
    const open = body.incidents.find((i) => i.id === incident.id);
    expect(open).toMatchObject({ createdBy: grace.userId, createdByLabel: "Grace Hopper" });
    expect(open?.updates.map((u) => u.createdByLabel)).toEqual(["Ada Lovelace", "Grace Hopper"]);

    // The answers to changes name them too, as does the incident list.
    const moved = await ctx.app.inject({
      method: "PATCH",
      url: `/api/v1/admin/status/maintenances/${window.id}`,
      headers: ada.auth,
      payload: { endsAt: new Date(ctx.clock.now().getTime() + 4 * HOUR).toISOString() },
    });
    expect(moved.json()).toMatchObject({ createdByLabel: "Ada Lovelace" });
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/admin/status/incidents?state=open",
      headers: grace.auth,
    });
    const listed = (list.json() as { data: IncidentView[] }).data.find((i) => i.id === incident.id);
    expect(listed?.updates.map((u) => u.createdByLabel)).toEqual(["Ada Lovelace", "Grace Hopper"]);
  });

  it("falls back to the email of a staff member without a name", async () => {
    const email = `nameless-${Date.now()}@staff.example.test`;
    await buildUser(ctx, { email, role: "admin", password: STRONG_PASSWORD, name: null });
    const login = await signIn(ctx, email);
    const token = `Bearer ${login.json().token as string}`;
    const made = await scheduleMaintenance(ctx, token, {
      components: ["api"],
      startsAt: HOUR,
      endsAt: 2 * HOUR,
    });
    const cancel = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/admin/status/maintenances/${made.id}/cancel`,
      headers: { authorization: token },
    });
    expect(cancel.json()).toMatchObject({ createdByLabel: email });
  });
});
