import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  confirmTotp,
  disableSmsCodes,
  disableTotp,
  enableSmsCodes,
  type LoginHistoryEntry,
  listLoginHistory,
  listSessions,
  regenerateRecoveryCodes,
  revokeOtherSessions,
  revokeSession,
  type Session,
  startTotp,
  type TotpSetup,
  type User,
  updateMe,
} from "../api/accounts";
import { useStepUp } from "../auth/StepUp";
import { ACCOUNT_KEY, accountKeys, ME_KEY } from "../auth/session";
import { useUser } from "../auth/useUser";
import { ConfirmBox } from "../components/ConfirmBox";
import { Alert, CodeField, FormError, SubmitButton, TextField } from "../components/Form";
import { Icon } from "../components/Icon";
import { PageHeader } from "../components/PageHeader";
import { RecoveryCodes } from "../components/RecoveryCodes";
import { Section, StatePill } from "../components/Section";
import { SecurityCheckupCard } from "../components/SecurityCheckup";
import { currentLanguage } from "../i18n";
import { errorMessage, fieldErrors } from "../lib/errors";
import { useDocumentTitle, useNow, useScrollToHash } from "../lib/hooks";
import { formatDateTime, formatRelative, parseDate } from "../lib/time";

const SECTIONS = ["checkup", "two-factor", "sessions", "login-history", "anti-phishing"] as const;
const SECTION_KEYS = {
  checkup: "security.nav.checkup",
  "two-factor": "security.nav.twoFactor",
  sessions: "security.nav.sessions",
  "login-history": "security.nav.history",
  "anti-phishing": "security.nav.antiPhishing",
} as const;

export function SecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("security.title"));
  useScrollToHash();
  return (
    <div className="container page" data-testid="security-page">
      <PageHeader icon="shield" title={t("security.title")} description={t("security.lead")} />
      <nav className="chip-nav" aria-label={t("security.nav.label")}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(SECTION_KEYS[id])}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack stack--sections">
        <div id="checkup" className="anchor">
          <SecurityCheckupCard />
        </div>
        <TwoFactorSection />
        <SessionsSection />
        <LoginHistorySection />
        <AntiPhishingSection />
      </div>
    </div>
  );
}

/** After a change to the account: the user object and the checkup are fetched again. */
function useRefreshAccount() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
    void queryClient.invalidateQueries({ queryKey: accountKeys.checkup });
  };
}

type TwoFactorPhase =
  | { kind: "idle" }
  | { kind: "setup"; setup: TotpSetup }
  | { kind: "codes"; codes: string[] }
  | { kind: "confirmOff" }
  | { kind: "confirmRegenerate" };

function TwoFactorSection() {
  const { t } = useTranslation();
  const user = useUser();
  const stepUp = useStepUp();
  const refresh = useRefreshAccount();
  const [phase, setPhase] = useState<TwoFactorPhase>({ kind: "idle" });

  const start = useMutation({
    mutationFn: () => stepUp(startTotp),
    onSuccess: (setup) => setPhase({ kind: "setup", setup }),
  });
  const turnOff = useMutation({
    mutationFn: () => stepUp(disableTotp),
    onSuccess: () => {
      setPhase({ kind: "idle" });
      refresh();
    },
  });
  const regenerate = useMutation({
    mutationFn: () => stepUp(regenerateRecoveryCodes),
    onSuccess: (codes) => {
      setPhase({ kind: "codes", codes });
      refresh();
    },
  });
  const totp = user.twoFactor.totp;
  const actionError = start.error ?? turnOff.error ?? regenerate.error;

  return (
    <Section
      id="two-factor"
      icon="key"
      title={t("security.twoFactor.title")}
      description={t("security.twoFactor.lead")}
    >
      <div className="setting">
        <div className="setting__text">
          <h3>
            {t("security.twoFactor.app")}{" "}
            <StatePill on={totp} onLabel={t("common.on")} offLabel={t("common.off")} />
          </h3>
          <p className="muted">{t("security.twoFactor.appBody")}</p>
          {totp && (
            <p className="small" data-testid="recovery-left">
              {t("security.twoFactor.codesLeft", { n: user.twoFactor.recoveryCodesLeft })}
            </p>
          )}
        </div>
        {phase.kind === "idle" && (
          <div className="setting__actions">
            {totp ? (
              <>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setPhase({ kind: "confirmRegenerate" })}
                  data-testid="regenerate-codes"
                >
                  {t("security.twoFactor.regenerate")}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => setPhase({ kind: "confirmOff" })}
                  data-testid="disable-totp"
                >
                  {t("security.twoFactor.turnOff")}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() => start.mutate()}
                disabled={start.isPending}
                data-testid="enable-totp"
              >
                {start.isPending ? t("common.working") : t("security.twoFactor.turnOn")}
              </button>
            )}
          </div>
        )}
      </div>

      {phase.kind === "idle" && <FormError error={actionError} />}

      {phase.kind === "setup" && (
        <TotpSetupPanel
          setup={phase.setup}
          onCancel={() => setPhase({ kind: "idle" })}
          onConfirmed={(codes) => {
            setPhase({ kind: "codes", codes });
            refresh();
          }}
        />
      )}

      {phase.kind === "codes" && (
        <RecoveryCodes codes={phase.codes} email={user.email} onDone={() => setPhase({ kind: "idle" })} />
      )}

      {phase.kind === "confirmOff" && (
        <ConfirmBox
          tone="danger"
          text={t("security.twoFactor.turnOffConfirm")}
          confirmLabel={t("security.twoFactor.turnOff")}
          pending={turnOff.isPending}
          error={turnOff.error}
          onConfirm={() => turnOff.mutate()}
          onCancel={() => {
            turnOff.reset();
            setPhase({ kind: "idle" });
          }}
          testId="confirm-disable-totp"
        />
      )}

      {phase.kind === "confirmRegenerate" && (
        <ConfirmBox
          tone="warning"
          text={t("security.twoFactor.regenerateConfirm")}
          confirmLabel={t("security.twoFactor.regenerate")}
          pending={regenerate.isPending}
          error={regenerate.error}
          onConfirm={() => regenerate.mutate()}
          onCancel={() => {
            regenerate.reset();
            setPhase({ kind: "idle" });
          }}
          testId="confirm-regenerate"
        />
      )}

      <SmsSetting user={user} />
    </Section>
  );
}

