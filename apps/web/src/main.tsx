import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { ApiError } from "./api/client";
import { markSignedOut } from "./auth/hooks";
import { isSessionEnded } from "./auth/session";
import i18n from "./i18n";
import { router } from "./router";
import "./styles.css";
import "./styles/shell.css";
import "./styles/components.css";
import "./styles/home.css";
import "./styles/status.css";
import "./styles/mailbox.css";
import "./styles/auth.css";
import "./styles/account.css";
import "./styles/wallet.css";
import "./styles/transactions.css";
import "./styles/ledger.css";

/** A 401 on any authenticated call means the session is over (expired, revoked, signed out elsewhere). */
function onApiError(error: unknown): void {
  if (isSessionEnded(error)) markSignedOut(queryClient);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not change by asking again; server and network trouble may.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});

// Server text (problem titles and details) follows Accept-Language: fetch it again in the new language.
i18n.on("languageChanged", () => {
  void queryClient.invalidateQueries();
});

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
