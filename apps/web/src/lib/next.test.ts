import { describe, expect, it } from "vitest";
import { loginPath, safeNextPath } from "./next";

describe("safeNextPath", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeNextPath("/app")).toBe("/app");
    expect(safeNextPath("/app/security#sessions")).toBe("/app/security#sessions");
    expect(safeNextPath("/app/profile?tab=phone")).toBe("/app/profile?tab=phone");
    expect(safeNextPath("/")).toBe("/");
  });

  it("falls back when there is nothing", () => {
    expect(safeNextPath(null)).toBe("/app");
    expect(safeNextPath(undefined)).toBe("/app");
    expect(safeNextPath("")).toBe("/app");
    expect(safeNextPath(null, "/")).toBe("/");
  });

  it("refuses other origins and schemes", () => {
    for (const raw of [
      "https://evil.example/app",
      "//evil.example/app",
      "///evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "data:text/html,hi",
      "app",
      " /app",
      "/.//evil.example",
      "/app/..//evil.example",
    ]) {
      expect(safeNextPath(raw), raw).toBe("/app");
    }
  });

  it("does not lead back to the login or signup page", () => {
    expect(safeNextPath("/login")).toBe("/app");
    expect(safeNextPath("/login?next=/app")).toBe("/app");
    expect(safeNextPath("/signup")).toBe("/app");
    expect(safeNextPath("/loginx")).toBe("/loginx");
  });

  it("normalizes dot segments but stays on the site", () => {
    expect(safeNextPath("/app/../help")).toBe("/help");
  });
});

describe("loginPath", () => {
  it("adds a safe next", () => {
    expect(loginPath("/app/security#sessions")).toBe("/login?next=%2Fapp%2Fsecurity%23sessions");
    expect(loginPath()).toBe("/login");
    expect(loginPath("//evil.example")).toBe("/login");
  });
});
