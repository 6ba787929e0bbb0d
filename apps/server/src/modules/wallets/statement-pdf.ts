/**
 * A monthly account statement as a PDF, written by hand so that nothing is downloaded or
 * shipped: no PDF library and no font file. Chinese text relies on the predefined CJK font
 * STSong-Light, which Acrobat, pdf.js, PDFium and poppler all substitute with a system font
 * (see pdf-text.ts).
 *
 * Pages are laid out top-down by a small flow (a cursor `y` that blocks move down, starting a
 * new page when a block does not fit), then the footers are added once the page total is
 * known, and each page's content is deflated and written as PDF 1.4 objects.
 */
import { deflateSync } from "node:zlib";
import { cleanText, FONT, fitText, num, showText, textWidth, utf16Hex, type Weight } from "./pdf-text.js";

export interface StatementRow {
  date: string;
  reference: string;
  description: string;
  /** Signed decimal, e.g. "-12.50". */
  amount: string;
}

export interface StatementSection {
  currency: string;
  opening: string;
  closing: string;
  moneyIn: string;
  moneyOut: string;
  rows: StatementRow[];
}

export interface StatementInput {
  /** E.g. "Monthly statement" / "月度对账单". */
  title: string;
  /** E.g. "November 2026" / "2026年11月". */
  period: string;
  /** Already formatted text. */
  generatedAt: string;
  holder: { name: string; walletNumber: string; email: string };
  labels: {
    opening: string;
    closing: string;
    moneyIn: string;
    moneyOut: string;
    date: string;
    reference: string;
    description: string;
    amount: string;
    noActivity: string;
    /** "Page {n} of {total}", with those placeholders. */
    page: string;
    footer: string;
  };
  sections: StatementSection[];
}

type Labels = StatementInput["labels"];

// A4 portrait in points, with 40 pt margins all round.
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 40;
const LEFT = MARGIN;
const RIGHT = PAGE_WIDTH - MARGIN;
const TOP = PAGE_HEIGHT - MARGIN;
const CONTENT_WIDTH = RIGHT - LEFT;
// The footer's baseline sits on the bottom margin; body content stays above its rule.
const FOOTER_BASELINE = MARGIN;
const BODY_BOTTOM = MARGIN + 20;

// Heights of the blocks the flow stacks, gaps below them included.
const HEADING_HEIGHT = 22;
const SUMMARY_BOX_HEIGHT = 40;
const SUMMARY_HEIGHT = SUMMARY_BOX_HEIGHT + 14;
const TABLE_HEADER_HEIGHT = 18;
const ROW_HEIGHT = 16;
const NO_ACTIVITY_HEIGHT = 22;
const SECTION_GAP = 18;

// Table columns: date | reference | description | amount (right-aligned on the margin).
const CELL_GAP = 8;
const COLUMNS = {
  date: { x: LEFT, width: 72 },
  reference: { x: LEFT + 72, width: 100 },
  description: { x: LEFT + 172, width: CONTENT_WIDTH - 172 - 96 },
  amount: { x: RIGHT - 96, width: 96 },
} as const;

interface Style {
  size: number;
  weight: Weight;
  /** Fill grey: 0 is black. */
  gray: number;
}

const BRAND: Style = { size: 22, weight: "bold", gray: 0 };
const TITLE: Style = { size: 14, weight: "bold", gray: 0 };
const SUBTITLE: Style = { size: 10, weight: "regular", gray: 0.2 };
const HEADING: Style = { size: 13, weight: "bold", gray: 0 };
const STRONG: Style = { size: 11, weight: "bold", gray: 0 };
const BODY: Style = { size: 9, weight: "regular", gray: 0 };
const MUTED: Style = { size: 8, weight: "regular", gray: 0.4 };
const COLUMN_LABEL: Style = { size: 8, weight: "bold", gray: 0.3 };
const RUNNING_BRAND: Style = { size: 10, weight: "bold", gray: 0 };

/** One page's content stream, kept as operator strings until the document is written. */
class Page {
  private readonly ops: string[] = [];
  // The initial graphics state paints in black; only changes are written.
  private fillGray = 0;
  private strokeGray = 0;

