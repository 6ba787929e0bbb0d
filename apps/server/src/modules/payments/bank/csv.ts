/**
 * A forgiving CSV reader for bank statement exports (RFC 4180 and what banks make of it):
 * a byte-order mark, CRLF, LF or lone CR line ends, quoted fields holding commas, quotes
 * ("") and line breaks, spaces around fields, a semicolon or tab instead of the comma, blank
 * lines. It never throws: a record it cannot read is returned with a problem, so the
 * importer can name its line and go on with the others.
 */

export interface CsvRecord {
  /** The physical line (1-based) the record starts on, as an editor shows it. */
  line: number;
  fields: string[];
  /** Set when the record could not be read completely. */
  problem?: "unterminated_quote" | "field_too_long";
}

export interface CsvLimits {
  /** Records read at most (the header included); the rest are counted in `truncated`. */
  maxRecords: number;
  maxFieldLength: number;
}

export interface CsvResult {
  records: CsvRecord[];
  /** Non-empty records left unread beyond `maxRecords`. */
  truncated: boolean;
}

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter of the first non-empty line: whichever of , ; and tab occurs most outside quotes. */
function sniffDelimiter(text: string): string {
  let quoted = false;
  const counts = new Map<string, number>();
  let sawContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (sawContent) break;
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(char))
      counts.set(char, (counts.get(char) ?? 0) + 1);
    if (char.trim()) sawContent = true;
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function readCsv(input: string, limits: CsvLimits): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = sniffDelimiter(text);
  const records: CsvRecord[] = [];
  let truncated = false;

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  /** The current field began with a quote (spaces before it are dropped). */
  let wasQuoted = false;
  let tooLong = false;

  const endField = () => {
    if (field.length > limits.maxFieldLength) tooLong = true;
    fields.push(field.trim());
    field = "";
    wasQuoted = false;
  };
  const endRecord = (problem?: CsvRecord["problem"]) => {
    endField();
    const empty = fields.length === 1 && fields[0] === "" && !problem;
    if (!empty) {
      if (records.length >= limits.maxRecords) truncated = true;
      else {
        const why = problem ?? (tooLong ? "field_too_long" : undefined);
        records.push({ line: recordLine, fields, ...(why ? { problem: why } : {}) });
      }
    }
    fields = [];
    tooLong = false;
  };

  for (let i = 0; i < text.length && !truncated; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        // A field larger than the limit is not worth keeping in memory.
        if (field.length <= limits.maxFieldLength) field += char;
        else tooLong = true;
      }
      continue;
    }
    if (char === delimiter) endField();
    else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (char === '"' && field.trim() === "" && !wasQuoted) {
      field = "";
      quoted = true;
      wasQuoted = true;
    } else if (field.length <= limits.maxFieldLength) field += char;
    else tooLong = true;
  }
  if (quoted) endRecord("unterminated_quote");
  else if (field !== "" || fields.length > 0) endRecord();
  return { records, truncated };
}
