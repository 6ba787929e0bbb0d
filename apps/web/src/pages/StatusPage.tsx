import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { checkReadiness, isOperational, type Readiness, type ServiceCheck } from "../api/health";
import { Icon } from "../components/Icon";
import { PageHeader } from "../components/PageHeader";
import { currentLanguage } from "../i18n";
import { useDocumentTitle } from "../lib/hooks";
import { formatDateTime } from "../lib/time";

const CHECK_INTERVAL_MS = 30_000;

type CheckState = "ok" | "down" | "unknown";

export function StatusPage() {
  const { t } = useTranslation();
  const title = t("status.title");
  useDocumentTitle(title);

  const query = useQuery({
    queryKey: ["readyz"],
    queryFn: ({ signal }) => checkReadiness(signal),
    refetchInterval: CHECK_INTERVAL_MS,
    retry: false,
  });
  const readiness = query.data;

  return (
    <div className="container page page--narrow">
      <PageHeader icon="pulse" title={title} description={t("status.description")} />
      <Banner readiness={readiness} />
      <div className="status-meta">
        <span>{query.dataUpdatedAt > 0 && <LastChecked at={query.dataUpdatedAt} />}</span>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          <Icon name="refresh" size={16} className={query.isFetching ? "spin" : undefined} />
          {query.isFetching ? t("status.checkingNow") : t("status.checkNow")}
        </button>
      </div>
      {readiness && <Components readiness={readiness} />}
    </div>
  );
}

function LastChecked({ at }: { at: number }) {
  const { t } = useTranslation();
  const date = new Date(at);
  const time = formatDateTime(date, currentLanguage(), { timeStyle: "medium" });
  return <time dateTime={date.toISOString()}>{t("status.lastChecked", { time })}</time>;
}

function Banner({ readiness }: { readiness: Readiness | undefined }) {
  const { t } = useTranslation();
  if (!readiness) {
    return (
      <section className="status-banner status-banner--pending" aria-live="polite">
        <span className="status-banner__icon">
          <Icon name="pulse" size={28} />
        </span>
        <h2>{t("status.checking")}</h2>
      </section>
    );
  }
  const ok = isOperational(readiness);
  let body: string;
  if (ok) body = t("status.operationalBody");
  else if (readiness.kind === "unreachable") body = t("status.unreachableBody");
  else if (readiness.kind === "invalid") body = t("status.invalidBody");
  else if (readiness.kind === "http") body = t("errors.http", { status: readiness.status });
  else body = t("status.disruptionBody");
  return (
    <section
      className={`status-banner ${ok ? "status-banner--ok" : "status-banner--down"}`}
      aria-live="polite"
      data-testid="status-banner"
      data-status={ok ? "ok" : "disruption"}
    >
      <span className="status-banner__icon">
        <Icon name={ok ? "check" : "alert"} size={28} />
      </span>
      <div>
        <h2>{ok ? t("status.operational") : t("status.disruption")}</h2>
        <p>{body}</p>
      </div>
    </section>
  );
}

function serviceState(check: ServiceCheck | undefined): CheckState {
  if (!check) return "unknown";
  return check.ok ? "ok" : "down";
}

function Components({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const report = readiness.kind === "report" ? readiness.report : null;
  const migrations = report?.checks.migrations;
  const redis = report?.checks.redis;

  const serviceDetail = (check: ServiceCheck | undefined): string => {
    if (!check) return t("status.noData");
    if (check.ok) {
      return check.latencyMs === undefined
        ? t("status.serviceOk")
        : t("status.serviceLatency", { ms: Math.round(check.latencyMs) });
    }
    return check.error ? t("status.serviceError", { error: check.error }) : t("status.serviceDown");
  };

  let migrationsDetail = t("status.noData");
  if (migrations?.ok) migrationsDetail = t("status.migrationsOk");
  else if (migrations) migrationsDetail = t("status.migrationsPending", { n: migrations.pending.length });

  return (
    <section className="card checks" aria-labelledby="components-title">
      <h2 id="components-title">{t("status.componentsTitle")}</h2>
      <ul>
        <CheckRow
          name={t("status.database")}
          state={serviceState(report?.checks.database)}
          detail={serviceDetail(report?.checks.database)}
          testId="check-database"
        />
        <CheckRow
          name={t("status.migrations")}
          state={migrations ? (migrations.ok ? "ok" : "down") : "unknown"}
          detail={migrationsDetail}
          testId="check-migrations"
        >
          {migrations && migrations.pending.length > 0 && (
            <ul className="pending-list">
              {migrations.pending.map((name) => (
                <li key={name}>
                  <code>{name}</code>
                </li>
              ))}
            </ul>
          )}
        </CheckRow>
        {redis && (
          <CheckRow
            name={t("status.redis")}
            state={serviceState(redis)}
            detail={serviceDetail(redis)}
            testId="check-redis"
          />
        )}
      </ul>
    </section>
  );
}

function CheckRow({
  name,
  state,
  detail,
  testId,
  children,
}: {
  name: string;
  state: CheckState;
  detail: string;
  testId: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const label =
    state === "ok"
      ? t("status.stateOk")
      : state === "down"
        ? t("status.stateDown")
        : t("status.stateUnknown");
  return (
    <li className="check" data-testid={testId} data-state={state}>
      <div className="check__text">
        <span className="check__name">{name}</span>
        <span className="check__detail">{detail}</span>
        {children}
      </div>
      <span className={`pill pill--${state}`}>
        <span className="pill__dot" aria-hidden="true" />
        {label}
      </span>
    </li>
  );
}
