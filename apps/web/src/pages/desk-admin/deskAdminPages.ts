import { type RoleLevel, roleAllows } from "../../auth/RequireRole";
import type { IconName } from "../../components/Icon";

/**
 * The support desk's settings pages and who may open them, as the server's guards say: every
 * support role reads the macros (supervisors and admins change them), supervisors keep the SLA
 * and read the reports, admins manage staff.
 */
export const DESK_ADMIN_PAGES = [
  { key: "macros", to: "/admin/support/macros", icon: "list", level: "support" },
  { key: "sla", to: "/admin/support/sla", icon: "clock", level: "supervisor" },
  { key: "reports", to: "/admin/support/reports", icon: "pulse", level: "supervisor" },
  { key: "staff", to: "/admin/support/staff", icon: "user", level: "admin" },
  { key: "channels", to: "/admin/support/channels", icon: "pulse", level: "admin" },
] as const satisfies readonly { key: string; to: string; icon: IconName; level: RoleLevel }[];

export type DeskAdminPage = (typeof DESK_ADMIN_PAGES)[number];
export type DeskAdminPageKey = DeskAdminPage["key"];

export function deskAdminPagesFor(role: string | undefined): DeskAdminPage[] {
  return role ? DESK_ADMIN_PAGES.filter((p) => roleAllows(role, p.level)) : [];
}
