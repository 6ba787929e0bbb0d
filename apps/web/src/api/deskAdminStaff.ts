import { api } from "./client";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";
import { id, strings } from "./staffPayments";

// Admins' staff pages: who works at Satchel, in which role and groups, with 2FA or not;
// invitations (an email with a set-password link), role changes, deactivation.

export const STAFF_ROLES = ["agent", "supervisor", "compliance", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
  /** Keys of the support groups they work in. */
  groups: string[];
  twoFactor: boolean;
  lastSignInAt: string | null;
  /** Set while they cannot sign in. */
  deactivatedAt: string | null;
  /** Tickets still assigned to them and not solved (to reassign after a deactivation). */
  openTickets: number;
  createdAt: string | null;
}

export function parseStaffMember(value: unknown): StaffMember | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    email: str(value.email),
    name: strOrNull(value.name),
    role: STAFF_ROLES.find((r) => r === value.role) ?? "agent",
    groups: strings(value.groups),
    twoFactor: value.twoFactor === true,
    lastSignInAt: strOrNull(value.lastSignInAt),
    deactivatedAt: strOrNull(value.deactivatedAt),
    openTickets: num(value.openTickets),
    createdAt: strOrNull(value.createdAt),
  };
}

function memberOf(body: unknown): StaffMember {
  const member = parseStaffMember(body);
  if (!member) throw invalid();
  return member;
}

/** Active staff first, then deactivated ones (as the server orders them). */
export async function listStaff(abort?: AbortSignal): Promise<StaffMember[]> {
  const body = await api.get<unknown>("/api/v1/admin/staff", signal(abort));
  const raw = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return raw.map(parseStaffMember).filter((m): m is StaffMember => m !== null);
}

export interface Invitation {
  email: string;
  name: string;
  role: StaffRole;
  groups: string[];
  /** Of the invitation and later emails. */
  language: "en" | "zh-CN";
}

export async function inviteStaff(invitation: Invitation): Promise<StaffMember> {
  return memberOf(
    await api.post<unknown>("/api/v1/admin/staff", { ...invitation, email: invitation.email.trim() }),
  );
}

/** Takes effect on their next request. */
export async function changeStaffRole(userId: string, role: StaffRole): Promise<StaffMember> {
  return memberOf(await api.patch<unknown>(`/api/v1/admin/staff/${id(userId)}`, { role }));
}

/** Signs them out everywhere at once and blocks sign-in. */
export async function deactivateStaff(userId: string): Promise<StaffMember> {
  return memberOf(await api.post<unknown>(`/api/v1/admin/staff/${id(userId)}/deactivate`));
}

export async function reactivateStaff(userId: string): Promise<StaffMember> {
  return memberOf(await api.post<unknown>(`/api/v1/admin/staff/${id(userId)}/reactivate`));
}