  /** Text with its left edge at x, cut with "..." to fit maxWidth. */
  text(x: number, y: number, text: string, style: Style, maxWidth = CONTENT_WIDTH): void {
    this.draw(x, y, fitText(cleanText(text), style.size, style.weight, maxWidth), style);
  }

  /** Text with its right edge at `right`, cut to fit maxWidth; returns the width drawn. */
  textRight(right: number, y: number, text: string, style: Style, maxWidth = CONTENT_WIDTH): number {
    const fitted = fitText(cleanText(text), style.size, style.weight, maxWidth);
    const width = textWidth(fitted, style.size, style.weight);
    this.draw(right - width, y, fitted, style);
    return width;
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, lineWidth: number, gray: number): void {
    this.stroke(gray);
    this.ops.push(`${num(lineWidth)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }

  box(x: number, y: number, width: number, height: number, gray: number): void {
    this.fill(gray);
    this.ops.push(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re f`);
  }

  content(): string {
    return this.ops.join("\n");
  }

  private draw(x: number, y: number, text: string, style: Style): void {
    if (text === "") return;
    this.fill(style.gray);
    if (style.weight === "bold") this.stroke(style.gray); // fake-bold Chinese strokes its outline
    this.ops.push(`BT ${num(x)} ${num(y)} Td ${showText(text, style.size, style.weight)} ET`);
  }

  private fill(gray: number): void {
    if (gray !== this.fillGray) this.ops.push(`${num(gray)} g`);
    this.fillGray = gray;
  }

  private stroke(gray: number): void {
    if (gray !== this.strokeGray) this.ops.push(`${num(gray)} G`);
    this.strokeGray = gray;
  }
}

/** Stacks blocks down the pages; a block that does not fit goes to a new page. */
class Flow {
  readonly pages: Page[] = [];
  page: Page;
  /** Top of the next block. */
  y: number;

  constructor(private readonly input: StatementInput) {
    this.page = new Page();
    this.pages.push(this.page);
    this.y = drawFirstPageHeader(this.page, input);
  }

  /** Makes room for a block `height` tall; true when that took a new page. */
  need(height: number): boolean {
    if (this.y - height >= BODY_BOTTOM) return false;
    this.page = new Page();
    this.pages.push(this.page);
    this.y = drawRunningHeader(this.page, this.input);
    return true;
  }
}

/** Brand, title and period, and whose statement it is; returns where the body starts. */
function drawFirstPageHeader(page: Page, input: StatementInput): number {
  const half = CONTENT_WIDTH / 2 - CELL_GAP;
  page.text(LEFT, TOP - 20, "Satchel", BRAND);
  page.textRight(RIGHT, TOP - 16, input.title, TITLE, CONTENT_WIDTH - 140);
  page.textRight(RIGHT, TOP - 32, input.period, SUBTITLE, CONTENT_WIDTH - 140);
  const holderTop = TOP - 62;
  page.text(LEFT, holderTop, input.holder.name, STRONG, half);
  page.text(LEFT, holderTop - 14, input.holder.walletNumber, BODY, half);
  page.text(LEFT, holderTop - 27, input.holder.email, BODY, half);
  page.textRight(RIGHT, holderTop - 27, input.generatedAt, MUTED, half);
  page.rule(LEFT, RIGHT, holderTop - 38, 0.75, 0.2);
  return holderTop - 52;
}

/** A slim header on later pages, so that a loose printed page still says what it is. */
function drawRunningHeader(page: Page, input: StatementInput): number {
  page.text(LEFT, TOP - 10, "Satchel", RUNNING_BRAND);
  page.textRight(RIGHT, TOP - 10, `${input.title} - ${input.period}`, MUTED, CONTENT_WIDTH - 80);
  page.rule(LEFT, RIGHT, TOP - 16, 0.5, 0.7);
  return TOP - 28;
}

function drawSummary(page: Page, top: number, section: StatementSection, labels: Labels): void {
  const cells = [
    { label: labels.opening, value: section.opening },
    { label: labels.moneyIn, value: section.moneyIn },
    { label: labels.moneyOut, value: section.moneyOut },
    { label: labels.closing, value: section.closing },
  ];
  const width = (CONTENT_WIDTH - CELL_GAP * (cells.length - 1)) / cells.length;
  cells.forEach((cell, i) => {
    const x = LEFT + i * (width + CELL_GAP);
    page.box(x, top - SUMMARY_BOX_HEIGHT, width, SUMMARY_BOX_HEIGHT, 0.95);
    page.text(x + CELL_GAP, top - 14, cell.label, MUTED, width - 2 * CELL_GAP);
    page.text(x + CELL_GAP, top - 31, cell.value, STRONG, width - 2 * CELL_GAP);
  });
}

