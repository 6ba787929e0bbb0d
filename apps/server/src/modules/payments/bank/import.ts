import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Actor } from "../../audit/index.js";
import type { PaymentsDeps } from "../deps.js";
import { postStatementLine, statementMethod } from "./statement.js";
import { readStatement } from "./statement-file.js";

export interface ImportSummary {
  importId: string;
  /** Lines posted now: matched + unmatched. */
  imported: number;
  matched: number;
  unmatched: number;
  /** Lines already posted before (same method and id). */
  duplicates: number;
  /** Rows not posted, by their line in the file, with why. */
  errors: { line: number; error: DomainError }[];
}

/**
 * Imports a statement file: each row is posted like a single line, in its own transaction,
 * so a bad row (or one that a rule refuses) is reported with its line number while the rest
 * go through, and importing the file again posts nothing twice. One audit entry per import.
 */
export async function importStatement(
  deps: PaymentsDeps,
  actor: Actor,
  methodId: string,
  text: string,
): Promise<ImportSummary> {
  const { platform } = deps;
  const method = await statementMethod(deps, methodId);
  const rows = readStatement(text, platform.clock.now());
  const summary: ImportSummary = {
    importId: platform.ids.next("statementImport"),
    imported: 0,
    matched: 0,
    unmatched: 0,
    duplicates: 0,
    errors: [],
  };
  for (const row of rows) {
    if (!row.draft) {
      summary.errors.push({
        line: row.line,
        error:
          row.error ??
          new DomainError("statement_row_invalid", {
            problem: { en: "The row cannot be read.", "zh-CN": "无法读取该行。" },
          }),
      });
      continue;
    }
    try {
      const { result } = await postStatementLine(deps, method, row.draft, {
        importId: summary.importId,
        actor,
        audit: false,
      });
      if (result === "duplicate") summary.duplicates += 1;
      else {
        summary.imported += 1;
        summary[result] += 1;
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      summary.errors.push({ line: row.line, error });
    }
  }
  await deps.audit.record(
    platform.db,
    actor,
    "bank.statement_imported",
    { type: "bank_statement_import", id: summary.importId },
    {
      methodId,
      rows: rows.length,
      imported: summary.imported,
      matched: summary.matched,
      unmatched: summary.unmatched,
      duplicates: summary.duplicates,
      errorLines: summary.errors.map((e) => e.line),
    },
  );
  return summary;
}
