import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStaffMember, buildStaffWithTotp } from "../../../test/support-helpers-staff.js";
import { customerTicket, IMAGES, upload } from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testConfig } from "../../../test/test-config.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer } from "../../../test/wallet-helpers.js";
import { addMessage } from "../tickets/repository.js";

describe(`attachments under STAFF_REQUIRE_2FA, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ config: { security: { ...testConfig().security, staffRequireMfa: true } } });
  });
  afterAll(() => ctx.close());

  const download = (id: string, headers: Record<string, string>) =>
    ctx.app.inject({ method: "GET", url: `/api/v1/tickets/attachments/${id}`, headers });

  it("keeps an internal note's image from a staff session without 2FA", async () => {
    const erin = await buildCustomer(ctx, {}, "Erin East");
    const ticket = await customerTicket(ctx, erin);
    const agent = await buildStaffWithTotp(ctx, "agent");
    const image = (await upload(ctx, agent.auth, IMAGES.gif, "image/gif")).json().id as string;
    const note = await addMessage(ctx.platform.db, ctx.platform, {
      ticketId: ticket.id,
      authorType: "agent",
      authorId: agent.userId,
      authorName: "Agent",
      body: "internal",
      internal: true,
      at: ctx.clock.now(),
    });
    await ctx.platform.db
      .updateTable("support_attachments")
      .set({ ticket_id: ticket.id, message_id: note.id })
      .where("id", "=", image)
      .execute();

    for (const role of ["agent", "supervisor", "compliance", "admin"] as const) {
      const withoutCode = await buildStaffMember(ctx, role);
      const refused = await download(image, withoutCode.auth);
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json().code, role).toBe("staff_mfa_required");
    }
    expect((await download(image, agent.auth)).statusCode).toBe(200);
    // The customer still never sees the team's note, and nobody signed out does.
    expect((await download(image, erin.auth)).statusCode).toBe(404);
    expect((await download(image, {})).statusCode).toBe(401);
  });
});
