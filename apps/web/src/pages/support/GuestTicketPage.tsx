import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import { getTicket, verifyGuestLink } from "../../api/support";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle, useRunOnce } from "../../lib/hooks";
import { forgetGuestAccess, guestAccess, saveGuestAccess } from "./guestAccess";
import { supportKeys } from "./queries";
import { TicketView } from "./TicketView";

const REFRESH_MS = 30_000;

/**
 * /support/verify?token=…: the link we email guests (to confirm their address, and later with
 * each reply). The token works once: it is exchanged for an access token kept in this tab, and the
 * address becomes /support/verify?ticket=<id> so a reload still finds the ticket.
 */
export function GuestTicketPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("support.verify.title"));
  const [params] = useSearchParams();
  const token = params.get("token");
  const ticketId = params.get("ticket");
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const verify = useMutation({
    mutationFn: verifyGuestLink,
    onSuccess: ({ ticket, accessToken }) => {
      saveGuestAccess(ticket.id, accessToken);
      queryClient.setQueryData(supportKeys.guestTicket(ticket.id), ticket);
      // The used token leaves the address bar (and the history): it cannot be used again anyway.
      void navigate(`/support/verify?ticket=${encodeURIComponent(ticket.id)}`, { replace: true });
    },
  });
  useRunOnce(
    token,
    useCallback((value: string) => verify.mutate(value), [verify.mutate]),
  );

  const access = ticketId ? guestAccess(ticketId) : null;

  return (
    <div className="container page support-page" data-testid="guest-ticket-page">
      {token && (verify.isPending || verify.isIdle) && (
        <p className="muted" role="status">
          {t("support.verify.checking")}
        </p>
      )}
      {token && verify.isError && <LinkProblem error={verify.error} />}
      {!token && ticketId && access && <GuestTicket ticketId={ticketId} accessToken={access} />}
      {!token && !(ticketId && access) && <LinkProblem error={null} />}
    </div>
  );
}

function GuestTicket({ ticketId, accessToken }: { ticketId: string; accessToken: string }) {
  const { t } = useTranslation();
  const queryKey = supportKeys.guestTicket(ticketId);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => getTicket(ticketId, accessToken, signal),
    refetchInterval: (q) => (q.state.data?.status === "closed" ? false : REFRESH_MS),
  });
  // An expired access (30 days) or one for another ticket: a fresh link is needed.
  const refused = query.error instanceof ApiError && [401, 403, 404].includes(query.error.status);
  useEffect(() => {
    if (refused) forgetGuestAccess(ticketId);
  }, [refused, ticketId]);
  if (query.isError) return <LinkProblem error={query.error} />;
  if (!query.data) return <p className="muted">{t("common.loading")}</p>;
  return (
    <>
      <Alert tone="info" testId="guest-verified">
        {t("support.verify.guestNote")}
      </Alert>
      <TicketView ticket={query.data} accessToken={accessToken} queryKey={queryKey} />
    </>
  );
}

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const expired = error === null || (error instanceof ApiError && error.status < 500);
  if (!expired) {
    return (
      <Alert tone="danger" title={t("support.verify.error")}>
        {errorMessage(error, t)}
      </Alert>
    );
  }
  return (
    <EmptyState icon="mail" title={t("support.verify.invalidTitle")} tone="danger">
      <p>{t("support.verify.invalidBody")}</p>
      <div className="button-row">
        <Link to="/contact" className="button button--primary">
          {t("helpCenter.contact.title")}
        </Link>
        <Link to="/login?next=%2Fsupport%2Ftickets" className="button">
          {t("support.verify.signIn")}
        </Link>
      </div>
    </EmptyState>
  );
}
