import { useQuery } from "@tanstack/react-query";
import { listAgents, listGroups, localName, type SupportGroup } from "../../api/consoleLive";
import { consoleKeys } from "./queries";

/** The agents to assign to (with their presence), shared by the queue filters and the ticket editors. */
export function useAgents() {
  return useQuery({
    queryKey: consoleKeys.agents,
    queryFn: ({ signal }) => listAgents(signal),
    staleTime: 60_000,
  });
}

/** The support groups (general, payments, security, compliance, and whatever supervisors added). */
export function useGroups() {
  return useQuery({
    queryKey: consoleKeys.groups,
    queryFn: ({ signal }) => listGroups(signal),
    staleTime: 5 * 60_000,
  });
}

/** A group's name in the interface language; its key while the groups are loading. */
export function groupLabel(key: string, groups: SupportGroup[] | undefined): string {
  const group = groups?.find((g) => g.key === key);
  return group ? localName(group.name) : key;
}
