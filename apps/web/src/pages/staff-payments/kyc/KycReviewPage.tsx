import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { listKycReviews } from "../../../api/staffReviews";
import { LoadMore, QueryState } from "../Feedback";
import { dateTime } from "../format";
import { levelLabel } from "../levels";
import { staffKeys } from "../queries";
import { StaffFrame } from "../StaffFrame";
import { KycDetail } from "./KycDetail";

/** Identity verifications waiting for a compliance officer; `?user=` opens one (so it has an address). */
export function KycReviewPage() {
  const [params] = useSearchParams();
  const userId = params.get("user");
  return <StaffFrame page="kyc">{userId ? <KycDetail userId={userId} /> : <KycQueue />}</StaffFrame>;
}

function KycQueue() {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: staffKeys.kycQueue,
    queryFn: ({ pageParam, signal }) => listKycReviews({ status: "pending", cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = query.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <div className="stack">
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        errorTitle={t("staffPayments.kyc.loadError")}
        empty={t("staffPayments.kyc.empty")}
        emptyIcon="check"
        emptyTestId="kyc-empty"
      />
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="kyc-queue">
            <thead>
              <tr>
                <th scope="col">{t("staffPayments.kyc.customer")}</th>
                <th scope="col">{t("staffPayments.kyc.legalName")}</th>
                <th scope="col">{t("staffPayments.kyc.levels")}</th>
                <th scope="col">{t("staffPayments.kyc.submitted")}</th>
                <th scope="col">{t("staffPayments.kyc.country")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("staffPayments.kyc.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.userId} data-user={item.userId}>
                  <th scope="row">
                    {item.customer?.email ?? item.customer?.name ?? item.userId}
                    {item.customer?.walletNumber && (
                      <span className="mono small muted method-table__sub">{item.customer.walletNumber}</span>
                    )}
                  </th>
                  <td>{item.legalName ?? "—"}</td>
                  <td className="small">
                    {t("staffPayments.kyc.levelChange", {
                      from: levelLabel(item.currentLevel, t),
                      to: levelLabel(item.requestedLevel, t),
                    })}
                  </td>
                  <td>{dateTime(item.submittedAt)}</td>
                  <td>{item.country ?? "—"}</td>
                  <td className="actions">
                    <Link
                      to={`?user=${encodeURIComponent(item.userId)}`}
                      className="button button--small button--primary"
                      data-testid={`kyc-open-${item.userId}`}
                    >
                      {t("staffPayments.kyc.open")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
    </div>
  );
}
