import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import {
  changeStaffRole,
  deactivateStaff,
  inviteStaff,
  listStaff,
  parseStaffMember,
  reactivateStaff,
} from "./deskAdminStaff";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const dana = {
  id: "usr_d",
  email: "dana@satchel.test",
  name: "Dana",
  role: "supervisor",
  groups: ["payments"],
  twoFactor: true,
  lastSignInAt: "2026-11-25T09:00:00.000Z",
  deactivatedAt: null,
  openTickets: 3,
  createdAt: "2026-01-01T00:00:00.000Z",
};

describe("staff", () => {
  it("lists staff; an unknown role reads as agent, missing fields as safe defaults", async () => {
    const fetchMock = stub(200, { data: [dana, { id: "usr_x", role: "wizard" }, { email: "no id" }] });
    const staff = await listStaff();
    expect(call(fetchMock).url).toBe("/api/v1/admin/staff");
    expect(staff[0]).toEqual(dana);
    expect(staff[1]).toEqual({
      id: "usr_x",
      email: "",
      name: null,
      role: "agent",
      groups: [],
      twoFactor: false,
      lastSignInAt: null,
      deactivatedAt: null,
      openTickets: 0,
      createdAt: null,
    });
    expect(staff).toHaveLength(2);
    expect(parseStaffMember("nonsense")).toBeNull();
  });

  it("invites with the trimmed address, role, groups and language", async () => {
    setCsrfToken("csrf-1");
    const post = stub(201, {
      ...dana,
      id: "usr_n",
      email: "new@satchel.test",
      role: "agent",
      lastSignInAt: null,
    });
    const member = await inviteStaff({
      email: " new@satchel.test ",
      name: "New Agent",
      role: "agent",
      groups: ["general"],
      language: "zh-CN",
    });
    expect(member.id).toBe("usr_n");
    expect(call(post).url).toBe("/api/v1/admin/staff");
    expect(call(post).method).toBe("POST");
    expect(call(post).headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(call(post).json()).toEqual({
      email: "new@satchel.test",
      name: "New Agent",
      role: "agent",
      groups: ["general"],
      language: "zh-CN",
    });
  });

  it("passes on an address already in use", async () => {
    stub(409, { code: "email_already_registered", title: "Already registered", status: 409 });
    const error = await inviteStaff({
      email: "dana@satchel.test",
      name: "Dana",
      role: "agent",
      groups: [],
      language: "en",
    }).catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("email_already_registered");
  });

  it("changes a role, deactivates and reactivates", async () => {
    const patch = stub(200, { ...dana, role: "admin" });
    expect((await changeStaffRole("usr_d", "admin")).role).toBe("admin");
    expect(call(patch).method).toBe("PATCH");
    expect(call(patch).url).toBe("/api/v1/admin/staff/usr_d");
    expect(call(patch).json()).toEqual({ role: "admin" });

    const off = stub(200, { ...dana, deactivatedAt: "2026-11-26T10:00:00.000Z" });
    expect((await deactivateStaff("usr_d")).deactivatedAt).toBe("2026-11-26T10:00:00.000Z");
    expect(call(off).method).toBe("POST");
    expect(call(off).url).toBe("/api/v1/admin/staff/usr_d/deactivate");

    const on = stub(200, dana);
    expect((await reactivateStaff("usr_d")).deactivatedAt).toBeNull();
    expect(call(on).url).toBe("/api/v1/admin/staff/usr_d/reactivate");
  });

  it("refuses an answer without a staff member", async () => {
    stub(200, { ok: true });
    await expect(reactivateStaff("usr_d")).rejects.toThrow(/documented shape/);
    stub(409, { code: "staff_self_change", title: "Not yourself", status: 409 });
    await expect(changeStaffRole("usr_me", "agent")).rejects.toBeInstanceOf(ApiError);
  });
});