/** Column labels; the amount's says the currency, since a table can run over many pages. */
function drawTableHeader(page: Page, top: number, labels: Labels, currency: string): void {
  const y = top - 12;
  page.text(COLUMNS.date.x, y, labels.date, COLUMN_LABEL, COLUMNS.date.width - CELL_GAP);
  page.text(COLUMNS.reference.x, y, labels.reference, COLUMN_LABEL, COLUMNS.reference.width - CELL_GAP);
  page.text(COLUMNS.description.x, y, labels.description, COLUMN_LABEL, COLUMNS.description.width - CELL_GAP);
  page.textRight(RIGHT, y, `${labels.amount} (${currency})`, COLUMN_LABEL, COLUMNS.amount.width - CELL_GAP);
  page.rule(LEFT, RIGHT, top - TABLE_HEADER_HEIGHT, 0.75, 0.2);
}

function drawRow(page: Page, top: number, row: StatementRow): void {
  const y = top - 11;
  page.text(COLUMNS.date.x, y, row.date, BODY, COLUMNS.date.width - CELL_GAP);
  page.text(COLUMNS.reference.x, y, row.reference, BODY, COLUMNS.reference.width - CELL_GAP);
  page.text(COLUMNS.description.x, y, row.description, BODY, COLUMNS.description.width - CELL_GAP);
  page.textRight(RIGHT, y, row.amount, BODY, COLUMNS.amount.width - CELL_GAP);
  page.rule(LEFT, RIGHT, top - ROW_HEIGHT, 0.25, 0.85);
}

/** Currency heading, summary and table of one section, continued over pages as needed. */
function drawSection(flow: Flow, section: StatementSection, labels: Labels): void {
  const firstLine = section.rows.length > 0 ? ROW_HEIGHT : NO_ACTIVITY_HEIGHT;
  // Keep the heading, summary and table header with at least one line of the table.
  flow.need(HEADING_HEIGHT + SUMMARY_HEIGHT + TABLE_HEADER_HEIGHT + firstLine);
  flow.page.text(LEFT, flow.y - 13, section.currency, HEADING);
  flow.y -= HEADING_HEIGHT;
  drawSummary(flow.page, flow.y, section, labels);
  flow.y -= SUMMARY_HEIGHT;
  drawTableHeader(flow.page, flow.y, labels, section.currency);
  flow.y -= TABLE_HEADER_HEIGHT;
  if (section.rows.length === 0) {
    flow.page.text(LEFT, flow.y - 14, labels.noActivity, { ...BODY, gray: 0.4 });
    flow.y -= NO_ACTIVITY_HEIGHT;
  }
  for (const row of section.rows) {
    if (flow.need(ROW_HEIGHT)) {
      drawTableHeader(flow.page, flow.y, labels, section.currency);
      flow.y -= TABLE_HEADER_HEIGHT;
    }
    drawRow(flow.page, flow.y, row);
    flow.y -= ROW_HEIGHT;
  }
  flow.y -= SECTION_GAP;
}

function drawFooter(page: Page, labels: Labels, n: number, total: number): void {
  page.rule(LEFT, RIGHT, FOOTER_BASELINE + 12, 0.5, 0.7);
  const pageText = labels.page.replaceAll("{n}", String(n)).replaceAll("{total}", String(total));
  const pageWidth = page.textRight(RIGHT, FOOTER_BASELINE, pageText, MUTED, CONTENT_WIDTH / 2);
  page.text(LEFT, FOOTER_BASELINE, labels.footer, MUTED, CONTENT_WIDTH - pageWidth - 2 * CELL_GAP);
}

/** Appends numbered objects and remembers their byte offsets for the cross-reference table. */
class PdfWriter {
  private readonly chunks: Buffer[] = [];
  private readonly offsets: number[] = [];
  private length = 0;

  constructor() {
    // The second line's high bytes tell transfer tools that the file is binary.
    this.push(Buffer.from("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n", "latin1"));
  }

