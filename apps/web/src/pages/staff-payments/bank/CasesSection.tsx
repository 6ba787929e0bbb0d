import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listPaymentCases, type PaymentCase, resolvePaymentCase } from "../../../api/staffPayments";
import { Alert, SubmitButton } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { Section } from "../../../components/Section";
import { LoadMore, QueryState } from "../Feedback";
import { dateTime, serverFieldError } from "../format";
import { staffKeys } from "../queries";
import { TextAreaField } from "../TextAreaField";
import { Evidence } from "./Evidence";

type CaseStatus = "open" | "resolved";

/** Money customers asked about: unmatched statement lines and deposit traces that found no answer. */
export function CasesSection() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CaseStatus>("open");
  const [resolved, setResolved] = useState<string | null>(null);
  const query = useInfiniteQuery({
    queryKey: staffKeys.cases(status),
    queryFn: ({ pageParam, signal }) => listPaymentCases({ status, cursor: pageParam, limit: 20, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const cases = query.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Section
      id="cases"
      icon="headset"
      title={t("staffPayments.cases.title")}
      description={t("staffPayments.cases.lead")}
    >
      <fieldset className="segmented">
        <legend className="visually-hidden">{t("staffPayments.cases.show")}</legend>
        {(["open", "resolved"] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="segmented__option"
            aria-pressed={status === s}
            onClick={() => {
              setStatus(s);
              setResolved(null);
            }}
            data-testid={`cases-${s}`}
          >
            {t(`staffPayments.cases.status.${s}`)}
          </button>
        ))}
      </fieldset>
      {resolved && <Alert tone="ok">{t("staffPayments.cases.resolvedNote", { id: resolved })}</Alert>}
      <QueryState
        query={query}
        isEmpty={cases.length === 0}
        errorTitle={t("staffPayments.cases.loadError")}
        empty={t(status === "open" ? "staffPayments.cases.emptyOpen" : "staffPayments.cases.emptyResolved")}
        emptyIcon={status === "open" ? "check" : "inbox"}
        emptyTestId="cases-empty"
      />
      {cases.length > 0 && (
        <ul className="staff-list" data-testid="cases">
          {cases.map((c) => (
            <CaseItem key={c.id} item={c} onResolved={() => setResolved(c.id)} />
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
    </Section>
  );
}

function CaseItem({ item, onResolved }: { item: PaymentCase; onResolved: () => void }) {
  const { t } = useTranslation();
  const [resolving, setResolving] = useState(false);
  const who = item.customer?.walletNumber ?? item.customer?.email ?? item.email;
  return (
    <li className="staff-item" data-case={item.id}>
      <div className="staff-item__head">
        <strong>{t(`staffPayments.cases.kinds.${item.kind}`)}</strong>
        <span className={`badge ${item.status === "open" ? "badge--warning" : "badge--ok"}`}>
          {t(`staffPayments.cases.status.${item.status}`)}
        </span>
        <span className="muted small">{dateTime(item.createdAt)}</span>
        <span className="mono small muted">{item.id}</span>
      </div>
      <dl className="staff-facts">
        <div>
          <dt>{t("staffPayments.cases.customer")}</dt>
          <dd>
            {who ?? t("staffPayments.cases.unknownCustomer")}
            {item.customer?.email && item.customer.walletNumber && (
              <span className="muted small"> · {item.customer.email}</span>
            )}
          </dd>
        </div>
        {item.statementLineId && (
          <div>
            <dt>{t("staffPayments.cases.line")}</dt>
            <dd className="mono">{item.statementLineId}</dd>
          </div>
        )}
        {item.depositId && (
          <div>
            <dt>{t("staffPayments.bank.deposit")}</dt>
            <dd className="mono">{item.depositId}</dd>
          </div>
        )}
      </dl>
      <details className="evidence-box" open={item.status === "open"}>
        <summary>{t("staffPayments.cases.evidence")}</summary>
        <Evidence evidence={item.evidence} />
      </details>
      {item.status === "resolved" && (
        <p className="case-resolution">
          <strong>{t("staffPayments.cases.resolution")}</strong> {item.resolution ?? "—"}
          <span className="muted small">
            {" · "}
            {dateTime(item.resolvedAt)}
            {item.resolvedBy && <> · {item.resolvedBy}</>}
          </span>
        </p>
      )}
      {item.status === "open" &&
        (resolving ? (
          <ResolveForm item={item} onDone={onResolved} onCancel={() => setResolving(false)} />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              onClick={() => setResolving(true)}
              data-testid={`resolve-${item.id}`}
            >
              {t("staffPayments.cases.resolve")}
            </button>
          </div>
        ))}
    </li>
  );
}

function ResolveForm({
  item,
  onDone,
  onCancel,
}: {
  item: PaymentCase;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const problem = note.trim().length < 3 ? t("staffPayments.cases.noteRequired") : null;
  const resolve = useMutation({
    mutationFn: () => resolvePaymentCase(item.id, note.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.all });
      onDone();
    },
  });
  return (
    <form
      className="form resolve-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!problem) resolve.mutate();
      }}
      data-testid="resolve-form"
    >
      <TextAreaField
        label={t("staffPayments.cases.resolutionLabel")}
        hint={t("staffPayments.cases.resolutionHint")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={(submitted && problem) || serverFieldError(resolve.error, "resolution")}
        rows={3}
        maxLength={1000}
        testId="resolve-note"
      />
      <ProblemAlert error={resolve.error} />
      <div className="button-row">
        <SubmitButton pending={resolve.isPending} testId="resolve-submit">
          {t("staffPayments.cases.resolveSubmit")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel} disabled={resolve.isPending}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
