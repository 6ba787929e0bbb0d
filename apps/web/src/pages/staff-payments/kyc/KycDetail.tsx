import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getKycReview, type KycReview } from "../../../api/staffReviews";
import { Alert, VerifiedBadge } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { Section } from "../../../components/Section";
import { currentLanguage } from "../../../i18n";
import { LoadFailed, Loading } from "../Feedback";
import { calendarDate, dateTime } from "../format";
import { levelLabel } from "../levels";
import { staffKeys } from "../queries";
import { DocumentPreview } from "./DocumentPreview";
import { KycDecision } from "./KycDecision";
import { documentKindLabel, documentStatusLabel, fileSize, reviewStatusLabel } from "./labels";

const REVIEW_TONES: Record<string, string> = {
  pending: "badge--warning",
  approved: "badge--ok",
  rejected: "badge--danger",
};

/** One verification: who, what they declared, their documents to look at, and the decision. */
export function KycDetail({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<"approve" | "reject" | null>(null);
  const query = useQuery({
    queryKey: staffKeys.kyc(userId),
    queryFn: ({ signal }) => getKycReview(userId, signal),
  });
  const review = query.data;
  return (
    <div className="stack stack--sections" data-testid="kyc-detail">
      <p className="back-link">
        <Link to="/admin/kyc">← {t("staffPayments.kyc.back")}</Link>
      </p>
      {decided && (
        <Alert tone="ok" testId="kyc-decided">
          {t(`staffPayments.kyc.decided.${decided}`)}
        </Alert>
      )}
      {query.isPending && <Loading />}
      {query.isError && (
        <LoadFailed
          title={t("staffPayments.kyc.detailError")}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {review && (
        <>
          <ProfileSection review={review} />
          <DocumentsSection review={review} />
          {review.status === "pending" && !decided && <KycDecision review={review} onDone={setDecided} />}
        </>
      )}
    </div>
  );
}

function ProfileSection({ review }: { review: KycReview }) {
  const { t } = useTranslation();
  const a = review.address;
  return (
    <Section
      id="kyc-profile"
      icon="user"
      title={review.customer?.email ?? review.customer?.name ?? review.userId}
      description={t("staffPayments.kyc.levelChange", {
        from: levelLabel(review.currentLevel, t),
        to: levelLabel(review.requestedLevel, t),
      })}
      status={
        <span className={`badge ${REVIEW_TONES[review.status] ?? "badge--neutral"}`}>
          {reviewStatusLabel(review.status, t)}
        </span>
      }
    >
      <dl className="facts kyc-facts">
        <Fact label={t("staffPayments.kyc.legalName")}>{review.legalName ?? "—"}</Fact>
        <Fact label={t("staffPayments.kyc.dateOfBirth")}>{calendarDate(review.dateOfBirth)}</Fact>
        <Fact label={t("staffPayments.kyc.address")}>
          {a ? (
            <address className="kyc-address">
              {[a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(" "), a.country]
                .filter(Boolean)
                .join("\n")}
            </address>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label={t("staffPayments.kyc.phone")}>
          {review.phone ?? "—"}
          {review.phoneVerified !== null && <VerifiedBadge verified={review.phoneVerified} />}
        </Fact>
        <Fact label={t("staffPayments.kyc.country")}>{review.country ?? "—"}</Fact>
        <Fact label={t("staffPayments.kyc.walletNumber")}>
          <span className="mono">{review.customer?.walletNumber ?? "—"}</span>
        </Fact>
        <Fact label={t("staffPayments.kyc.submitted")}>{dateTime(review.submittedAt)}</Fact>
        {review.rejectionReason && (
          <Fact label={t("staffPayments.kyc.previousRejection")}>{review.rejectionReason}</Fact>
        )}
      </dl>
    </Section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function DocumentsSection({ review }: { review: KycReview }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const current = review.documents.filter((d) => d.status !== "replaced");
  const replaced = review.documents.length - current.length;
  return (
    <Section
      id="kyc-documents"
      icon="eye"
      title={t("staffPayments.kyc.documents")}
      description={t("staffPayments.kyc.documentsLead")}
    >
      {current.length === 0 && <p className="muted">{t("staffPayments.kyc.noDocuments")}</p>}
      <ul className="doc-grid">
        {current.map((doc) => {
          const label = documentKindLabel(doc.kind, t);
          return (
            <li key={doc.id} className="doc-card" data-document={doc.id}>
              <div className="doc-card__head">
                <strong>{label}</strong>
                <span
                  className={`badge ${doc.status === "rejected" ? "badge--danger" : doc.status === "accepted" ? "badge--ok" : "badge--neutral"}`}
                >
                  {documentStatusLabel(doc.status, t)}
                </span>
              </div>
              <DocumentPreview document={doc} label={label} />
              <p className="small muted">
                <Icon name="clock" size={12} /> {dateTime(doc.createdAt)}
                {doc.size !== null && <> · {fileSize(doc.size, lang)}</>}
                {doc.contentType && <> · {doc.contentType}</>}
              </p>
              {doc.rejectionReason && <p className="small field__error">{doc.rejectionReason}</p>}
            </li>
          );
        })}
      </ul>
      {replaced > 0 && <p className="muted small">{t("staffPayments.kyc.replaced", { count: replaced })}</p>}
    </Section>
  );
}
