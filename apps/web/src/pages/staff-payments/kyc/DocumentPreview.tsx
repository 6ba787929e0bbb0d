import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchKycDocument, type KycDocument } from "../../../api/staffReviews";
import { errorMessage } from "../../../lib/errors";
import { staffKeys } from "../queries";

/** An object URL for a blob, revoked when the blob changes or the component goes away. */
function useObjectUrl(blob: Blob | undefined): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => {
      URL.revokeObjectURL(next);
      setUrl(null);
    };
  }, [blob]);
  return url;
}

/**
 * A customer's document shown in the page. The file needs the staff member's session, so it is
 * fetched with the API client's credentials and shown from an object URL: images inline, PDFs
 * embedded with a link to open them whole.
 */
export function DocumentPreview({ document: doc, label }: { document: KycDocument; label: string }) {
  const { t } = useTranslation();
  const file = useQuery({
    queryKey: staffKeys.kycDocument(doc.id),
    queryFn: ({ signal }) => fetchKycDocument(doc.id, signal),
    staleTime: Number.POSITIVE_INFINITY,
    // Identity documents are not kept in memory longer than the review needs them.
    gcTime: 60_000,
    retry: 1,
  });
  const url = useObjectUrl(file.data);
  const type = file.data?.type || doc.contentType;

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
  if (!url) return <div className="doc-preview doc-preview--empty">{t("common.loading")}</div>;
  if (type.startsWith("image/")) {
    return (
      <a
        className="doc-preview"
        href={url}
        target="_blank"
        rel="noreferrer"
        title={t("staffPayments.kyc.openFull")}
      >
        <img src={url} alt={label} data-testid={`doc-image-${doc.id}`} />
      </a>
    );
  }
  if (type === "application/pdf") {
    return (
      <div className="doc-preview doc-preview--pdf">
        <object data={url} type="application/pdf" aria-label={label} data-testid={`doc-pdf-${doc.id}`}>
          <p className="small">{t("staffPayments.kyc.pdfFallback")}</p>
        </object>
        <a href={url} target="_blank" rel="noreferrer" className="small">
          {t("staffPayments.kyc.openPdf")}
        </a>
      </div>
    );
  }
  return (
    <div className="doc-preview doc-preview--empty">
      <a href={url} download={`${doc.kind}-${doc.id}`}>
        {t("staffPayments.kyc.download")}
      </a>
    </div>
  );
}
