import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  customerTicket,
  IMAGES,
  openTicket,
  replyOn,
  ticketDetail,
  upload,
  verifiedGuestTicket,
} from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, buildStaff, type Customer } from "../../../test/wallet-helpers.js";
import { purgeUnusedAttachments } from "./attachments.js";
import { addMessage } from "./repository.js";

describe(`ticket attachments, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let erin: Customer;
  let finn: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    erin = await buildCustomer(ctx, {}, "Erin East");
    finn = await buildCustomer(ctx, {}, "Finn Fox");
  });
  afterAll(() => ctx.close());

  const download = (id: string, headers: Record<string, string>) =>
    ctx.app.inject({ method: "GET", url: `/api/v1/tickets/attachments/${id}`, headers });

  it("accepts PNG, JPEG, GIF and WebP images by their first bytes, whatever the name says", async () => {
    for (const [kind, bytes] of Object.entries(IMAGES)) {
      const res = await upload(ctx, erin.auth, bytes, `image/${kind}`, `我的截图 ${kind}.exe`);
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ contentType: `image/${kind}`, size: bytes.length });
      expect(res.json().filename).toMatch(new RegExp(`^我的截图 ${kind}\\.(png|jpg|gif|webp)$`));
    }
    // Declared as one image type, actually another: stored as what it is.
    const png = await upload(ctx, erin.auth, IMAGES.png, "image/jpeg");
    expect(png.json().contentType).toBe("image/png");
  });

  it("refuses what is not an image, an empty body, a declared non-image type and more than 5 MB", async () => {
    const text = await upload(
      ctx,
      erin.auth,
      Buffer.from("<html><script>alert(1)</script></html>"),
      "image/png",
    );
    expect(text.statusCode).toBe(422);
    expect(text.json().code).toBe("ticket_attachment_invalid");
    const pdf = await upload(ctx, erin.auth, Buffer.from("%PDF-1.7 hello"), "application/pdf");
    expect(pdf.json().code).toBe("ticket_attachment_invalid");
    const svg = await upload(ctx, erin.auth, IMAGES.png, "image/svg+xml");
    expect(svg.json().code).toBe("ticket_attachment_invalid");
    const empty = await upload(ctx, erin.auth, Buffer.alloc(0), "image/png");
    expect(empty.statusCode).toBeGreaterThanOrEqual(400);
    expect(empty.statusCode).toBeLessThan(500);
    const big = Buffer.concat([IMAGES.png, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload(ctx, erin.auth, big, "image/png");
    expect(tooBig.statusCode).toBe(413);
    expect((await upload(ctx, {}, IMAGES.png)).statusCode).toBe(401);
  });

  it("attaches the uploader's images to a ticket, at most 5, each once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await upload(ctx, erin.auth, IMAGES.jpeg, "image/jpeg")).json().id);
    const six = await openTicket(ctx, erin, { attachmentIds: ids });
    expect(six.statusCode).toBe(400);

    const finns = (await upload(ctx, finn.auth, IMAGES.png)).json().id as string;
    const stolen = await openTicket(ctx, erin, { attachmentIds: [ids[0], finns] });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe("ticket_attachment_not_found");

    const t = await customerTicket(ctx, erin, { attachmentIds: ids.slice(0, 2) });
    const detail = (await ticketDetail(ctx, t.id, erin.auth)).json();
    expect(detail.messages[0].attachments.map((a: { id: string }) => a.id)).toEqual(ids.slice(0, 2));
    // Used once: a second message cannot take it again.
    const reuse = await replyOn(ctx, t.id, erin.auth, { body: "Again", attachmentIds: [ids[0]] });
    expect(reuse.json().code).toBe("ticket_attachment_not_found");
    const reply = await replyOn(ctx, t.id, erin.auth, { body: "Another one", attachmentIds: [ids[2]] });
    expect(reply.json().attachments).toEqual([
      expect.objectContaining({ id: ids[2], contentType: "image/jpeg" }),
    ]);
  });

  it("serves an image to its uploader, the ticket's requester and staff only, never sniffable", async () => {
    const id = (await upload(ctx, erin.auth, IMAGES.png)).json().id as string;
    const own = await download(id, erin.auth);
    expect(own.statusCode).toBe(200);
    expect(own.headers["content-type"]).toBe("image/png");
    expect(own.headers["x-content-type-options"]).toBe("nosniff");
    expect(own.headers["content-security-policy"]).toContain("sandbox");
    expect(own.headers["content-disposition"]).toMatch(/^inline; filename="screenshot\.png"/);
    expect(own.rawPayload.equals(IMAGES.png)).toBe(true);

    const other = await download(id, finn.auth);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe("ticket_attachment_not_found");
    expect((await download(id, {})).statusCode).toBe(401);

    const t = await customerTicket(ctx, erin, { attachmentIds: [id] });
    expect((await download(id, finn.auth)).statusCode).toBe(404);
    const agent = await buildStaff(ctx, "agent");
    expect((await download(id, agent.auth)).statusCode).toBe(200);

    // An image on an internal note stays with staff, even on the customer's own ticket.
    const agentImage = (await upload(ctx, agent.auth, IMAGES.gif, "image/gif")).json().id as string;
    const note = await addMessage(ctx.platform.db, ctx.platform, {
      ticketId: t.id,
      authorType: "agent",
      authorId: agent.userId,
      authorName: "Agent",
      body: "internal",
      internal: true,
      at: ctx.clock.now(),
    });
    await ctx.platform.db
      .updateTable("support_attachments")
      .set({ ticket_id: t.id, message_id: note.id })
      .where("id", "=", agentImage)
      .execute();
    expect((await download(agentImage, erin.auth)).statusCode).toBe(404);
    expect((await download(agentImage, agent.auth)).statusCode).toBe(200);
  });

  it("lets a verified guest upload and attach with the access token, and see only their own", async () => {
    const guest = await verifiedGuestTicket(ctx);
    const id = (await upload(ctx, guest.access, IMAGES.webp, "image/webp")).json().id as string;
    const reply = await replyOn(ctx, guest.ticket.id, guest.access, {
      body: "See this",
      attachmentIds: [id],
    });
    expect(reply.statusCode).toBe(201);
    expect((await download(id, guest.access)).statusCode).toBe(200);
    const stranger = await verifiedGuestTicket(ctx);
    expect((await download(id, stranger.access)).statusCode).toBe(404);
    expect((await download(id, erin.auth)).statusCode).toBe(404);
  });

  it("deletes uploads no message used within 24 hours, files included", async () => {
    const unused = (await upload(ctx, finn.auth, IMAGES.png)).json().id as string;
    const used = (await upload(ctx, finn.auth, IMAGES.png)).json().id as string;
    await customerTicket(ctx, finn, { attachmentIds: [used] });
    ctx.clock.advance(23 * 3_600_000);
    await purgeUnusedAttachments(ctx.services.support.deps);
    expect((await download(unused, finn.auth)).statusCode).toBe(200);
    ctx.clock.advance(2 * 3_600_000);
    expect(await purgeUnusedAttachments(ctx.services.support.deps)).toBeGreaterThanOrEqual(1);
    expect((await download(unused, finn.auth)).statusCode).toBe(404);
    expect((await download(used, finn.auth)).statusCode).toBe(200);
  });
});
