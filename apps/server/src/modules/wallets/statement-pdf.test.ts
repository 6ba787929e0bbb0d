import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fitText, textWidth } from "./pdf-text.js";
import { renderStatementPdf, type StatementInput, type StatementRow } from "./statement-pdf.js";

const EN_LABELS: StatementInput["labels"] = {
  opening: "Opening balance",
  closing: "Closing balance",
  moneyIn: "Money in",
  moneyOut: "Money out",
  date: "Date",
  reference: "Reference",
  description: "Description",
  amount: "Amount",
  noActivity: "No activity this month.",
  page: "Page {n} of {total}",
  footer: "Satchel Ltd. Questions? support@satchel.example",
};

const ZH_LABELS: StatementInput["labels"] = {
  opening: "期初余额",
  closing: "期末余额",
  moneyIn: "收入",
  moneyOut: "支出",
  date: "日期",
  reference: "参考号",
  description: "说明",
  amount: "金额",
  noActivity: "本月无交易。",
  page: "第 {n} 页，共 {total} 页",
  footer: "Satchel 钱包",
};

function rows(count: number, description = "Coffee"): StatementRow[] {
  return Array.from({ length: count }, (_, i) => ({
    date: "2026-11-03",
    reference: `R${String(i).padStart(5, "0")}`,
    description,
    amount: i % 2 === 0 ? "-12.50" : "1,000.00",
  }));
}

function statement(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    title: "Monthly statement",
    period: "November 2026",
    generatedAt: "Generated 1 Dec 2026, 09:00",
    holder: { name: "Jane Doe", walletNumber: "W-1234-5678", email: "jane@example.com" },
    labels: EN_LABELS,
    sections: [
      {
        currency: "EUR",
        opening: "100.00",
        closing: "87.50",
        moneyIn: "0.00",
        moneyOut: "12.50",
        rows: rows(3),
      },
    ],
    ...overrides,
  };
}

interface PdfObject {
  dict: string;
  /** A stream's bytes as stored (deflated). */
  stream?: Buffer;
}

interface ParsedPdf {
  text: string;
  trailer: string;
  objects: Map<number, PdfObject>;
  /** Each page's object dictionary and inflated content, in /Kids order. */
  pages: { dict: string; content: string }[];
}

function ref(dict: string, key: string): number {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  if (!match) throw new Error(`no /${key} reference in ${dict}`);
  return Number(match[1]);
}

function object(pdf: ParsedPdf, id: number): PdfObject {
  const found = pdf.objects.get(id);
  if (!found) throw new Error(`no object ${id}`);
  return found;
}

/** Reads one object at `offset`, checking that a stream's /Length is exactly its byte count. */
function readObject(bytes: Buffer, text: string, offset: number, id: number): PdfObject {
  const start = offset + `${id} 0 obj\n`.length;
  const streamAt = text.indexOf("\nstream\n", start);
  const endAt = text.indexOf("\nendobj\n", start);
  if (streamAt === -1 || endAt < streamAt) return { dict: text.slice(start, endAt) };
  const dict = text.slice(start, streamAt);
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const dataAt = streamAt + "\nstream\n".length;
  expect(text.startsWith("\nendstream\nendobj\n", dataAt + length)).toBe(true);
  return { dict, stream: bytes.subarray(dataAt, dataAt + length) };
}

