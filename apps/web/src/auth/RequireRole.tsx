import { useTranslation } from "react-i18next";
import { Link, Outlet } from "react-router";
import { EmptyState } from "../components/EmptyState";
import { useDocumentTitle } from "../lib/hooks";
import { useUser } from "./useUser";

/**
 * Pages for one staff role, inside RequireAuth. The server checks the role on every call; this
 * only spares everyone else a page of errors.
 */
export function RequireRole({ allow }: { allow: "admin" | "agent" | "compliance" }) {
  const user = useUser();
  // Admins may do everything staff do; compliance officers only their review queues.
  const allowed = user.role === allow || user.role === "admin";
  return allowed ? <Outlet /> : <RoleDenied role={allow} />;
}

function RoleDenied({ role }: { role: "admin" | "agent" | "compliance" }) {
  const { t } = useTranslation();
  useDocumentTitle(t("roles.deniedTitle"));
  return (
    <div className="container page page--narrow" data-testid="role-denied">
      <EmptyState icon="lock" title={t("roles.deniedTitle")}>
        <p>{t(role === "admin" ? "roles.adminOnly" : "roles.staffOnly")}</p>
        <Link to="/app" className="button button--primary">
          {t("roles.back")}
        </Link>
      </EmptyState>
    </div>
  );
}
