/** The ledger's public shapes. Amounts are bigint minor units of the account's currency. */
export interface LedgerAccount {
  id: string;
  kind: "customer" | "platform";
  ownerId: string | null;
  code: string | null;
  shard: number;
  currency: string;
  allowNegative: boolean;
  posted: bigint;
  held: bigint;
  available: bigint;
  seq: bigint;
}

export interface Posting {
  accountId: string;
  /** Positive credits the account, negative debits it. */
  amount: bigint;
}

export interface JournalInput {
  kind: string;
  postings: Posting[];
  memo?: Record<string, unknown>;
  reversesId?: string;
}

/** What became of one journal of a batch: posted, or refused because an account would go short. */
export type JournalOutcome =
  | { ok: true; journalId: string }
  | { ok: false; code: "insufficient_funds"; accountId: string };

export interface AccountRow {
  id: string;
  kind: "customer" | "platform";
  owner_id: string | null;
  code: string | null;
  shard: number;
  currency: string;
  allow_negative: boolean;
  posted: bigint;
  held: bigint;
  seq: bigint;
}

export function toAccount(row: AccountRow): LedgerAccount {
  return {
    id: row.id,
    kind: row.kind,
    ownerId: row.owner_id,
    code: row.code,
    shard: row.shard,
    currency: row.currency,
    allowNegative: row.allow_negative,
    posted: row.posted,
    held: row.held,
    available: row.posted - row.held,
    seq: row.seq,
  };
}