/** A structural parse that follows the cross-reference table, as a viewer would. */
function parsePdf(bytes: Buffer): ParsedPdf {
  // latin1 maps each byte to one char, so string indexes below are byte offsets.
  const text = bytes.toString("latin1");
  expect(text.startsWith("%PDF-1.4\n")).toBe(true);
  expect(text.endsWith("%%EOF\n")).toBe(true);
  const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const header = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!header) throw new Error("startxref does not point at the xref table");
  const size = Number(header[1]);
  const entriesAt = xrefAt + header[0].length;
  expect(text.slice(entriesAt, entriesAt + 20)).toBe("0000000000 65535 f \n");
  const objects = new Map<number, PdfObject>();
  for (let id = 1; id < size; id++) {
    const entry = text.slice(entriesAt + id * 20, entriesAt + (id + 1) * 20);
    expect(entry).toMatch(/^\d{10} 00000 n \n$/);
    const offset = Number(entry.slice(0, 10));
    expect(text.startsWith(`${id} 0 obj\n`, offset)).toBe(true);
    objects.set(id, readObject(bytes, text, offset, id));
  }
  const trailer = text.slice(entriesAt + size * 20);
  expect(trailer).toContain(`/Size ${size}`);
  const parsed: ParsedPdf = { text, trailer, objects, pages: [] };
  const pagesDict = object(parsed, ref(object(parsed, ref(trailer, "Root")).dict, "Pages")).dict;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesDict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)];
  parsed.pages = kids.map((kid) => {
    const dict = object(parsed, Number(kid[1])).dict;
    const stream = object(parsed, ref(dict, "Contents")).stream ?? Buffer.alloc(0);
    return { dict, content: inflateSync(stream).toString("latin1") };
  });
  return parsed;
}

interface Drawn {
  x: number;
  y: number;
  /** The operators between Td and ET. */
  ops: string;
  /** The text shown, decoded from literal and UCS-2 hex strings. */
  text: string;
}

/** Every text object on a page, with its position and decoded text. */
function drawnText(content: string): Drawn[] {
  return [...content.matchAll(/BT ([\d.]+) ([\d.]+) Td (.*?) ET/g)].map((m) => {
    const ops = m[3] ?? "";
    const strings = [...ops.matchAll(/\(((?:\\.|[^\\()])*)\)|<([0-9A-F]*)>/g)];
    const text = strings
      .map(([, literal, hex]) =>
        hex === undefined
          ? (literal ?? "").replace(/\\(.)/g, "$1")
          : String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => Number.parseInt(unit, 16))),
      )
      .join("");
    return { x: Number(m[1]), y: Number(m[2]), ops, text };
  });
}

