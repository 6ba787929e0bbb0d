import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchKycDocument, type KycDocument, kycDocumentUrl } from "../../../api/staffReviews";
import { Icon } from "../../../components/Icon";
import { readAsDataUrl } from "../../../lib/dataUrl";
import { errorMessage } from "../../../lib/errors";
import { staffKeys } from "../queries";

/**
 * A customer's document in the page. Images are fetched with the session (so a refusal shows
 * its reason) and shown inline. A PDF is opened in its own tab (the page's security policy
 * allows no embedded plugins or frames of other origins): only opening it counts as a view in
 * the audit trail, so nothing is fetched before the reviewer asks.
 */
export function DocumentPreview({ document: doc, label }: { document: KycDocument; label: string }) {
  const { t } = useTranslation();
  const url = kycDocumentUrl(doc.id);
  const image = doc.contentType.startsWith("image/");
  const file = useQuery({
    queryKey: staffKeys.kycDocument(doc.id),
    queryFn: async ({ signal }) => readAsDataUrl(await fetchKycDocument(doc.id, signal)),
    enabled: image,
    staleTime: Number.POSITIVE_INFINITY,
    // Identity documents are not kept in memory longer than the review needs them.
    gcTime: 60_000,
    retry: 1,
  });

  if (!image) {
    return (
      <div className="doc-preview doc-preview--empty">
        <Icon name="book" size={28} />
        <a
          href={url}
          target="_blank"
          rel="noopener"
          className="button button--small"
          data-testid={`doc-open-${doc.id}`}
        >
          {doc.contentType === "application/pdf"
            ? t("staffPayments.kyc.openPdf")
            : t("staffPayments.kyc.openFile")}
        </a>
      </div>
    );
  }
  if (file.isPending) return <div className="doc-preview doc-preview--empty">{t("common.loading")}</div>;
  if (file.isError) {
    return (
      <div className="doc-preview doc-preview--empty" role="alert">
        <p>{t("staffPayments.kyc.docError")}</p>
        <p className="small muted">{errorMessage(file.error, t)}</p>
        <button type="button" className="button button--small" onClick={() => void file.refetch()}>
          {t("common.tryAgain")}
        </button>
      </div>
    );
  }
  return (
    <a
      className="doc-preview"
      href={url}
      target="_blank"
      rel="noopener"
      title={t("staffPayments.kyc.openFull")}
    >
      <img src={file.data} alt={label} data-testid={`doc-image-${doc.id}`} />
    </a>
  );
}
