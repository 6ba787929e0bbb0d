import { useQueryClient } from "@tanstack/react-query";
import { accountKeys, ME_KEY } from "../../auth/session";

/** After a change to the account: the user object and the checkup are fetched again. */
export function useRefreshAccount() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
    void queryClient.invalidateQueries({ queryKey: accountKeys.checkup });
  };
}