function TotpSetupPanel({
  setup,
  onCancel,
  onConfirmed,
}: {
  setup: TotpSetup;
  onCancel: () => void;
  onConfirmed: (codes: string[]) => void;
}) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const [code, setCode] = useState("");
  const confirm = useMutation({
    mutationFn: () => stepUp(() => confirmTotp(code.replace(/\s+/g, ""))),
    onSuccess: onConfirmed,
  });
  // Shown in groups of four so it can be read and typed without losing one's place; the groups are
  // spaced by CSS, so the text (and what is copied) is exactly the secret.
  const groups = setup.secret.match(/.{1,4}/g) ?? [setup.secret];
  return (
    <div className="totp-setup" data-testid="totp-setup">
      <ol className="steps">
        <li>
          <h4>{t("security.totp.step1")}</h4>
          <p className="muted">{t("security.totp.step1Body")}</p>
        </li>
        <li>
          <h4>{t("security.totp.step2")}</h4>
          <div className="totp-setup__qr">
            {setup.qrCode && (
              <img src={setup.qrCode} width={200} height={200} alt={t("security.totp.qrAlt")} />
            )}
            <div className="totp-setup__secret">
              <p className="muted small">{t("security.totp.manual")}</p>
              <code className="secret" data-testid="totp-secret">
                {groups.map((group, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the groups are positions in one fixed string
                  <span key={index}>{group}</span>
                ))}
              </code>
              {setup.otpauthUrl.startsWith("otpauth://") && (
                <a className="small" href={setup.otpauthUrl}>
                  {t("security.totp.openApp")}
                </a>
              )}
            </div>
          </div>
        </li>
        <li>
          <h4>{t("security.totp.step3")}</h4>
          <form
            className="form form--inline"
            onSubmit={(event) => {
              event.preventDefault();
              confirm.mutate();
            }}
            noValidate
          >
            <FormError error={confirm.error} context="totpConfirm" />
            <CodeField
              label={t("security.totp.code")}
              value={code}
              onChange={setCode}
              testId="totp-code"
              autoFocus
            />
            <div className="button-row">
              <SubmitButton
                pending={confirm.isPending}
                pendingLabel={t("common.working")}
                testId="totp-confirm"
                disabled={code.replace(/\s+/g, "").length < 6}
              >
                {t("security.totp.confirm")}
              </SubmitButton>
              <button type="button" className="button" onClick={onCancel}>
                {t("common.cancel")}
              </button>
            </div>
          </form>
        </li>
      </ol>
    </div>
  );
}

function SmsSetting({ user }: { user: User }) {
  const { t } = useTranslation();
  const stepUp = useStepUp();
  const refresh = useRefreshAccount();
  const toggle = useMutation({
    mutationFn: (on: boolean) => stepUp(on ? enableSmsCodes : disableSmsCodes),
    onSuccess: refresh,
  });
  const on = user.twoFactor.sms;
  const phoneReady = Boolean(user.phone && user.phoneVerified);
  return (
    <div className="setting setting--sub">
      <div className="setting__text">
        <h3>
          {t("security.sms.title")} <span className="badge badge--warning">{t("security.sms.weaker")}</span>{" "}
          <StatePill on={on} onLabel={t("common.on")} offLabel={t("common.off")} />
        </h3>
        <p className="muted">{t("security.sms.body")}</p>
        {!on && !phoneReady && (
          <p className="small">
            {user.phone ? t("security.sms.needsVerified") : t("security.sms.needsPhone")}{" "}
            {user.phone && <Link to="/app/profile#phone">{t("security.sms.verifyPhone")}</Link>}
          </p>
        )}
        <FormError error={toggle.error} />
      </div>
      <div className="setting__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => toggle.mutate(!on)}
          disabled={toggle.isPending || (!on && !phoneReady)}
          data-testid={on ? "disable-sms" : "enable-sms"}
        >
          {toggle.isPending ? t("common.working") : on ? t("security.sms.turnOff") : t("security.sms.turnOn")}
        </button>
      </div>
    </div>
  );
}

