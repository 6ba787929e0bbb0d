import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { EmptyState } from "../../../components/EmptyState";
import { Alert } from "../../../components/Form";
import { errorMessage } from "../../../lib/errors";

/**
 * What a page shows before its data: "Loading…", a friendly "not found" for `notFoundStatus`
 * (404 for someone else's or a mistyped id), or the error in words.
 */
export function LoadState({
  pending,
  error,
  errorTitle,
  notFound,
  notFoundStatus = 404,
}: {
  pending: boolean;
  error: unknown;
  errorTitle: string;
  notFound: { title: string; body: string };
  notFoundStatus?: number;
}) {
  const { t } = useTranslation();
  if (pending) return <p className="muted">{t("common.loading")}</p>;
  if (!error) return null;
  if (error instanceof ApiError && error.status === notFoundStatus) {
    return (
      <EmptyState icon={notFoundStatus === 404 ? "compass" : "shield"} title={notFound.title}>
        <p>{notFound.body}</p>
      </EmptyState>
    );
  }
  return (
    <Alert tone="danger" title={errorTitle}>
      {errorMessage(error, t)}
    </Alert>
  );
}
