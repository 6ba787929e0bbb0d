// What the support-queue bench learns about the SQL behind a request: every statement the
// app sends while one request runs (through Kysely's executor, so PGlite and PostgreSQL alike),
// how long each took, and the plan of the slowest with EXPLAIN ANALYZE, boiled down to the
// nodes that say whether an index was used.
import { CompiledQuery } from "kysely";

/**
 * Records the statements run through `db` (and every transaction made from it) between
 * start() and stop(). Kysely's executors share one base class, so wrapping its
 * executeQuery catches them all; outside a recording it only checks a flag.
 */
export function statementRecorder(db) {
  let proto = Object.getPrototypeOf(db.getExecutor());
  while (proto && !Object.hasOwn(proto, "executeQuery")) proto = Object.getPrototypeOf(proto);
  if (!proto) throw new Error("Kysely's executor has no executeQuery to wrap");
  const original = proto.executeQuery;
  let recording = null;
  proto.executeQuery = async function executeQuery(compiled, ...rest) {
    if (!recording) return original.call(this, compiled, ...rest);
    const list = recording;
    const started = performance.now();
    try {
      return await original.call(this, compiled, ...rest);
    } finally {
      list.push({ sql: compiled.sql, parameters: compiled.parameters, ms: performance.now() - started });
    }
  };
  return {
    start() {
      recording = [];
    },
    stop() {
      const list = recording ?? [];
      recording = null;
      return list;
    },
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of one recorded statement: its plan as JSON. `jitOff`: with
 * PostgreSQL's JIT compilation off for this statement only (in a transaction of its own).
 */
export async function explain(db, statement, { jitOff = false } = {}) {
  const query = CompiledQuery.raw(`explain (analyze, buffers, format json) ${statement.sql}`, [
    ...statement.parameters,
  ]);
  const result = jitOff
    ? await db.transaction().execute(async (trx) => {
        await trx.executeQuery(CompiledQuery.raw("set local jit = off"));
        return trx.executeQuery(query);
      })
    : await db.executeQuery(query);
  const cell = Object.values(result.rows[0])[0];
  const plan = typeof cell === "string" ? JSON.parse(cell) : cell;
  return plan[0];
}

/** The plan as short indented lines: node, table, index, actual rows × loops, time. */
export function planLines(plan, limit = 14) {
  const lines = [];
  const walk = (node, depth) => {
    if (lines.length >= limit) return;
    const parts = [node["Node Type"]];
    if (node["Subplan Name"]) parts.unshift(`[${node["Subplan Name"]}]`);
    if (node["Relation Name"]) parts.push(`on ${node["Relation Name"]}`);
    if (node["Index Name"]) parts.push(`using ${node["Index Name"]}`);
    if (node["Sort Method"]) parts.push(`(${node["Sort Method"]})`);
    const rows = node["Actual Rows"];
    const loops = node["Actual Loops"];
    parts.push(`rows=${rows}${loops > 1 ? ` ×${loops} loops` : ""}`);
    // Loops of a node repeat its time, but workers of a parallel scan run side by side.
    const repeats = node["Parallel Aware"] ? 1 : loops || 1;
    parts.push(`${Number(node["Actual Total Time"] * repeats).toFixed(1)} ms`);
    if (node["Rows Removed by Filter"]) parts.push(`(${node["Rows Removed by Filter"]} removed by filter)`);
    lines.push(`${"  ".repeat(depth)}${parts.join(" ")}`);
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(plan.Plan, 0);
  // PostgreSQL compiles expensive plans to machine code first; on a short query that costs more than it saves.
  const jit = plan.JIT?.Timing?.Total;
  if (jit) lines.push(`JIT compilation ${Number(jit).toFixed(0)} ms`);
  return lines;
}

/** Tables read whole (sequential scans) and indexes used, from a plan. */
export function planVerdict(plan) {
  const seq = new Set();
  const indexes = new Set();
  const walk = (node) => {
    if (node["Node Type"] === "Seq Scan") seq.add(node["Relation Name"]);
    if (node["Index Name"]) indexes.add(node["Index Name"]);
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan.Plan);
  return { seqScans: [...seq], indexes: [...indexes] };
}

/** The statement a person reads: whitespace folded, cut at `max` characters. */
export const shortSql = (text, max = 160) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** p-th percentile of sorted numbers (nearest rank). */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
