import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../platform/errors/domain-error.js";
import {
  bankStage,
  importCsv,
  openBankDeposit,
  platformBalance,
  type Staff,
} from "../../../test/bank-helpers.js";
import type { TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, type Customer, trialBalance } from "../../../test/wallet-helpers.js";
import { readCsv } from "./csv.js";
import { readStatement } from "./statement-file.js";

const NOW = new Date("2026-11-26T10:00:00Z");
const limits = { maxRecords: 100, maxFieldLength: 200 };

describe("reading CSV the way banks write it", () => {
  it("copes with a BOM, CRLF, quoted commas, quotes and line breaks, spaces and blank lines", () => {
    const text =
      "\uFEFFDate , Amount,Currency,Reference,Payer,ID\r\n" +
      '2026-11-25, "1,250.00" ,USD,"Invoice ""42"", SAT-7K3M9QPA",  "Walker, A" ,L1\r\n' +
      "\r\n" +
      '2026-11-25,10.00,USD,"two\nlines",B,L2\n' +
      "2026-11-25,11.00,USD,last,C,L3";
    const { records } = readCsv(text, limits);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(records[0]?.fields).toEqual(["Date", "Amount", "Currency", "Reference", "Payer", "ID"]);
    expect(records[1]?.fields).toEqual([
      "2026-11-25",
      "1,250.00",
      "USD",
      'Invoice "42", SAT-7K3M9QPA',
      "Walker, A",
      "L1",
    ]);
    expect(records[2]?.fields[3]).toBe("two\nlines");
    expect(records[3]?.fields).toEqual(["2026-11-25", "11.00", "USD", "last", "C", "L3"]);
  });

  it("reads semicolon and tab separated files, and flags an unclosed quote", () => {
    expect(readCsv("a;b;c\n1;2;3", limits).records[1]?.fields).toEqual(["1", "2", "3"]);
    expect(readCsv("a\tb\n1\t2", limits).records[1]?.fields).toEqual(["1", "2"]);
    const open = readCsv('a,b\n1,"never closed\n2,3\n', limits);
    expect(open.records[1]).toMatchObject({ line: 2, problem: "unterminated_quote" });
  });

  it("maps columns by name in any order and case, and checks each row on its own", () => {
    const rows = readStatement(
      [
        "REFERENCE,id,Amount,currency,DATE",
        "SAT-7K3M9QPA,L1,100.00,usd,2026-11-25",
        "x,L2,abc,USD,2026-11-25",
        "x,L3,-5.00,USD,2026-11-25",
        "x,L4,5.00,XXX,2026-11-25",
        "x,L5,5.00,USD,25/11/2026",
        "x,L6,5.001,USD,2026-11-25",
        "x,,7.00,USD,20261125",
        "x,,7.00,USD,2026-11-25T09:30:00Z",
      ].join("\n"),
      NOW,
    );
    expect(rows[0]).toMatchObject({
      line: 2,
      draft: {
        amount: 10000n,
        currency: "USD",
        referenceText: "SAT-7K3M9QPA",
        externalId: "L1",
        payerName: null,
      },
    });
    expect(rows.slice(1, 6).map((r) => [r.line, r.error?.code])).toEqual([
      [3, "invalid_amount"],
      [4, "statement_row_invalid"],
      [5, "unsupported_currency"],
      [6, "statement_row_invalid"],
      [7, "amount_too_precise"],
    ]);
    // Rows without an id get one from their content; equal rows stay two.
    const [a, b] = [rows[6]?.draft?.externalId, rows[7]?.draft?.externalId];
    expect(a).toMatch(/^csv:[0-9a-f]{32}:1$/);
    expect(b).toMatch(/^csv:[0-9a-f]{32}:2$/);
    expect(a?.slice(0, -2)).toBe(b?.slice(0, -2));
  });

  it("refuses a file without the columns it needs, or with too many rows", () => {
    const refused = (text: string) => {
      try {
        readStatement(text, NOW);
      } catch (error) {
        return error instanceof DomainError ? error.code : "thrown";
      }
      return "read";
    };
    expect(refused("")).toBe("statement_csv_invalid");
    expect(refused("date,amount,reference\n2026-11-25,1.00,x")).toBe("statement_csv_invalid");
    expect(refused(`date,amount,currency,reference\n${"2026-11-25,1.00,USD,x\n".repeat(5001)}`)).toBe(
      "statement_csv_invalid",
    );
  });

  it("never throws anything but a DomainError, whatever the file holds", () => {
    const csvish = fc
      .array(
        fc.constantFrom(
          ",",
          ";",
          "\t",
          '"',
          "\r",
          "\n",
          " ",
          "\uFEFF",
          "a",
          "1",
          ".",
          "-",
          "2026-11-25",
          "USD",
          "date,amount,currency,reference,payer,id\n",
          "\u0000",
          "é",
          "𝄞",
        ),
        { maxLength: 200 },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400, unit: "binary" }), csvish), (text) => {
        try {
          const rows = readStatement(text, NOW);
          for (const row of rows)
            expect(row.draft !== undefined || row.error instanceof DomainError).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe(`importing a statement file on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let admin: Staff;
  let dana: Customer;
  beforeAll(async () => {
    let customers: Record<"dana", Customer>;
    ({ ctx, admin, customers } = await bankStage({ dana: "Dana Price" }));
    dana = customers.dana;
  });
  afterAll(() => ctx.close());

  it("posts good rows, skips duplicates, and names the lines it could not read", async () => {
    const deposit = await openBankDeposit(ctx, dana, { amount: "120.00" });
    const csv = [
      "date,amount,currency,reference,payer,id",
      `2026-11-25,120.00,USD,"Top-up ${deposit.bankReference.toLowerCase()}","Price, Dana",STMT-1`,
      "2026-11-25,33.00,USD,no reference at all,Someone,STMT-2",
      "2026-11-25,33.00,USD,no reference at all,Someone,STMT-2",
      "yesterday,1.00,USD,x,y,STMT-3",
      "2026-11-25,1.00,USD,x,y",
      '2026-11-25,1.00,USD,"unclosed,y,STMT-4',
    ].join("\r\n");
    const res = await importCsv(ctx, admin, csv);
    expect(res.statusCode).toBe(200);
    const summary = res.json();
    expect(summary).toMatchObject({ imported: 3, matched: 1, unmatched: 2, duplicates: 1 });
    expect(summary.errors.map((e: { line: number }) => e.line)).toEqual([5, 7]);
    expect(summary.errors[0].message).toContain("YYYY-MM-DD");
    expect((await balances(ctx, dana)).USD).toBe("120.00");
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("34.00");

    // The same file again: everything is a duplicate, nothing moves.
    const again = (await importCsv(ctx, admin, csv)).json();
    expect(again).toMatchObject({ imported: 0, matched: 0, unmatched: 0, duplicates: 4 });
    expect((await balances(ctx, dana)).USD).toBe("120.00");
    expect(await platformBalance(ctx, "bank_suspense", "USD")).toBe("34.00");
    for (const total of Object.values(await trialBalance(ctx))) expect(total).toBe(0n);

    const audit = await ctx.services.audit.list({
      targetType: "bank_statement_import",
      targetId: summary.importId,
    });
    expect(audit[0]).toMatchObject({ action: "bank.statement_imported" });
  });

  it("answers row errors in the caller's language", async () => {
    const res = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/bank/statement-imports?methodId=bank_us_ach",
      headers: { ...admin.auth, "content-type": "text/csv", "accept-language": "zh-CN" },
      payload: "date,amount,currency,reference\n2026-13-01,1.00,USD,x\n",
    });
    expect(res.json().errors[0]).toMatchObject({ line: 2, code: "statement_row_invalid" });
    expect(res.json().errors[0].message).toContain("日期");
  });

  it("refuses what is not a statement, never with a 500", async () => {
    const empty = await importCsv(ctx, admin, "");
    expect(empty.statusCode).toBe(400);
    const noHeader = await importCsv(ctx, admin, "hello world");
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().code).toBe("statement_csv_invalid");
    const card = await importCsv(ctx, admin, "date,amount,currency,reference\n", "card");
    expect(card.json().code).toBe("bank_method_required");
    const json = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/admin/bank/statement-imports?methodId=bank_us_ach",
      headers: admin.auth,
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(400);
    const tooBig = await importCsv(
      ctx,
      admin,
      `date,amount,currency,reference\n${"x".repeat(1024 * 1024 + 10)}`,
    );
    expect(tooBig.statusCode).toBe(413);

    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300, unit: "binary" }), async (body) => {
        const res = await importCsv(ctx, admin, `date,amount,currency,reference,payer,id\n${body}`);
        expect(res.statusCode, body).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });
});
