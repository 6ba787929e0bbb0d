import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./client";
import { fetchFile, filenameFrom } from "./download";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("filenameFrom", () => {
  it("reads the file name of a Content-Disposition header", () => {
    expect(filenameFrom('inline; filename="satchel-statement-2026-11.pdf"')).toBe(
      "satchel-statement-2026-11.pdf",
    );
    expect(filenameFrom("attachment; filename=report.csv")).toBe("report.csv");
    expect(filenameFrom("attachment; filename*=UTF-8''%E5%AF%B9%E8%B4%A6%E5%8D%95.pdf")).toBe("对账单.pdf");
    expect(filenameFrom('attachment; filename="../../etc/passwd"')).toBe("passwd");
    expect(filenameFrom(null)).toBeNull();
    expect(filenameFrom("inline")).toBeNull();
  });
});

describe("fetchFile", () => {
  it("asks in the interface language and keeps the server's file name", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response("a,b\n", {
          status: 200,
          headers: { "content-type": "text/csv", "content-disposition": 'attachment; filename="t.csv"' },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const file = await fetchFile("/api/v1/transactions/export.csv", "fallback.csv");
    expect(file.filename).toBe("t.csv");
    expect(await file.blob.text()).toBe("a,b\n");
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)["Accept-Language"]).toBe("en");
  });

  it("turns a refusal into an ApiError", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(JSON.stringify({ code: "validation_failed", title: "Some fields are not valid" }), {
          status: 400,
          headers: { "content-type": "application/problem+json" },
        }),
    );
    const error = await fetchFile("/api/v1/statements/2026-13.pdf", "s.pdf").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("validation_failed");
  });
});
