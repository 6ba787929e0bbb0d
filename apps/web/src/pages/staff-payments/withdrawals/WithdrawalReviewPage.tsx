import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listWithdrawalReviews } from "../../../api/staffReviews";
import { Alert } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { formatMoney } from "../../../lib/money";
import { LoadMore, QueryState } from "../Feedback";
import { staffKeys } from "../queries";
import { StaffFrame } from "../StaffFrame";
import { type Decision, DecisionDialog } from "./DecisionDialog";
import { ReviewCard } from "./ReviewCard";

/** Withdrawals that wait for a compliance officer (first payout to a new destination, large amounts…). */
export function WithdrawalReviewPage() {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const query = useInfiniteQuery({
    queryKey: staffKeys.withdrawals,
    queryFn: ({ pageParam, signal }) =>
      listWithdrawalReviews({ status: "in_review", cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = query.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <StaffFrame page="withdrawals">
      <div className="stack">
        {done && (
          <Alert tone="ok" testId="review-done">
            {t(`staffPayments.withdrawals.done.${done.action}`, {
              amount: formatMoney(done.withdrawal.amount, done.withdrawal.currency, currentLanguage()),
              customer: done.withdrawal.customer?.walletNumber ?? done.withdrawal.customer?.email ?? "—",
            })}
          </Alert>
        )}
        <QueryState
          query={query}
          isEmpty={items.length === 0}
          errorTitle={t("staffPayments.withdrawals.loadError")}
          empty={t("staffPayments.withdrawals.empty")}
          emptyIcon="check"
          emptyTestId="review-empty"
        />
        {items.length > 0 && (
          <ul className="review-list" data-testid="review-queue">
            {items.map((w) => (
              <ReviewCard
                key={w.id}
                withdrawal={w}
                onApprove={() => {
                  setDone(null);
                  setDeciding({ withdrawal: w, action: "approve" });
                }}
                onReject={() => {
                  setDone(null);
                  setDeciding({ withdrawal: w, action: "reject" });
                }}
              />
            ))}
          </ul>
        )}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onMore={() => void query.fetchNextPage()}
        />
      </div>
      <DecisionDialog
        decision={deciding}
        onClose={() => setDeciding(null)}
        onDone={(d) => {
          setDeciding(null);
          setDone(d);
        }}
      />
    </StaffFrame>
  );
}
