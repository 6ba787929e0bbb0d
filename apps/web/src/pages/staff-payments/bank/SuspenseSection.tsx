import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  listPaymentCases,
  listStatementLines,
  type MatchCandidate,
  matchCandidates,
  type StatementLine,
} from "../../../api/staffPayments";
import { Money } from "../../../components/Money";
import { Section } from "../../../components/Section";
import { LoadMore, QueryState } from "../Feedback";
import { calendarDate, dateTime } from "../format";
import { staffKeys } from "../queries";
import { LineOutcome } from "./LineOutcome";
import { MatchForm } from "./MatchForm";

const PAGE_SIZE = 25;

/** Money the bank received that no deposit claimed: each line waits here until someone matches it to its customer. */
export function SuspenseSection() {
  const { t } = useTranslation();
  const [matching, setMatching] = useState<string | null>(null);
  const [matched, setMatched] = useState<StatementLine | null>(null);
  const query = useInfiniteQuery({
    queryKey: staffKeys.lines("unmatched"),
    queryFn: ({ pageParam, signal }) =>
      listStatementLines({ status: "unmatched", cursor: pageParam, limit: PAGE_SIZE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const lines = query.data?.pages.flatMap((p) => p.data) ?? [];
  // The deposits each line's case names as likely owners, offered as one-click choices when matching.
  const cases = useQuery({
    queryKey: staffKeys.cases("open-unmatched"),
    queryFn: ({ signal }) => listPaymentCases({ status: "open", kind: "unmatched_line", limit: 100, signal }),
    enabled: lines.length > 0,
  });
  const candidates = new Map<string, MatchCandidate[]>(
    (cases.data?.data ?? []).flatMap((c) =>
      c.statementLineId ? [[c.statementLineId, matchCandidates(c.evidence)] as const] : [],
    ),
  );

  return (
    <Section
      id="suspense"
      icon="inbox"
      title={t("staffPayments.bank.suspense.title")}
      description={t("staffPayments.bank.suspense.lead")}
      status={
        query.isSuccess ? (
          <span className="badge badge--neutral">
            {lines.length}
            {query.hasNextPage ? "+" : ""}
          </span>
        ) : null
      }
    >
      {matched && <LineOutcome line={matched} />}
      <QueryState
        query={query}
        isEmpty={lines.length === 0}
        errorTitle={t("staffPayments.bank.suspense.loadError")}
        empty={t("staffPayments.bank.suspense.empty")}
        emptyIcon="check"
        emptyTestId="suspense-empty"
      />
      {lines.length > 0 && (
        <ul className="staff-list" data-testid="suspense-lines">
          {lines.map((line) => (
            <li key={line.id} className="staff-item" data-line={line.id}>
              <div className="staff-item__head">
                <Money amount={line.amount} currency={line.currency} className="staff-item__amount" />
                <span className="badge badge--warning">{t("staffPayments.bank.lineStatus.unmatched")}</span>
              </div>
              <dl className="staff-facts">
                <div>
                  <dt>{t("staffPayments.bank.reference")}</dt>
                  <dd className="mono">{line.reference || t("staffPayments.bank.noReference")}</dd>
                </div>
                <div>
                  <dt>{t("staffPayments.bank.payer")}</dt>
                  <dd>{line.payerName ?? "—"}</dd>
                </div>
                <div>
                  <dt>{t("staffPayments.bank.valueDate")}</dt>
                  <dd>{calendarDate(line.valueDate)}</dd>
                </div>
                <div>
                  <dt>{t("staffPayments.bank.received")}</dt>
                  <dd>{dateTime(line.createdAt)}</dd>
                </div>
                <div>
                  <dt>{t("staffPayments.bank.method")}</dt>
                  <dd className="mono">{line.methodId || "—"}</dd>
                </div>
                <div>
                  <dt>{t("staffPayments.bank.lineId")}</dt>
                  <dd className="mono">{line.externalId || line.id}</dd>
                </div>
              </dl>
              {line.unmatchedReason && (
                <p className="staff-item__why">
                  <strong>{t("staffPayments.bank.whyUnmatched")}:</strong> {line.unmatchedReason.text}
                </p>
              )}
              {matching === line.id ? (
                <MatchForm
                  line={line}
                  candidates={candidates.get(line.id) ?? []}
                  onDone={(result) => {
                    setMatching(null);
                    setMatched(result);
                  }}
                  onCancel={() => setMatching(null)}
                />
              ) : (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--small button--primary"
                    onClick={() => {
                      setMatched(null);
                      setMatching(line.id);
                    }}
                    data-testid={`match-${line.id}`}
                  >
                    {t("staffPayments.bank.match.open")}
                  </button>
                </div>
              )}
            </li>
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
