import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type CheckupItem, fetchSecurityCheckup } from "../api/accounts";
import { accountKeys } from "../auth/session";
import type en from "../i18n/en.json";
import { errorMessage } from "../lib/errors";
import { safeNextPath } from "../lib/next";
import { Alert } from "./Form";
import { Icon } from "./Icon";

type ItemKey = keyof (typeof en)["checkup"]["items"];
const KNOWN: readonly ItemKey[] = [
  "email_verified",
  "phone_verified",
  "two_factor",
  "recovery_codes",
  "anti_phishing_code",
  "strong_password",
  "recognized_sessions",
  "recent_password_change",
];

function isKnown(key: string): key is ItemKey {
  return (KNOWN as readonly string[]).includes(key);
}

/** "two_factor" → "Two factor": a readable stand-in for an item this version has no words for. */
function humanize(key: string): string {
  const text = key.replace(/[_-]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function useSecurityCheckup() {
  return useQuery({
    queryKey: accountKeys.checkup,
    queryFn: ({ signal }) => fetchSecurityCheckup(signal),
  });
}

/**
 * The security checkup: a score ring and what is left to do, each with a link to fix it.
 * `hideWhenComplete` (the dashboard) shows nothing once the score is 100.
 */
export function SecurityCheckupCard({ hideWhenComplete = false }: { hideWhenComplete?: boolean }) {
  const { t } = useTranslation();
  const query = useSecurityCheckup();

  if (query.isPending) {
    return (
      <section className="card checkup checkup--loading" aria-busy="true">
        <p className="muted">{t("checkup.loading")}</p>
      </section>
    );
  }
  if (query.isError) {
    return (
      <Alert
        tone="danger"
        title={t("checkup.error")}
        actions={
          <button type="button" className="button button--small" onClick={() => void query.refetch()}>
            {t("common.tryAgain")}
          </button>
        }
      >
        {errorMessage(query.error, t)}
      </Alert>
    );
  }
  const { score, items } = query.data;
  if (hideWhenComplete && score >= 100) return null;
  const todo = items.filter((item) => !item.ok);
  const done = items.length - todo.length;
  const sorted = [...todo, ...items.filter((item) => item.ok)];

  return (
    <section className="card checkup" aria-labelledby="checkup-title" data-testid="security-checkup">
      <div className="checkup__head">
        <ScoreRing score={score} />
        <div>
          <h2 id="checkup-title">{t("checkup.title")}</h2>
          <p className="muted">
            {score >= 100 ? t("checkup.complete") : t("checkup.progress", { done, total: items.length })}
          </p>
        </div>
      </div>
      {items.length > 0 && (
        <ul className="checkup__items">
          {sorted.map((item) => (
            <CheckupRow key={item.key} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckupRow({ item }: { item: CheckupItem }) {
  const { t } = useTranslation();
  const label = isKnown(item.key) ? t(`checkup.items.${item.key}`) : humanize(item.key);
  // Only links inside this site; a fixUrl elsewhere is not followed.
  const fix = item.fixUrl ? safeNextPath(item.fixUrl, "") : "";
  return (
    <li className={`checkup__item ${item.ok ? "is-ok" : "is-todo"}`} data-key={item.key}>
      <span className="checkup__mark" aria-hidden="true">
        <Icon name={item.ok ? "check" : "alert"} size={16} />
      </span>
      <span className="checkup__label">
        {label}
        <span className="visually-hidden"> — {item.ok ? t("checkup.done") : t("checkup.todo")}</span>
      </span>
      {!item.ok && fix && (
        <Link to={fix} className="button button--small">
          {t("checkup.fix")}
        </Link>
      )}
    </li>
  );
}

function ScoreRing({ score }: { score: number }) {
  const { t } = useTranslation();
  const radius = 26;
  const circumference = 2 * Math.PI * radius;
  const tone = score >= 100 ? "ok" : score >= 60 ? "mid" : "low";
  return (
    <div
      className={`score-ring score-ring--${tone}`}
      role="img"
      aria-label={t("checkup.scoreLabel", { score })}
    >
      <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true">
        <circle cx="32" cy="32" r={radius} className="score-ring__track" />
        <circle
          cx="32"
          cy="32"
          r={radius}
          className="score-ring__value"
          strokeDasharray={`${(circumference * score) / 100} ${circumference}`}
          transform="rotate(-90 32 32)"
        />
      </svg>
      <span className="score-ring__text" aria-hidden="true">
        {score}
      </span>
    </div>
  );
}
