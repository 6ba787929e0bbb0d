import { DomainError } from "../../platform/errors/domain-error.js";
import {
  discardParked,
  findParked,
  listParked,
  type ParkedCursor,
  type ParkedRow,
  type ParkedStatus,
} from "../../platform/outbox/dead-letters.js";
import { maskAddress } from "../../platform/outbox/redact.js";
import type { Platform } from "../../platform/platform.js";
import type { Actor, AuditService } from "../audit/index.js";
import { DELIVER_TOPIC } from "./message.js";

/**
 * The dead letters an admin looks at: outbox rows that failed their last attempt (a mail
 * server refusing for hours, an SMS gateway down), to send again or let go. Each shows what it
 * was (the topic; for an email or SMS, the channel, the recipient masked and the subject),
 * never the body: an email's text may hold a password-reset link. The last error is shown and
 * audited redacted (credentials, tokens and links' secrets out, addresses and phones masked).
 */

/** The payload fields a messaging row is summarised by; nothing else of a payload is read. */
const SUMMARY_FIELDS = ["channel", "to", "subject"] as const;

export interface DeadLetterView {
  id: string;
  topic: string;
  status: ParkedRow["status"];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  summary: { channel?: string; to?: string; subject?: string };
}

function summaryOf(row: ParkedRow): DeadLetterView["summary"] {
  if (row.topic !== DELIVER_TOPIC) return {};
  const { channel, to, subject } = row.fields;
  return {
    ...(channel ? { channel } : {}),
    ...(to ? { to: maskAddress(to) } : {}),
    ...(subject ? { subject } : {}),
  };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentDeadLetter(row: ParkedRow): DeadLetterView {
  return {
    id: row.id,
    topic: row.topic,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    resolvedBy: row.resolvedBy,
    summary: summaryOf(row),
  };
}

function encodeCursor(cursor: ParkedCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString("base64url");
}

/** A cursor that does not decode is a 400 on `cursor`, never a silent first page. */
function decodeCursor(text: string): ParkedCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime()) && /^[\x21-\x7e]{1,64}$/.test(value[1]))
        return { createdAt, id: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError("validation_failed", {}, [
    { in: "query", path: "/cursor", code: "invalid_format", message: "a nextCursor from the previous page" },
  ]);
}

export async function listDeadLetters(
  platform: Platform,
  query: { status: ParkedStatus; cursor?: string | undefined; limit: number },
): Promise<{ data: DeadLetterView[]; nextCursor: string | null; counts: { pending: number; dead: number } }> {
  const rows = await listParked(platform.db, {
    status: query.status,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit,
    fields: SUMMARY_FIELDS,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    data: page.map(presentDeadLetter),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    counts: await platform.outbox.counts(),
  };
}

type Resolution = "retried" | "discarded";

/**
 * Retries (back in line now, attempts from zero, what its handler settled on the last attempt
 * undone: a support reply "failed" is "queued" again) or discards a dead row, audited as
 * outbox.retried / outbox.discarded with its summary (never its body). 404
 * outbox_message_not_found when the row is not dead (no longer, or never was).
 */
export async function resolveDeadLetter(
  deps: { platform: Platform; audit: AuditService },
  actor: Actor,
  id: string,
  resolution: Resolution,
): Promise<DeadLetterView> {
  const { platform, audit } = deps;
  const by = actor.id ?? actor.label;
  return platform.db.transaction().execute(async (trx) => {
    const at = platform.clock.now();
    const changed =
      resolution === "retried"
        ? await platform.outbox.retryDead(trx, { id, by, at })
        : await discardParked(trx, { id, by, at });
    if (!changed) throw new DomainError("outbox_message_not_found");
    const row = await findParked(trx, id, SUMMARY_FIELDS);
    if (!row) throw new DomainError("outbox_message_not_found");
    const view = presentDeadLetter(row);
    await audit.record(
      trx,
      actor,
      `outbox.${resolution}`,
      { type: "outbox", id },
      {
        topic: view.topic,
        summary: view.summary,
        lastError: view.lastError,
      },
    );
    return view;
  });
}
