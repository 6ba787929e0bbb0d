import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { useDocumentTitle } from "../lib/hooks";
import { useUser } from "./useUser";

/**
 * The levels a page can ask for, as the server's guards define them:
 * - admin: admins only;
 * - agent: staff who work cases (agent, supervisor, admin — requireStaff);
 * - supervisor: supervisors and admins (requireSupervisor);
 * - compliance: compliance officers and admins (review queues);
 * - support: everyone who works tickets (agent, supervisor, compliance, admin — requireSupport).
 */
export type RoleLevel = "admin" | "agent" | "supervisor" | "compliance" | "support";

const LEVELS: Record<RoleLevel, readonly string[]> = {
  admin: ["admin"],
  agent: ["agent", "supervisor", "admin"],
  supervisor: ["supervisor", "admin"],
  compliance: ["compliance", "admin"],
  support: ["agent", "supervisor", "compliance", "admin"],
};

/** True when a user of `role` may open pages of `level`. */
export function roleAllows(role: string, level: RoleLevel): boolean {
  return LEVELS[level].includes(role);
}

/**
 * Pages for one staff level, inside RequireAuth. The server checks the role on every call; this
 * only spares everyone else a page of errors.
 */
export function RequireRole({ allow }: { allow: RoleLevel }) {
  const user = useUser();
  return roleAllows(user.role, allow) ? <Outlet /> : <RoleDenied level={allow} />;
}

function RoleDenied({ level }: { level: RoleLevel }) {
  const { t } = useTranslation();
  useDocumentTitle(t("roles.deniedTitle"));
  return (
    <div className="container page page--narrow" data-testid="role-denied">
      <EmptyState icon="lock" title={t("roles.deniedTitle")}>
        <p>{t(level === "admin" ? "roles.adminOnly" : "roles.staffOnly")}</p>
        <Link to="/app" className="button button--primary">
          {t("roles.back")}
        </Link>
      </EmptyState>
    </div>
  );
}
