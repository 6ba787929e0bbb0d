import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADULT_PROFILE,
  customerWithVerifiedPhone,
  FILES,
  saveProfile,
  status,
  submit,
  upload,
} from "../../test/kyc-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testConfig } from "../../test/test-config.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, buildStaff } from "../../test/wallet-helpers.js";

const MAX_UPLOAD = 4096;

describe(`identity verification, the customer's side, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({
      config: { payments: { ...testConfig().payments, kycMaxUploadBytes: MAX_UPLOAD } },
    });
  });
  afterAll(() => ctx.close());

  it("shows a new customer level 0, everything missing, and the limits now and at level 1", async () => {
    const customer = await buildCustomer(ctx);
    const res = await status(ctx, customer);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ level: 0, status: "none", requestedLevel: 0, documents: [] });
    expect(body.profile).toEqual({ legalName: null, dateOfBirth: null, address: null });
    expect(body.missing).toEqual([
      "legal_name",
      "date_of_birth",
      "address",
      "verified_phone",
      "id_document",
      "selfie",
      "proof_of_address",
    ]);
    // Level 0 cannot withdraw; level 1 can (WITHDRAWAL_LIMITS_LEVEL_1 = 2000,5000,20000).
    expect(body.limits.current.withdrawal).toEqual({
      perTransaction: "0.00",
      daily: "0.00",
      monthly: "0.00",
    });
    expect(body.limits.next).toMatchObject({
      level: 1,
      currency: "USD",
      withdrawal: { perTransaction: "2000.00", daily: "5000.00", monthly: "20000.00" },
      deposit: { perTransaction: "10000.00" },
      transfer: { perTransaction: "10000.00" },
    });
  });

  it("grants level 1 as soon as name, birth date, address and a verified phone are all there", async () => {
    // Without a verified phone the profile is saved but level 1 waits for the phone.
    const noPhone = await buildCustomer(ctx);
    const saved = await saveProfile(ctx, noPhone, ADULT_PROFILE);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ level: 0, profile: ADULT_PROFILE });
    expect(saved.json().missing).toEqual(["verified_phone", "id_document", "selfie", "proof_of_address"]);
    expect(saved.json().levels).toEqual([
      { level: 1, missing: ["verified_phone"] },
      { level: 2, missing: ["verified_phone", "id_document", "selfie", "proof_of_address"] },
    ]);
    const refused = await submit(ctx, noPhone, 1);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "kyc_incomplete", missing: ["verified_phone"] });

    // With one, the same request grants level 1 at once, audited as an automatic change.
    const customer = await customerWithVerifiedPhone(ctx);
    const granted = await saveProfile(ctx, customer, ADULT_PROFILE);
    expect(granted.json()).toMatchObject({ level: 1, requestedLevel: 1, status: "none" });
    expect(granted.json().missing).toEqual(["id_document", "selfie", "proof_of_address"]);
    expect(granted.json().limits.current.level).toBe(1);
    expect(granted.json().limits.next.level).toBe(2);
    const audit = await ctx.services.audit.list({ targetType: "user", targetId: customer.userId });
    expect(audit.find((a) => a.action === "account.verification_level_changed")).toMatchObject({
      actorLabel: "system",
      detail: { from: 0, to: 1 },
    });
    const again = await submit(ctx, customer, 1);
    expect(again.json()).toMatchObject({ code: "kyc_already_verified" });
  });

  it("refuses anyone under 18 with kyc_underage, and checks every field with its path", async () => {
    const customer = await buildCustomer(ctx);
    // The clock stands at 2026-11-26: born 2008-11-27 is one day short of 18.
    const young = await saveProfile(ctx, customer, { ...ADULT_PROFILE, dateOfBirth: "2008-11-27" });
    expect(young.statusCode).toBe(422);
    expect(young.json()).toMatchObject({ code: "kyc_underage", minimumAge: 18 });
    expect(young.json().errors[0]).toMatchObject({ path: "/dateOfBirth", code: "underage" });
    const zh = await ctx.app.inject({
      method: "PUT",
      url: "/api/v1/me/verification/profile",
      headers: { ...customer.auth, "accept-language": "zh-CN" },
      payload: { ...ADULT_PROFILE, dateOfBirth: "2010-01-01" },
    });
    expect(zh.json().title).toBe("须年满 18 周岁");
    const eighteenToday = await saveProfile(ctx, customer, { ...ADULT_PROFILE, dateOfBirth: "2008-11-26" });
    expect(eighteenToday.statusCode).toBe(200);

    const impossible = await saveProfile(ctx, customer, { ...ADULT_PROFILE, dateOfBirth: "1990-02-30" });
    expect(impossible.statusCode).toBe(400);
    expect(impossible.json().errors[0].path).toBe("/dateOfBirth");
    const bad = await saveProfile(ctx, customer, {
      legalName: "",
      dateOfBirth: "12/04/1990",
      address: { line1: "", city: "Shanghai", postalCode: "200120", country: "China" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["/address/country", "/address/line1", "/dateOfBirth", "/legalName"]);
  });

  it("decides a document's type by its content, and refuses what is not a JPEG, PNG or PDF", async () => {
    const customer = await customerWithVerifiedPhone(ctx);
    // Sent as image/png, but the bytes are a PDF: stored and shown as the PDF it is.
    const pdfAsPng = await upload(ctx, customer, "proof_of_address", FILES.pdf, "image/png");
    expect(pdfAsPng.statusCode).toBe(201);
    expect(pdfAsPng.json().document).toMatchObject({
      kind: "proof_of_address",
      status: "uploaded",
      contentType: "application/pdf",
      size: FILES.pdf.length,
      rejectionReason: null,
    });
    // A GIF claiming to be a PNG, and a file sent with a type we never accept.
    const gif = await upload(ctx, customer, "selfie", FILES.gif, "image/png");
    expect(gif.statusCode).toBe(415);
    expect(gif.json().code).toBe("document_type_not_allowed");
    expect(gif.json().helpArticle).toBe("identity-verification");
    const text = await upload(ctx, customer, "selfie", FILES.png, "text/plain");
    expect(text.json().code).toBe("document_type_not_allowed");
    const json = await ctx.app.inject({
      method: "PUT",
      url: "/api/v1/me/verification/documents/selfie",
      headers: customer.auth,
      payload: { file: "not a file" },
    });
    expect(json.json().code).toBe("document_type_not_allowed");
    const empty = await upload(ctx, customer, "selfie", Buffer.alloc(0), "image/png");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe("document_empty");
    const unknownKind = await upload(ctx, customer, "passport_scan", FILES.png, "image/png");
    expect(unknownKind.statusCode).toBe(400);
    expect((await status(ctx, customer)).json().documents).toHaveLength(1);
  });

  it("refuses a file over KYC_MAX_UPLOAD_MB with 413 document_too_large", async () => {
    const customer = await buildCustomer(ctx);
    const big = Buffer.concat([FILES.jpeg, Buffer.alloc(MAX_UPLOAD, 1)]);
    const res = await upload(ctx, customer, "id_document", big, "image/jpeg");
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: "document_too_large", maxBytes: MAX_UPLOAD });
    const exact = Buffer.concat([FILES.jpeg, Buffer.alloc(MAX_UPLOAD - FILES.jpeg.length, 1)]);
    expect((await upload(ctx, customer, "id_document", exact, "image/jpeg")).statusCode).toBe(201);
  });

  it("replaces the previous document of a kind with a new upload", async () => {
    const customer = await customerWithVerifiedPhone(ctx);
    const first = (await upload(ctx, customer, "id_document", FILES.jpeg, "image/jpeg")).json().document;
    const second = (await upload(ctx, customer, "id_document", FILES.png, "image/png")).json().document;
    expect(second.id).not.toBe(first.id);
    const documents = (await status(ctx, customer)).json().documents;
    expect(documents).toEqual([
      expect.objectContaining({ id: second.id, kind: "id_document", status: "uploaded" }),
    ]);
    // The earlier file stays on record for the reviewer, marked replaced.
    const compliance = await buildStaff(ctx, "compliance");
    const kase = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/admin/kyc/${customer.userId}`,
      headers: compliance.auth,
    });
    expect(kase.json().documents.map((d: { id: string; status: string }) => [d.id, d.status])).toEqual([
      [first.id, "replaced"],
      [second.id, "uploaded"],
    ]);
  });

  it("asks for everything before level 2 goes to review, and then locks changes while it waits", async () => {
    const customer = await customerWithVerifiedPhone(ctx);
    const early = await submit(ctx, customer, 2);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: "kyc_incomplete",
      level: 2,
      missing: ["legal_name", "date_of_birth", "address", "id_document", "selfie", "proof_of_address"],
    });
    await saveProfile(ctx, customer, ADULT_PROFILE);
    await upload(ctx, customer, "id_document", FILES.jpeg, "image/jpeg");
    await upload(ctx, customer, "selfie", FILES.jpeg, "image/jpeg");
    expect((await submit(ctx, customer, 2)).json().missing).toEqual(["proof_of_address"]);
    await upload(ctx, customer, "proof_of_address", FILES.pdf, "application/pdf");
    const pending = await submit(ctx, customer, 2);
    expect(pending.statusCode).toBe(200);
    expect(pending.json()).toMatchObject({ level: 1, status: "pending", requestedLevel: 2, missing: [] });
    expect(pending.json().submittedAt).toBe("2026-11-26T10:00:00.000Z");
    expect((await submit(ctx, customer, 2)).json().code).toBe("kyc_already_pending");
    expect((await saveProfile(ctx, customer, ADULT_PROFILE)).json().code).toBe("kyc_already_pending");
    expect((await upload(ctx, customer, "selfie", FILES.png, "image/png")).json().code).toBe(
      "kyc_already_pending",
    );
  });

  it("is for customers only: signed-out callers get 401, staff accounts 403", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/me/verification" })).statusCode).toBe(401);
    const anonymous = await ctx.app.inject({
      method: "PUT",
      url: "/api/v1/me/verification/documents/selfie",
      headers: { "content-type": "image/png" },
      payload: FILES.png,
    });
    expect(anonymous.statusCode).toBe(401);
    const agent = await buildStaff(ctx, "agent");
    expect((await status(ctx, agent)).statusCode).toBe(403);
  });
});
