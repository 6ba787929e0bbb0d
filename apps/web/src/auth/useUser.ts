import type { User } from "../api/accounts";
import { useMe } from "./hooks";

/** The signed-in user, inside RequireAuth (which renders nothing of its pages without one). */
export function useUser(): User {
  const { user } = useMe();
  if (!user) throw new Error("useUser() is only for pages inside RequireAuth");
  return user;
}