function deviceLabel(s: { browser: string; os: string }, unknown: string): string {
  const parts = [s.browser, s.os].filter((p) => p.trim() !== "");
  return parts.length > 0 ? parts.join(" · ") : unknown;
}

function SessionsSection() {
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

const PAGE_SIZE = 10;

const OUTCOME_BADGES: Record<LoginHistoryEntry["outcome"], string> = {
  success: "badge--ok",
  failure: "badge--danger",
  locked: "badge--danger",
  mfa_failed: "badge--warning",
  unknown: "badge--neutral",
};

function LoginHistorySection() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const lang = currentLanguage();
  const history = useInfiniteQuery({
    queryKey: accountKeys.loginHistory,
    queryFn: ({ pageParam, signal }) => listLoginHistory(pageParam, PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = history.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Section
      id="login-history"
      icon="clock"
      title={t("security.history.title")}
      description={t("security.history.lead")}
    >
      {history.isPending && <p className="muted">{t("common.loading")}</p>}
      {history.isError && entries.length === 0 && (
        <Alert tone="danger" title={t("security.history.error")}>
          {errorMessage(history.error, t)}
        </Alert>
      )}
      {history.isSuccess && entries.length === 0 && <p className="muted">{t("security.history.empty")}</p>}
      {entries.length > 0 && (
        <ul className="rows" data-testid="login-history">
          {entries.map((entry) => {
            const date = parseDate(entry.createdAt);
            return (
              <li key={entry.id} className="row row--compact" data-outcome={entry.outcome}>
                <span className={`badge ${OUTCOME_BADGES[entry.outcome]}`}>
                  {t(`security.history.outcomes.${entry.outcome}`)}
                </span>
                <div className="row__main">
                  <span className="row__title">
                    {deviceLabel(entry, t("security.sessions.unknownDevice"))}
                  </span>
                  <span className="row__meta">
                    {entry.ip && <span>{t("security.sessions.ip", { ip: entry.ip })}</span>}
                  </span>
                </div>
                {date && (
                  <time className="row__time" dateTime={entry.createdAt} title={formatDateTime(date, lang)}>
                    {formatRelative(date, now, lang, t("time.justNow"))}
                  </time>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {history.hasNextPage && (
        <div className="section-card__footer section-card__footer--center">
          <button
            type="button"
            className="button button--small"
            onClick={() => void history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
            data-testid="history-more"
          >
            {history.isFetchingNextPage ? t("common.loading") : t("security.history.more")}
          </button>
        </div>
      )}
    </Section>
  );
}

function AntiPhishingSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(user.antiPhishingCode ?? "");
  const save = useMutation({
    mutationFn: () => updateMe({ antiPhishingCode: value.trim() || null }),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      setValue(updated.antiPhishingCode ?? "");
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
  });
  const current = user.antiPhishingCode;
  const changed = value.trim() !== (current ?? "");
  const fields = fieldErrors(save.error);

  return (
    <Section
      id="anti-phishing"
      icon="mail"
      title={t("security.antiPhishing.title")}
      description={t("security.antiPhishing.lead")}
      status={
        <StatePill
          on={Boolean(current)}
          onLabel={t("security.antiPhishing.set")}
          offLabel={t("security.antiPhishing.notSet")}
        />
      }
    >
      {current && (
        <figure className="email-preview">
          <figcaption className="visually-hidden">{t("security.antiPhishing.previewLabel")}</figcaption>
          <span className="email-preview__from">Satchel</span>
          <span className="email-preview__code">
            {t("security.antiPhishing.previewLine")}{" "}
            <strong data-testid="anti-phishing-current">{current}</strong>
          </span>
        </figure>
      )}
      <form
        className="form form--row"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <TextField
          label={current ? t("security.antiPhishing.change") : t("security.antiPhishing.choose")}
          hint={t("security.antiPhishing.hint")}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            save.reset();
          }}
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          error={fields.antiPhishingCode}
          testId="anti-phishing-input"
        />
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t("common.saving")}
          disabled={!changed}
          testId="anti-phishing-save"
        >
          {value.trim() === "" && current ? t("security.antiPhishing.remove") : t("common.save")}
        </SubmitButton>
      </form>
      {save.isSuccess && <Alert tone="ok">{t("security.antiPhishing.saved")}</Alert>}
      {!fields.antiPhishingCode && <FormError error={save.error} />}
    </Section>
  );
}
