import { useTranslation } from "react-i18next";
import type { LevelLimits, Verification } from "../../../api/verification";
import { Alert } from "../../../components/Form";
import { Money } from "../../../components/Money";
import { useShortTime } from "../shared/MethodFacts";

const LEVEL_KEYS = ["level0", "level1", "level2"] as const;

/** The level's name: unverified, basic, full. */
export function useLevelName() {
  const { t } = useTranslation();
  return (level: number) =>
    t(`payments.verification.levels.${LEVEL_KEYS[Math.max(0, Math.min(level, 2))] ?? "level0"}`);
}

/** The current level, where the full review stands (with the reviewer's reason), and the limits now and at the next level. */
export function LevelCard({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const levelName = useLevelName();
  const time = useShortTime();
  const { current, next } = verification.limits;
  return (
    <section className="card section-card" aria-labelledby="kyc-level-title" data-testid="kyc-level">
      <header className="kyc-level">
        <span
          className={`kyc-level__badge kyc-level__badge--${verification.level}`}
          data-testid="kyc-level-number"
        >
          {verification.level}
        </span>
        <div>
          <h2 id="kyc-level-title">
            {t("payments.verification.levelTitle", { name: levelName(verification.level) })}
          </h2>
          <p className="muted">
            {t(`payments.verification.levelLead.${LEVEL_KEYS[Math.min(verification.level, 2)] ?? "level0"}`)}
          </p>
        </div>
      </header>
      {verification.status === "pending" && (
        <Alert tone="info" title={t("payments.verification.pendingTitle")} testId="kyc-pending">
          {verification.submittedAt
            ? t("payments.verification.pendingSince", { time: time(verification.submittedAt) })
            : t("payments.verification.pendingBody")}
        </Alert>
      )}
      {verification.status === "rejected" && (
        <Alert tone="danger" title={t("payments.verification.rejectedTitle")} testId="kyc-rejected">
          {verification.rejectionReason && (
            <p>
              <strong>{t("payments.verification.reviewerSaid")}</strong> {verification.rejectionReason}
            </p>
          )}
          <p>{t("payments.verification.rejectedNext")}</p>
        </Alert>
      )}
      {verification.status === "approved" && verification.level >= 2 && (
        <Alert tone="ok" testId="kyc-approved">
          {t("payments.verification.approvedBody")}
        </Alert>
      )}
      {current && (
        <div className="table-wrap">
          <table className="data-table kyc-limits" data-testid="kyc-limits">
            <caption className="muted small">
              {t("payments.verification.limitsCaption", { currency: current.currency })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("payments.verification.limitsWhat")}</th>
                <th scope="col">
                  {t("payments.verification.limitsNow", { name: levelName(current.level) })}
                </th>
                {next && (
                  <th scope="col">
                    {t("payments.verification.limitsNext", { name: levelName(next.level) })}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {(["deposit", "withdrawal", "transfer"] as const).map((kind) => (
                <tr key={kind}>
                  <th scope="row">{t(`payments.verification.limitKinds.${kind}`)}</th>
                  <td>
                    <LimitCell limits={current} kind={kind} />
                  </td>
                  {next && (
                    <td>
                      <LimitCell limits={next} kind={kind} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function LimitCell({ limits, kind }: { limits: LevelLimits; kind: "deposit" | "withdrawal" | "transfer" }) {
  const { t } = useTranslation();
  const l = limits[kind];
  if (/^0+(\.0+)?$/.test(l.perTransaction) && /^0+(\.0+)?$/.test(l.monthly)) {
    return <span className="muted">{t("payments.verification.notAllowed")}</span>;
  }
  return (
    <span className="kyc-limits__cell">
      <span>
        {t("payments.limits.perTransaction")}: <Money amount={l.perTransaction} currency={limits.currency} />
      </span>
      <span>
        {t("payments.limits.daily")}: <Money amount={l.daily} currency={limits.currency} />
      </span>
      <span>
        {t("payments.limits.monthly")}: <Money amount={l.monthly} currency={limits.currency} />
      </span>
    </span>
  );
}
