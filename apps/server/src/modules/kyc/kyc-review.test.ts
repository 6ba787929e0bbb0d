import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage } from "../../test/accounts-helpers.js";
import { FILES, pendingCustomer, saveProfile, status, submit, upload } from "../../test/kyc-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildStaff } from "../../test/wallet-helpers.js";

type Staff = Awaited<ReturnType<typeof buildStaff>>;

describe(`identity verification, the compliance review, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let compliance: Staff;
  beforeAll(async () => {
    ctx = await buildTestApp();
    compliance = await buildStaff(ctx, "compliance");
  });
  afterAll(() => ctx.close());

  const get = (url: string, who: { auth: Record<string, string> }) =>
    ctx.app.inject({ method: "GET", url, headers: who.auth });
  const post = (url: string, who: { auth: Record<string, string> }, payload: object = {}) =>
    ctx.app.inject({ method: "POST", url, headers: who.auth, payload });

  it("takes a level 2 request from pending to approved: level 2, new limits, documents audited, customer emailed", async () => {
    const customer = await pendingCustomer(ctx, "Ada Wong");
    const before = (await status(ctx, customer)).json();
    expect(before).toMatchObject({ level: 1, status: "pending" });
    expect(before.limits.current.withdrawal.daily).toBe("5000.00");

    const queue = (await get("/api/v1/admin/kyc?status=pending", compliance)).json();
    expect(queue.data.map((c: { userId: string }) => c.userId)).toContain(customer.userId);
    const kase = (await get(`/api/v1/admin/kyc/${customer.userId}`, compliance)).json();
    expect(kase).toMatchObject({
      email: customer.email,
      walletNumber: customer.walletNumber,
      country: "CN",
      phoneVerified: true,
      status: "pending",
      requestedLevel: 2,
      profile: { legalName: "Mei Ling Chen", dateOfBirth: "1990-04-12" },
    });
    expect(kase.documents.map((d: { kind: string }) => d.kind)).toEqual([
      "id_document",
      "selfie",
      "proof_of_address",
    ]);

    // The reviewer opens the selfie: the exact bytes, shown inline, never cached or sniffed.
    const selfie = kase.documents[1];
    const file = await get(`/api/v1/admin/kyc/documents/${selfie.id}`, compliance);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/png");
    expect(file.headers["content-disposition"]).toMatch(/^inline/);
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toBe("no-store");
    expect(file.rawPayload.equals(FILES.png)).toBe(true);
    const viewed = await ctx.services.audit.list({ targetType: "kyc_document", targetId: selfie.id });
    expect(viewed).toEqual([
      expect.objectContaining({ action: "kyc.document_viewed", actorId: compliance.userId }),
    ]);

    const approved = await post(`/api/v1/admin/kyc/${customer.userId}/approve`, compliance);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ level: 2, status: "approved", reviewedBy: compliance.userId });
    expect(approved.json().documents.every((d: { status: string }) => d.status === "accepted")).toBe(true);

    const after = (await status(ctx, customer)).json();
    expect(after).toMatchObject({ level: 2, status: "approved", missing: [], rejectionReason: null });
    expect(after.limits.current.withdrawal).toEqual({
      perTransaction: "50000.00",
      daily: "100000.00",
      monthly: "500000.00",
    });
    expect(after.limits.next).toBeNull();
    const mail = await lastMessage(ctx, customer.email);
    expect(mail.subject).toBe("Your identity is verified");
    expect(mail.text).toContain("100000.00 USD a day");
    const audit = await ctx.services.audit.list({ targetType: "user", targetId: customer.userId });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["kyc.approved", "account.verification_level_changed"]),
    );
    // Verified details are locked; a second decision on the same case is refused.
    expect((await saveProfile(ctx, customer, { ...kase.profile })).json().code).toBe("kyc_locked");
    expect((await post(`/api/v1/admin/kyc/${customer.userId}/approve`, compliance)).json()).toMatchObject({
      code: "kyc_not_pending",
      status: 409,
      reviewStatus: "approved",
    });
  });

  it("rejects with a reason the customer reads, names the document to redo, and takes the resubmission", async () => {
    const customer = await pendingCustomer(ctx, "Bo Li");
    const kase = (await get(`/api/v1/admin/kyc/${customer.userId}`, compliance)).json();
    const idDocument = kase.documents.find((d: { kind: string }) => d.kind === "id_document");
    const rejected = await post(`/api/v1/admin/kyc/${customer.userId}/reject`, compliance, {
      reason: "证件照片模糊，无法辨认姓名。",
      documents: [{ id: idDocument.id, reason: "Photo is blurred; the name cannot be read." }],
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ level: 1, status: "rejected" });

    const seen = (await status(ctx, customer)).json();
    expect(seen).toMatchObject({
      level: 1,
      status: "rejected",
      rejectionReason: "证件照片模糊，无法辨认姓名。",
    });
    expect(seen.documents.find((d: { kind: string }) => d.kind === "id_document")).toMatchObject({
      id: idDocument.id,
      status: "rejected",
      rejectionReason: "Photo is blurred; the name cannot be read.",
    });
    expect(seen.missing).toEqual(["id_document"]);
    const mail = await lastMessage(ctx, customer.email);
    expect(mail.subject).toBe("We could not verify your identity yet");
    expect(mail.text).toContain("Reason: 证件照片模糊，无法辨认姓名。");
    expect(mail.text).toContain("Identity document: Photo is blurred; the name cannot be read.");
    const audit = await ctx.services.audit.list({ targetType: "user", targetId: customer.userId });
    expect(audit.find((a) => a.action === "kyc.rejected")?.detail).toMatchObject({
      reason: "证件照片模糊，无法辨认姓名。",
      documents: [{ id: idDocument.id, kind: "id_document" }],
    });

    // Resubmitting without a new ID document is refused; with one, the case is pending again.
    expect((await submit(ctx, customer, 2)).json()).toMatchObject({
      code: "kyc_incomplete",
      missing: ["id_document"],
    });
    await upload(ctx, customer, "id_document", FILES.jpeg, "image/jpeg");
    const again = (await submit(ctx, customer, 2)).json();
    expect(again).toMatchObject({ status: "pending", rejectionReason: null, missing: [] });
  });

  it("checks the documents a rejection names: only the customer's current ones", async () => {
    const customer = await pendingCustomer(ctx);
    const other = await pendingCustomer(ctx);
    const foreign = (await get(`/api/v1/admin/kyc/${other.userId}`, compliance)).json().documents[0];
    const res = await post(`/api/v1/admin/kyc/${customer.userId}/reject`, compliance, {
      reason: "Documents do not match",
      documents: [{ id: foreign.id, reason: "Not yours" }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: "/documents/0/id", code: "unknown_document" });
    expect((await status(ctx, customer)).json().status).toBe("pending");
  });

  it("keeps the review to compliance officers and admins; customers cannot open anyone's documents", async () => {
    const alice = await pendingCustomer(ctx, "Alice");
    const bob = await pendingCustomer(ctx, "Bob");
    const aliceDoc = (await get(`/api/v1/admin/kyc/${alice.userId}`, compliance)).json().documents[0];
    const agent = await buildStaff(ctx, "agent");
    for (const who of [bob, alice, agent]) {
      for (const url of [
        "/api/v1/admin/kyc",
        `/api/v1/admin/kyc/${alice.userId}`,
        `/api/v1/admin/kyc/documents/${aliceDoc.id}`,
      ])
        expect((await get(url, who)).statusCode, url).toBe(403);
      expect((await post(`/api/v1/admin/kyc/${alice.userId}/approve`, who)).statusCode).toBe(403);
      expect(
        (await post(`/api/v1/admin/kyc/${alice.userId}/reject`, who, { reason: "no reason" })).statusCode,
      ).toBe(403);
    }
    expect(await ctx.services.audit.list({ targetType: "kyc_document", targetId: aliceDoc.id })).toEqual([]);
    const admin = await buildStaff(ctx, "admin");
    expect((await get(`/api/v1/admin/kyc/documents/${aliceDoc.id}`, admin)).statusCode).toBe(200);
    expect((await get("/api/v1/admin/kyc/documents/kyd_nothing", compliance)).statusCode).toBe(404);
    expect((await get("/api/v1/admin/kyc/usr_nobody", compliance)).statusCode).toBe(404);
  });

  it("pages the queue oldest first with a cursor", async () => {
    const fresh = await buildTestApp();
    try {
      const officer = await buildStaff(fresh, "compliance");
      const first = await pendingCustomer(fresh);
      fresh.clock.advance(60_000);
      const second = await pendingCustomer(fresh);
      const call = (url: string) => fresh.app.inject({ method: "GET", url, headers: officer.auth });
      const page1 = (await call("/api/v1/admin/kyc?limit=1")).json();
      expect(page1.data.map((c: { userId: string }) => c.userId)).toEqual([first.userId]);
      expect(page1.nextCursor).toEqual(expect.any(String));
      const page2 = (await call(`/api/v1/admin/kyc?limit=1&cursor=${page1.nextCursor}`)).json();
      expect(page2).toEqual({ data: [expect.objectContaining({ userId: second.userId })], nextCursor: null });
      const bad = await call("/api/v1/admin/kyc?cursor=not-a-cursor");
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].path).toBe("/cursor");
      expect((await call("/api/v1/admin/kyc?status=approved")).json().data).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