  object(id: number, body: string, stream?: Buffer): void {
    this.offsets[id] = this.length;
    if (stream === undefined) {
      this.push(`${id} 0 obj\n${body}\nendobj\n`);
      return;
    }
    this.push(`${id} 0 obj\n${body}\nstream\n`);
    this.push(stream);
    this.push("\nendstream\nendobj\n");
  }

  /** The cross-reference table and trailer; every id from 1 up must have been written. */
  finish(root: number, info: number): Buffer {
    const size = this.offsets.length;
    const entries = ["0000000000 65535 f "];
    for (let id = 1; id < size; id++) {
      const offset = this.offsets[id];
      if (offset === undefined) throw new Error(`PDF object ${id} was never written`);
      entries.push(`${String(offset).padStart(10, "0")} 00000 n `);
    }
    const xrefAt = this.length;
    this.push(`xref\n0 ${size}\n${entries.join("\n")}\n`);
    this.push(
      `trailer\n<< /Size ${size} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    return Buffer.concat(this.chunks, this.length);
  }

  private push(data: Buffer | string): void {
    // Offsets count bytes, so everything is measured as the Buffer it will be.
    const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
}

// Fixed object ids; each page then takes two: its page object and its content stream.
const CATALOG = 1;
const PAGES = 2;
const INFO = 3;
const RESOURCES = 4;
const HELVETICA = 5;
const HELVETICA_BOLD = 6;
const CJK = 7;
const CJK_DESCENDANT = 8;
const CJK_DESCRIPTOR = 9;
const FIRST_PAGE = 10;

function writeFonts(pdf: PdfWriter): void {
  const type1 = (name: string) =>
    `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  pdf.object(HELVETICA, type1("Helvetica"));
  pdf.object(HELVETICA_BOLD, type1("Helvetica-Bold"));
  // Not embedded: the name, the CMap and the character collection are all a viewer needs.
  // The Type0 name is the CIDFont's name and the CMap's joined by a hyphen, as the spec advises.
  pdf.object(
    CJK,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${CJK_DESCENDANT} 0 R] >>`,
  );
  pdf.object(
    CJK_DESCENDANT,
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light" +
      " /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >>" +
      ` /FontDescriptor ${CJK_DESCRIPTOR} 0 R /DW 1000 >>`,
  );
  pdf.object(
    CJK_DESCRIPTOR,
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880]" +
      " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  );
}

function writePdf(contents: string[], title: string): Buffer {
  const pdf = new PdfWriter();
  const pageIds = contents.map((_, i) => FIRST_PAGE + 2 * i);
  pdf.object(CATALOG, `<< /Type /Catalog /Pages ${PAGES} 0 R >>`);
  pdf.object(
    PAGES,
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`,
  );
  pdf.object(INFO, `<< /Producer (Satchel) /Title ${utf16Hex(title)} >>`);
  pdf.object(
    RESOURCES,
    `<< /Font << /${FONT.regular} ${HELVETICA} 0 R /${FONT.bold} ${HELVETICA_BOLD} 0 R /${FONT.cjk} ${CJK} 0 R >> /ProcSet [/PDF /Text] >>`,
  );
  writeFonts(pdf);
  contents.forEach((content, i) => {
    const id = FIRST_PAGE + 2 * i;
    pdf.object(
      id,
      `<< /Type /Page /Parent ${PAGES} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources ${RESOURCES} 0 R /Contents ${id + 1} 0 R >>`,
    );
    const data = deflateSync(Buffer.from(content, "latin1"));
    pdf.object(id + 1, `<< /Length ${data.length} /Filter /FlateDecode >>`, data);
  });
  return pdf.finish(CATALOG, INFO);
}

/** The statement as a PDF 1.4 file: A4 pages, English and Simplified Chinese, no embedded fonts. */
export function renderStatementPdf(input: StatementInput): Buffer {
  const flow = new Flow(input);
  for (const section of input.sections) drawSection(flow, section, input.labels);
  // "Page n of total" needs the total, so footers go on once every page exists.
  const total = flow.pages.length;
  flow.pages.forEach((page, i) => {
    drawFooter(page, input.labels, i + 1, total);
  });
  return writePdf(
    flow.pages.map((page) => page.content()),
    input.title,
  );
}
