import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiError, setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  approveWithdrawal,
  fetchKycDocument,
  getKycReview,
  listKycReviews,
  listWithdrawalReviews,
  parseKycReview,
  rejectKyc,
  rejectWithdrawal,
} from "./staffReviews";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("withdrawal review", () => {
  const WITHDRAWAL = {
    id: "wdr_1",
    status: "in_review",
    destination: {
      id: "pod_1",
      methodId: "bank_us",
      methodName: "US bank transfer",
      kind: "bank_transfer",
      label: "Chase",
      display: { holder: "Alice Wong", bankName: "Chase", last4: "6789", extra: 5 },
      status: "active",
      createdAt: "2026-11-25T10:00:00.000Z",
    },
    methodId: "bank_us",
    amount: "1500.00",
    fee: "2.00",
    total: "1502.00",
    currency: "USD",
    reason: null,
    reasonNote: null,
    reviewReasons: ["new_destination", "large_amount"],
    timeline: [{ status: "requested", at: "2026-11-26T10:00:00.000Z" }, { at: "bad" }],
    reference: "T7K3M-9QPA2",
    createdAt: "2026-11-26T10:00:00.000Z",
    customer: { walletNumber: "S1", email: "alice@demo.satchel.test", name: "Alice", verificationLevel: 2 },
  };

  it("reads the queue with customer context and the masked destination", async () => {
    const fetchMock = stub(200, { data: [WITHDRAWAL] });
    const page = await listWithdrawalReviews();
    expect(call(fetchMock).url).toBe("/api/v1/admin/withdrawals?status=in_review");
    const w = page.data[0];
    expect(w?.customer).toEqual({
      walletNumber: "S1",
      email: "alice@demo.satchel.test",
      name: "Alice",
      verificationLevel: 2,
    });
    expect(w?.destination?.display).toEqual({
      holder: "Alice Wong",
      bankName: "Chase",
      last4: "6789",
      brand: null,
      account: null,
    });
    expect(w?.reviewReasons).toEqual(["new_destination", "large_amount"]);
    expect(w?.timeline).toEqual([
      { status: "requested", at: "2026-11-26T10:00:00.000Z", reasonCode: null, note: null },
    ]);
  });

  it("approves, and rejects with the note the customer reads", async () => {
    let fetchMock = stub(200, { ...WITHDRAWAL, status: "processing" });
    await expect(approveWithdrawal("wdr_1")).resolves.toMatchObject({ status: "processing" });
    expect(call(fetchMock).url).toBe("/api/v1/admin/withdrawals/wdr_1/approve");
    fetchMock = stub(200, { ...WITHDRAWAL, status: "rejected" });
    await rejectWithdrawal("wdr_1", "Please verify your address first.");
    expect(call(fetchMock).url).toBe("/api/v1/admin/withdrawals/wdr_1/reject");
    expect(call(fetchMock).json()).toEqual({
      reasonCode: "compliance_rejected",
      note: "Please verify your address first.",
    });
  });
});

describe("KYC review", () => {
  const DOC = {
    id: "kdoc_1",
    kind: "id_document",
    contentType: "image/png",
    size: 2048,
    status: "uploaded",
    rejectionReason: null,
    createdAt: "2026-11-26T09:00:00.000Z",
  };

  it("reads a full case and a queue summary", () => {
    const full = parseKycReview({
      userId: "usr_1",
      email: "alice@demo.satchel.test",
      name: "Alice",
      walletNumber: "S1",
      country: "US",
      phone: "+1 555 0100",
      phoneVerified: true,
      level: 1,
      status: "pending",
      requestedLevel: 2,
      profile: {
        legalName: "Alice Wong",
        dateOfBirth: "1990-04-01",
        address: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
      },
      documents: [DOC, { kind: "selfie" }],
      rejectionReason: null,
      submittedAt: "2026-11-26T09:30:00.000Z",
      reviewedAt: null,
      reviewedBy: null,
    });
    expect(full).toMatchObject({
      userId: "usr_1",
      legalName: "Alice Wong",
      dateOfBirth: "1990-04-01",
      address: { line1: "1 Main St", line2: null, city: "Springfield" },
      currentLevel: 1,
      requestedLevel: 2,
      phone: "+1 555 0100",
      phoneVerified: true,
      customer: { email: "alice@demo.satchel.test", walletNumber: "S1", name: "Alice" },
    });
    expect(full?.documents).toEqual([{ ...DOC }]);
    const summary = parseKycReview({
      userId: "usr_2",
      email: null,
      walletNumber: "S2",
      country: "CN",
      legalName: "Bo",
      level: 0,
      status: "pending",
      requestedLevel: 2,
    });
    expect(summary).toMatchObject({ legalName: "Bo", currentLevel: 0, country: "CN", documents: [] });
    expect(summary?.customer).toEqual({ walletNumber: "S2", email: null, name: null });
    expect(parseKycReview({ status: "pending" })).toBeNull();
  });

  it("lists the queue, opens one, and rejects with reasons per document", async () => {
    let fetchMock = stub(200, { data: [{ userId: "usr_1", status: "pending" }], nextCursor: null });
    await expect(listKycReviews()).resolves.toMatchObject({ data: [{ userId: "usr_1" }] });
    expect(call(fetchMock).url).toBe("/api/v1/admin/kyc?status=pending");
    fetchMock = stub(200, { userId: "usr_1", status: "pending", documents: [DOC] });
    await expect(getKycReview("usr_1")).resolves.toMatchObject({ documents: [{ id: "kdoc_1" }] });
    fetchMock = stub(200, { ok: true });
    await rejectKyc("usr_1", {
      reason: "Blurred photo",
      documents: [{ id: "kdoc_1", reason: "Corners cut off" }],
    });
    expect(call(fetchMock).url).toBe("/api/v1/admin/kyc/usr_1/reject");
    expect(call(fetchMock).json()).toEqual({
      reason: "Blurred photo",
      documents: [{ id: "kdoc_1", reason: "Corners cut off" }],
    });
  });

  it("fetches a document as a blob with the session, and reports a refusal as an ApiError", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const fetchMock = vi.fn(
      async () => new Response(png, { status: 200, headers: { "content-type": "image/png" } }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const blob = await fetchKycDocument("kdoc_1");
    expect(blob.type).toBe("image/png");
    expect(blob.size).toBe(4);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/admin/kyc/documents/kdoc_1");
    expect(init.credentials).toBe("same-origin");
    expect((init.headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();

    stub(404, { code: "not_found", title: "Not found", status: 404 }, "application/problem+json");
    const error = await fetchKycDocument("kdoc_x").catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
  });
});
