import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listSessions, revokeOtherSessions, revokeSession, type Session } from "../../api/accounts";
import { useStepUp } from "../../auth/StepUp";
import { accountKeys } from "../../auth/session";
import { Alert, FormError } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useNow } from "../../lib/hooks";
import { formatDateTime, formatRelative, parseDate } from "../../lib/time";
import { deviceLabel } from "./deviceLabel";

export function SessionsSection() {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const lang = currentLanguage();
  const [revokedCount, setRevokedCount] = useState<number | null>(null);
  const sessions = useQuery({
    queryKey: accountKeys.sessions,
    queryFn: ({ signal }) => listSessions(signal),
  });
  const invalidate = () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
  const revoke = useMutation({
    mutationFn: (id: string) => stepUp(() => revokeSession(id)),
    onSuccess: () => {
      setRevokedCount(null);
      void invalidate();
    },
  });
  const revokeOthers = useMutation({
    mutationFn: () => stepUp(revokeOtherSessions),
    onSuccess: (n) => {
      setRevokedCount(n);
      void invalidate();
    },
  });

  const list = sessions.data ?? [];
  const others = list.filter((s) => !s.current).length;

  return (
    <Section
      id="sessions"
      icon="monitor"
      title={t("security.sessions.title")}
      description={t("security.sessions.lead")}
    >
      {sessions.isPending && <p className="muted">{t("common.loading")}</p>}
      {sessions.isError && (
        <Alert tone="danger" title={t("security.sessions.error")}>
          {errorMessage(sessions.error, t)}
        </Alert>
      )}
      {revokedCount !== null && (
        <Alert tone="ok">
          {revokedCount === 0
            ? t("security.sessions.revokedNone")
            : t("security.sessions.revokedOthers", { n: revokedCount })}
        </Alert>
      )}
      <FormError error={revoke.error ?? revokeOthers.error} />
      {list.length > 0 && (
        <ul className="rows" data-testid="sessions">
          {list.map((s: Session) => {
            const last = parseDate(s.lastSeenAt);
            const created = parseDate(s.createdAt);
            return (
              <li key={s.id} className="row" data-testid="session" data-current={s.current || undefined}>
                <span className="row__icon" aria-hidden="true">
                  <Icon
                    name={s.device === "mobile" || s.device === "tablet" ? "phone" : "monitor"}
                    size={20}
                  />
                </span>
                <div className="row__main">
                  <span className="row__title">
                    {deviceLabel(s, t("security.sessions.unknownDevice"))}
                    {s.current && (
                      <span className="badge badge--ok">{t("security.sessions.thisDevice")}</span>
                    )}
                  </span>
                  <span className="row__meta">
                    {s.ip && <span>{t("security.sessions.ip", { ip: s.ip })}</span>}
                    {last && (
                      <span title={formatDateTime(last, lang)}>
                        {s.current
                          ? t("security.sessions.activeNow")
                          : t("security.sessions.lastUsed", {
                              time: formatRelative(last, now, lang, t("time.justNow")),
                            })}
                      </span>
                    )}
                    {created && (
                      <span>
                        {t("security.sessions.signedIn", {
                          date: formatDateTime(created, lang, { dateStyle: "medium", timeStyle: "short" }),
                        })}
                      </span>
                    )}
                  </span>
                </div>
                {!s.current && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => revoke.mutate(s.id)}
                    disabled={revoke.isPending && revoke.variables === s.id}
                    data-testid="revoke-session"
                  >
                    {revoke.isPending && revoke.variables === s.id
                      ? t("security.sessions.signingOut")
                      : t("security.sessions.signOut")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {sessions.isSuccess && (
        <div className="section-card__footer">
          <p className="muted small">
            {others === 0
              ? t("security.sessions.noOthers")
              : t("security.sessions.othersCount", { n: others })}
          </p>
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => revokeOthers.mutate()}
            disabled={revokeOthers.isPending}
            data-testid="revoke-others"
          >
            <Icon name="logout" size={16} />
            {revokeOthers.isPending ? t("security.sessions.signingOut") : t("security.sessions.revokeOthers")}
          </button>
        </div>
      )}
    </Section>
  );
}
