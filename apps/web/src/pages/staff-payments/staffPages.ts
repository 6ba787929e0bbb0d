import type { IconName } from "../../components/Icon";

export type StaffRole = "admin" | "agent" | "compliance";

/** The staff pages of money in and out, with the role each needs (admins pass every check). */
export const STAFF_PAGES = [
  { to: "/admin/payment-methods", role: "admin", icon: "wallet", key: "methods" },
  { to: "/admin/bank", role: "agent", icon: "book", key: "bank" },
  { to: "/admin/withdrawals", role: "compliance", icon: "moneyOut", key: "withdrawals" },
  { to: "/admin/kyc", role: "compliance", icon: "user", key: "kyc" },
  { to: "/admin/simulators", role: "admin", icon: "pulse", key: "simulators" },
] as const satisfies readonly { to: string; role: StaffRole; icon: IconName; key: string }[];

export type StaffPage = (typeof STAFF_PAGES)[number];
export type StaffPageKey = StaffPage["key"];

export function mayOpen(userRole: string, pageRole: StaffRole): boolean {
  return userRole === "admin" || userRole === pageRole;
}

/**
 * The pages a person may open from a staff area: the agent console lists what agents work
 * (bank suspense and cases), the admin area the rest.
 */
export function staffPagesFor(userRole: string, area: "agent" | "admin"): StaffPage[] {
  return STAFF_PAGES.filter(
    (p) =>
      mayOpen(userRole, p.role) &&
      (area === "agent" ? p.role === "agent" : p.role !== "agent" || userRole === "admin"),
  );
}
