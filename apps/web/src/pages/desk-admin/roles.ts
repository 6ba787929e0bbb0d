import { STAFF_ROLES, type StaffRole } from "../../api/deskAdminStaff";

/** The i18n key of a role name under deskAdmin.roles ("other" for one this page does not know). */
export function roleKey(role: string): StaffRole | "other" {
  return STAFF_ROLES.find((r) => r === role) ?? "other";
}
