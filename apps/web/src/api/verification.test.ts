import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { stubFetch } from "./fetchStub";
import {
  documentContentType,
  fetchPolicyVersions,
  fileProblem,
  MAX_DOCUMENT_BYTES,
  parsePolicies,
  parseVerification,
  saveProfile,
  submitVerification,
} from "./verification";

const stub = stubFetch;

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const limits = (level: number) => ({
  level,
  currency: "USD",
  deposit: { perTransaction: "500.00", daily: "1000.00", monthly: "5000.00" },
  withdrawal: { perTransaction: "0.00", daily: "0.00", monthly: "0.00" },
  transfer: { perTransaction: "100.00", daily: "500.00", monthly: "2000.00" },
});

const verification = {
  level: 1,
  status: "rejected",
  requestedLevel: 2,
  profile: {
    legalName: "Alice Example",
    dateOfBirth: "1990-04-01",
    address: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
  },
  documents: [
    {
      id: "doc_1",
      kind: "id_document",
      status: "rejected",
      contentType: "image/jpeg",
      size: 12345,
      createdAt: "2026-11-26T10:00:00.000Z",
      rejectionReason: "The photo is blurred.",
    },
    { id: "doc_2", kind: "tax_form", status: "uploaded" },
  ],
  missing: ["id_document", "selfie", "proof_of_address", "something_new"],
  levels: [
    { level: 1, missing: [] },
    { level: 2, missing: ["id_document", "selfie", "proof_of_address"] },
  ],
  rejectionReason: "Please upload a sharper photo of your passport.",
  submittedAt: "2026-11-26T09:00:00.000Z",
  reviewedAt: "2026-11-26T10:30:00.000Z",
  limits: { current: limits(1), next: limits(2) },
};

describe("verification", () => {
  it("reads the level, review, what is missing (known requirements only) and the reviewer's reasons", () => {
    const parsed = parseVerification(verification);
    expect(parsed.level).toBe(1);
    expect(parsed.status).toBe("rejected");
    expect(parsed.missing).toEqual(["id_document", "selfie", "proof_of_address"]);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]?.rejectionReason).toBe("The photo is blurred.");
    expect(parsed.levels[1]?.missing).toHaveLength(3);
    expect(parsed.limits.current?.withdrawal.daily).toBe("0.00");
    expect(parsed.limits.next?.level).toBe(2);
    expect(parsed.profile.address?.country).toBe("US");
  });

  it("refuses an answer without a level", () => {
    expect(() => parseVerification({ status: "none" })).toThrow();
  });

  it("saves the profile with PUT and asks for a level with POST", async () => {
    setCsrfToken("t");
    const fetchMock = stub(200, verification);
    await saveProfile({
      legalName: "Alice Example",
      dateOfBirth: "1990-04-01",
      address: { line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
    });
    await submitVerification(2);
    const [firstUrl, first] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [secondUrl, second] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(firstUrl).toBe("/api/v1/me/verification/profile");
    expect(first.method).toBe("PUT");
    expect(secondUrl).toBe("/api/v1/me/verification/submit");
    expect(JSON.parse(String(second.body))).toEqual({ level: 2 });
  });
});

describe("documents before upload", () => {
  it("accepts JPEG, PNG and PDF up to the size limit", () => {
    expect(fileProblem({ name: "passport.jpg", type: "image/jpeg", size: 1000 })).toBeNull();
    expect(fileProblem({ name: "bill.pdf", type: "application/pdf", size: MAX_DOCUMENT_BYTES })).toBeNull();
    expect(fileProblem({ name: "IMG_1.PNG", type: "", size: 10 })).toBeNull();
    expect(fileProblem({ name: "doc.docx", type: "application/msword", size: 10 })).toBe("type");
    expect(fileProblem({ name: "big.png", type: "image/png", size: MAX_DOCUMENT_BYTES + 1 })).toBe("size");
    expect(fileProblem({ name: "empty.png", type: "image/png", size: 0 })).toBe("empty");
  });

  it("sends a Content-Type the server takes, from the name when the browser gives none", () => {
    expect(documentContentType({ name: "a.heic", type: "image/png" })).toBe("image/png");
    expect(documentContentType({ name: "scan.PDF", type: "" })).toBe("application/pdf");
    expect(documentContentType({ name: "x.png", type: "" })).toBe("image/png");
    expect(documentContentType({ name: "photo", type: "" })).toBe("image/jpeg");
  });
});

describe("policies", () => {
  const policies = {
    version: 3,
    effectiveFrom: "2026-11-26T10:00:00.000Z",
    changes: [
      {
        path: "methods.card.fee.percent",
        before: "2.9",
        after: "3.1",
        description: "Card: percentage fee changed from 2.9% to 3.1%",
      },
    ],
    currency: "USD",
    methods: [
      {
        id: "bank_swift",
        kind: "bank_transfer",
        name: "International wire (SWIFT)",
        directions: ["deposit", "withdrawal", "sideways"],
        countries: ["*"],
        currencies: ["USD", "EUR"],
        minAmount: "50.00",
        maxAmount: "100000.00",
        fee: { fixed: "15.00", percent: "0" },
        processingTime: { key: "3_5_days", text: "3 to 5 business days" },
        verificationLevel: { deposit: 1, withdrawal: 2 },
        state: "active",
        maintenance: null,
      },
    ],
    limits: {
      deposit: [{ level: 0, perTransaction: "500.00", daily: "1000.00", monthly: "2000.00" }],
      withdrawal: [{ level: 0, perTransaction: "0.00", daily: "0.00", monthly: "0.00" }],
      transfer: [],
    },
    withdrawalReviewOver: "1000.00",
    payoutDestinationHoldHours: 24,
    bankDepositExpiryDays: 7,
  };

  it("reads the terms, the rules and what changed", () => {
    const parsed = parsePolicies(policies);
    expect(parsed.version).toBe(3);
    expect(parsed.changes[0]?.description).toContain("3.1%");
    expect(parsed.methods[0]?.directions).toEqual(["deposit", "withdrawal"]);
    expect(parsed.methods[0]?.verificationLevel).toEqual({ deposit: 1, withdrawal: 2 });
    expect(parsed.limits.withdrawal[0]?.daily).toBe("0.00");
    expect(parsed.payoutDestinationHoldHours).toBe(24);
  });

  it("lists versions newest first as sent", async () => {
    stub(200, {
      data: [
        { version: 2, effectiveFrom: "2026-11-26T10:00:00.000Z", changes: [] },
        { version: 1, effectiveFrom: "2026-11-01T10:00:00.000Z", changes: [] },
        { broken: true },
      ],
      nextCursor: null,
    });
    expect((await fetchPolicyVersions()).map((v) => v.version)).toEqual([2, 1]);
  });
});
