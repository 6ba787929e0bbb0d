import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useNavigate } from "react-router";
import { fetchMe, logout, type User } from "../api/accounts";
import { ApiError, setCsrfToken } from "../api/client";
import { currentLanguage, setLanguage } from "../i18n";
import { isLanguage } from "../i18n/detect";
import { ACCOUNT_KEY, ME_KEY } from "./session";

export type MeStatus = "loading" | "signedIn" | "signedOut" | "error";

/**
 * Who is signed in, from GET /api/v1/me. A 401 is "signed out", not an error; `error` is only
 * for a server that cannot be reached or answers badly (and no user is known from before).
 */
export function useMe() {
  const query = useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });
  const user: User | null = query.data ?? null;
  let status: MeStatus;
  if (user) status = "signedIn";
  else if (query.data === null) status = "signedOut";
  else if (query.isError) status = "error";
  else status = "loading";
  return { user, status, error: query.error, refetch: query.refetch };
}

/** Forgets the session in this tab: after a 401 on any authenticated call, or after signing out. */
export function markSignedOut(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData<User | null>(ME_KEY, null);
}

/** What to do once login (or 2FA login) has signed someone in. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return useCallback(
    (user: User) => {
      // Nothing of a previous user may show for the new one.
      queryClient.removeQueries({ queryKey: ACCOUNT_KEY });
      queryClient.setQueryData<User | null>(ME_KEY, user);
      // The account's language wins over the one this browser last used.
      if (isLanguage(user.language) && user.language !== currentLanguage()) void setLanguage(user.language);
    },
    [queryClient],
  );
}

/** Signs out (POST /api/v1/auth/logout), then goes home. A session that had already ended counts as done. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch (error) {
        // Unreachable or failing server: the session may still be alive, so say so rather than pretend.
        if (!(error instanceof ApiError) || error.status === 0 || error.status >= 500) throw error;
      }
    },
    onSuccess: async () => {
      await navigate("/");
      markSignedOut(queryClient);
      queryClient.removeQueries({ queryKey: ACCOUNT_KEY });
    },
  });
}
