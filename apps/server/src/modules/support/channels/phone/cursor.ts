import { DomainError } from "../../../../platform/errors/domain-error.js";

/**
 * Keyset cursors of the phone lists (a ticket's calls, a customer's callbacks, the callback
 * queue): the sort time and id of the last row shown, opaque to clients. A cursor that does
 * not decode is a 400 on `cursor`, never a silent first page.
 */

export interface PageCursor {
  at: Date;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString("base64url");
}

export function decodeCursor(text: string): PageCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string") {
      const at = new Date(value[0]);
      // An id with control characters would only fail in the database; it is not one of ours.
      if (!Number.isNaN(at.getTime()) && /^[\x21-\x7e]{1,64}$/.test(value[1])) return { at, id: value[1] };
    }
  } catch {
    // falls through to the refusal
  }
  throw new DomainError("validation_failed", {}, [
    { in: "query", path: "/cursor", code: "invalid_format", message: "a nextCursor from the previous page" },
  ]);
}

/** The page and the cursor of the next one, from `limit + 1` rows. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  key: (row: T) => PageCursor,
): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}
