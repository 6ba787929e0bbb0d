import { type RoleLevel, roleAllows } from "../../auth/RequireRole";
import type { IconName } from "../../components/Icon";

/**
 * The staff pages of the status page and the notification center, and who may open them, as the
 * server's guards say: incidents are kept by supervisors and admins (components and maintenance
 * by admins only, on the same page), every staff member reads the message templates, admins
 * handle the outbox's dead letters.
 */
export const STAFF_STATUS_PAGES = [
  { key: "status", to: "/admin/status", icon: "pulse", level: "supervisor" },
  { key: "templates", to: "/admin/templates", icon: "mail", level: "agent" },
  { key: "outbox", to: "/admin/outbox", icon: "inbox", level: "admin" },
] as const satisfies readonly { key: string; to: string; icon: IconName; level: RoleLevel }[];

export type StaffStatusPage = (typeof STAFF_STATUS_PAGES)[number];
export type StaffStatusPageKey = StaffStatusPage["key"];

export function staffStatusPagesFor(role: string | undefined): StaffStatusPage[] {
  return role ? STAFF_STATUS_PAGES.filter((p) => roleAllows(role, p.level)) : [];
}