describe("renderStatementPdf", () => {
  it("writes a well-formed PDF 1.4 file whose xref, trailer and page tree agree", () => {
    const pdf = parsePdf(renderStatementPdf(statement()));
    const pagesDict = object(pdf, ref(object(pdf, ref(pdf.trailer, "Root")).dict, "Pages")).dict;
    expect(object(pdf, ref(pdf.trailer, "Root")).dict).toContain("/Type /Catalog");
    const pageObjects = [...pdf.objects.values()].filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
    expect(Number(/\/Count (\d+)/.exec(pagesDict)?.[1])).toBe(pageObjects.length);
    expect(pdf.pages).toHaveLength(pageObjects.length);

    const info = object(pdf, ref(pdf.trailer, "Info")).dict;
    expect(info).toContain("/Producer (Satchel)");
    expect(info).toContain(
      "/Title <FEFF004D006F006E00740068006C0079002000730074006100740065006D0065006E0074>",
    );

    // One font dictionary shared by every page, with the three fonts the text uses.
    const resources = new Set(pdf.pages.map((page) => ref(page.dict, "Resources")));
    expect(resources.size).toBe(1);
    const fonts = object(pdf, [...resources][0] ?? 0).dict;
    for (const name of ["F1", "F2", "F3"]) expect(fonts).toMatch(new RegExp(`/${name} \\d+ 0 R`));
    for (const page of pdf.pages) expect(page.dict).toContain("/MediaBox [0 0 595 842]");
  });

  it("declares Helvetica with WinAnsiEncoding and STSong-Light as a non-embedded CJK font", () => {
    const pdf = parsePdf(renderStatementPdf(statement()));
    const fonts = object(pdf, ref(pdf.pages[0]?.dict ?? "", "Resources")).dict;
    const font = (name: string) => object(pdf, ref(fonts, name)).dict;
    expect(font("F1")).toContain("/Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding");
    expect(font("F2")).toContain("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding");
    expect(font("F3")).toContain("/Subtype /Type0");
    expect(font("F3")).toContain("/Encoding /UniGB-UCS2-H");
    const descendant = /\/DescendantFonts \[(\d+) 0 R\]/.exec(font("F3"))?.[1];
    const cidFont = object(pdf, Number(descendant)).dict;
    expect(cidFont).toContain("/Subtype /CIDFontType0 /BaseFont /STSong-Light");
    expect(cidFont).toContain("/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>");
    expect(cidFont).toContain("/DW 1000");
    const descriptor = object(pdf, ref(cidFont, "FontDescriptor")).dict;
    expect(descriptor).not.toMatch(/FontFile/);
  });

  it("writes English text as literal strings in Helvetica", () => {
    const [page] = parsePdf(renderStatementPdf(statement())).pages;
    const content = page?.content ?? "";
    expect(content).toContain("/F2 22 Tf (Satchel) Tj");
    for (const text of ["Monthly statement", "November 2026", "Jane Doe", "W-1234-5678", "Opening balance"]) {
      expect(content).toContain(`(${text}) Tj`);
    }
    expect(content).toContain("(Amount \\(EUR\\)) Tj");
  });

  it("writes Chinese text as UCS-2 hex in the CJK font, switching font per run", () => {
    const input = statement({
      title: "月度对账单",
      period: "2026年11月",
      holder: { name: "王小明", walletNumber: "W-1234-5678", email: "wang@example.com" },
      labels: ZH_LABELS,
      sections: [
        {
          currency: "CNY",
          opening: "0",
          closing: "0",
          moneyIn: "0",
          moneyOut: "0",
          rows: rows(1, "转账 to 王小明 🍕"),
        },
      ],
    });
    const pdf = parsePdf(renderStatementPdf(input));
    const content = pdf.pages[0]?.content ?? "";
    // Bold Chinese is faked by stroking the outline (text render mode 2).
    expect(content).toContain("/F3 14 Tf 2 Tr 0.56 w <67085EA65BF98D265355> Tj 0 Tr");
    expect(content).toContain("<738B5C0F660E> Tj");
    expect(content).toContain(
      "/F1 10 Tf (2026) Tj /F3 10 Tf <5E74> Tj /F1 10 Tf (11) Tj /F3 10 Tf <6708> Tj",
    );
    // Characters outside the BMP have no UCS-2 code and become "?".
    expect(content).toContain(
      "/F3 9 Tf <8F6C8D26> Tj /F1 9 Tf ( to ) Tj /F3 9 Tf <738B5C0F660E> Tj /F1 9 Tf ( ?) Tj",
    );
    expect(content).toContain("(Satchel ) Tj /F3 8 Tf <94B15305> Tj");
    expect(drawnText(content).map((d) => d.text)).toContain("第 1 页，共 1 页");
    expect(object(pdf, ref(pdf.trailer, "Info")).dict).toContain("/Title <FEFF67085EA65BF98D265355>");
  });

  it("escapes parentheses and backslashes in literal strings", () => {
    const input = statement();
    input.sections[0]?.rows.push({
      date: "2026-11-30",
      reference: "R-X",
      description: "Refund (partial) \\ fee",
      amount: "1.00",
    });
    const content = parsePdf(renderStatementPdf(input)).pages[0]?.content ?? "";
    expect(content).toContain("(Refund \\(partial\\) \\\\ fee) Tj");
  });

  it("measures with Helvetica's AFM widths and right-aligns amounts on the margin", () => {
    expect(textWidth("Satchel", 1000, "regular")).toBe(667 + 556 + 278 + 500 + 556 + 556 + 222);
    expect(textWidth("Satchel", 1000, "bold")).toBe(667 + 556 + 333 + 556 + 611 + 556 + 278);
    // WinAnsiEncoding puts quotesingle and grave at 39 and 96, not the curly quotes.
    expect(textWidth("'`", 1000, "regular")).toBe(191 + 333);
    expect(textWidth("月度", 10, "regular")).toBe(20);

    const drawn = drawnText(parsePdf(renderStatementPdf(statement())).pages[0]?.content ?? "");
    const amount = (text: string) => drawn.find((d) => d.text === text);
    // 9 pt: "-12.50" is 333 + 4 × 556 + 278 units, "1,000.00" is 6 × 556 + 2 × 278.
    expect(amount("-12.50")?.x).toBeCloseTo(555 - 25.515, 2);
    expect(amount("1,000.00")?.x).toBeCloseTo(555 - 35.028, 2);
  });

  it("truncates a description too long for its column with ...", () => {
    const longEnglish =
      "Payment for an extraordinarily long order description that cannot possibly fit ".repeat(3);
    const longChinese = "转账给王小明晚饭还有一些很长很长的说明文字需要截断才能放进这一栏";
    const input = statement();
    input.sections[0]?.rows.push(
      { date: "2026-11-30", reference: "R-EN", description: longEnglish, amount: "1.00" },
      { date: "2026-11-30", reference: "R-ZH", description: longChinese, amount: "2.00" },
    );
    const drawn = drawnText(parsePdf(renderStatementPdf(input)).pages[0]?.content ?? "");
    const english = drawn.find((d) => d.text.startsWith("Payment for"));
    const chinese = drawn.find((d) => d.text.startsWith("转账给"));
    // The description column is 247 pt wide, less an 8 pt gap before the amount.
    for (const cut of [english, chinese]) {
      expect(cut?.text.endsWith("...")).toBe(true);
      expect(textWidth(cut?.text ?? "", 9, "regular")).toBeLessThanOrEqual(239);
    }
    expect(english?.text.length).toBeLessThan(longEnglish.length);
    expect(english?.text).toBe(fitText(longEnglish, 9, "regular", 239));
    expect(chinese?.ops).toMatch(/> Tj \/F1 9 Tf \(\.\.\.\) Tj$/); // the ellipsis is Helvetica
  });

  it("says when a section has no activity", () => {
    const input = statement({
      sections: [
        { currency: "USD", opening: "0.00", closing: "0.00", moneyIn: "0.00", moneyOut: "0.00", rows: [] },
      ],
    });
    const content = parsePdf(renderStatementPdf(input)).pages[0]?.content ?? "";
    expect(content).toContain("(No activity this month.) Tj");
    expect(content).toContain("(Amount \\(USD\\)) Tj");
  });

  it("paginates 5,000 rows quickly, repeating the table header and numbering every page", () => {
    const input = statement();
    const section = input.sections[0];
    if (!section) throw new Error("fixture has a section");
    section.rows = rows(5000);
    // Best of two, so a busy machine's one slow moment does not fail the build.
    const timings: number[] = [];
    let bytes: Buffer = Buffer.alloc(0);
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      bytes = renderStatementPdf(input);
      timings.push(performance.now() - started);
    }
    expect(Math.min(...timings)).toBeLessThan(1000);

    // Page 1 fits 33 rows under the header and summary, later pages 43 (layout constants:
    // 16 pt rows between the table header and the footer), so 1 + ceil(4967 / 43) pages.
    const expectedPages = 1 + Math.ceil((5000 - 33) / 43);
    expect(expectedPages).toBe(117);
    const pdf = parsePdf(bytes);
    expect(pdf.pages).toHaveLength(expectedPages);

    const references: string[] = [];
    pdf.pages.forEach((page, i) => {
      const texts = drawnText(page.content).map((d) => d.text);
      expect(texts).toContain(`Page ${i + 1} of ${expectedPages}`);
      expect(texts).toContain(EN_LABELS.footer);
      expect(texts).toContain("Amount (EUR)");
      const onPage = texts.filter((t) => /^R\d{5}$/.test(t));
      if (i < pdf.pages.length - 1) expect(onPage).toHaveLength(i === 0 ? 33 : 43);
      references.push(...onPage);
    });
    expect(references).toEqual(rows(5000).map((row) => row.reference));
  });

  const hasTool = (tool: string) => spawnSync("which", [tool]).status === 0;

  it.skipIf(!hasTool("qpdf") || !hasTool("pdftotext"))(
    "passes qpdf --check and extracts with pdftotext",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "statement-pdf-"));
      try {
        const file = join(dir, "statement.pdf");
        const input = statement();
        const section = input.sections[0];
        if (section) section.rows = rows(100);
        writeFileSync(file, renderStatementPdf(input));
        expect(spawnSync("qpdf", ["--check", file]).status).toBe(0);
        const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout;
        expect(text).toContain("Monthly statement");
        expect(text).toContain("Page 3 of 3");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
