#!/usr/bin/env node
// Help-center search: quality and speed.
//
// 1. Quality: every labelled customer question in bench/help-eval/questions-*.json goes to
//    GET /api/v1/help/search over the knowledge base shipped with Satchel; hit@1, hit@3 and MRR
//    (mean reciprocal rank over the top 10), overall and per language, and the misses.
//    The same questions go to a plain PostgreSQL ILIKE search (each word of the question, title
//    matches weighing 3, body 1) over the same published articles, for comparison.
// 2. Speed: 10,000 generated articles (× 2 languages) are added, the index is rebuilt, and
//    the questions are replayed against the search and suggest endpoints over HTTP (keep-alive,
//    one at a time) and against the ILIKE query: p50 / p95 / p99.
//
// Usage: npm run eval:search        (compiles the server, then runs this file)
// Embedded PGlite in memory, or PostgreSQL with BENCH_DATABASE_URL pointing at an empty
// database. Settings (env): EVAL_ARTICLES (10000) generated articles, EVAL_REQUESTS (3000)
// timed requests per endpoint, EVAL_ILIKE_REQUESTS (300) timed ILIKE queries (each scans every
// article), EVAL_VERBOSE=1 lists every miss.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { freePort } from "./lib/system.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const env = process.env;
const generatedCount = Number(env.EVAL_ARTICLES ?? 10_000);
const timedRequests = Number(env.EVAL_REQUESTS ?? 3_000);
const ilikeRequests = Number(env.EVAL_ILIKE_REQUESTS ?? 300);
const verbose = env.EVAL_VERBOSE === "1";
const databaseUrl = env.BENCH_DATABASE_URL || undefined;
// Nothing is written there (the database is in memory or PostgreSQL), but the config wants one.
const dataDir = mkdtempSync(join(tmpdir(), "satchel-eval-search-"));
process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));

const server = await import("../apps/server/dist/index.js").catch((error) => {
  throw new Error(`could not load the built server (run \`npm run build\` first): ${error.message}`);
});
const { build, createPlatform, createServices, loadConfig, openDatabase, runMigrations } = server;
const { shippedArticles } = await import("../apps/server/dist/modules/help/content/index.js");

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let updates = 0; // progress lines so far (see progress())
const questions = loadQuestions();
const knownSlugs = new Set(shippedArticles.map((a) => a.slug));
const unknown = questions.filter((q) => !knownSlugs.has(q.slug));
if (unknown.length > 0) {
  console.error(
    `Questions labelled with articles that do not exist: ${[...new Set(unknown.map((q) => q.slug))].join(", ")}`,
  );
  process.exit(1);
}
const zhCount = questions.filter((q) => q.lang === "zh-CN").length;
console.log(
  `${questions.length} labelled questions (${zhCount} Chinese, ${questions.length - zhCount} English) over ${shippedArticles.length} shipped articles in 2 languages`,
);
console.log(
  `Database: ${databaseUrl ? "PostgreSQL" : "embedded PGlite (in memory)"}; Node.js ${process.version.slice(1)}`,
);

// ---- 1. quality over the shipped knowledge base
{
  const satchel = await startApp();
  try {
    const engine = await measureQuality("Satchel search", (q) => searchSlugs(satchel.port, q));
    const ilike = await measureQuality("ILIKE search", (q) => ilikeSlugs(satchel.db, q));
    printQuality([engine, ilike]);
    printMisses(engine);
  } finally {
    await satchel.stop();
  }
}

// ---- 2. speed over a large knowledge base
{
  const satchel = await startApp(async (db) => {
    progress(`Generating ${generatedCount.toLocaleString("en")} articles × 2 languages…`);
    await generateArticles(db, generatedCount);
  });
  try {
    console.log(
      `Index built over ${(2 * (generatedCount + shippedArticles.length)).toLocaleString("en")} translations in ${satchel.warmMs} ms`,
    );
    const rows = [];
    rows.push(await timeEach("GET /api/v1/help/search", (q) => httpGet(satchel.port, searchPath(q, 10))));
    rows.push(
      await timeEach("GET /api/v1/help/suggest", (q) =>
        httpGet(
          satchel.port,
          `/api/v1/help/suggest?${new URLSearchParams({ q: q.q.slice(0, 6), lang: q.lang })}`,
        ),
      ),
    );
    // A sequential scan per question: a few hundred are enough for its percentiles.
    rows.push(await timeEach("ILIKE query (in process)", (q) => ilikeSlugs(satchel.db, q), ilikeRequests));
    console.log(
      `\nLatency over ${(generatedCount + shippedArticles.length).toLocaleString("en")} articles (${timedRequests} timed requests per endpoint, ${ilikeRequests} ILIKE queries), one at a time:`,
    );
    console.log(table(["what", "p50 ms", "p95 ms", "p99 ms", "max ms"], rows));
  } finally {
    await satchel.stop();
  }
}

// ---------------------------------------------------------------------------------------

function loadQuestions() {
  const dir = join(here, "help-eval");
  const files = readdirSync(dir).filter((f) => /^questions-.*\.json$/.test(f));
  const all = files.flatMap((file) => {
    const list = JSON.parse(readFileSync(join(dir, file), "utf8"));
    if (!Array.isArray(list)) throw new Error(`${file}: expected an array`);
    return list.map((entry, i) => {
      if (
        typeof entry.q !== "string" ||
        typeof entry.slug !== "string" ||
        !["en", "zh-CN"].includes(entry.lang)
      )
        throw new Error(`${file}[${i}]: expected { q, lang: "en" | "zh-CN", slug }`);
      return { q: entry.q, lang: entry.lang, slug: entry.slug, file };
    });
  });
  if (all.length === 0) throw new Error(`no questions in ${dir}`);
  return all;
}

/** The app on a fresh database with the shipped content; `prepare` adds data before the index is built. */
async function startApp(prepare = async () => {}) {
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    SATCHEL_SECRET: "eval-search-secret-eval-search-secret",
    SATCHEL_DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: "1000000",
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const database = await openDatabase(databaseUrl ? { url: databaseUrl } : { dataDir: "memory://" });
  if (databaseUrl) await resetPostgres(database.db);
  await runMigrations(database, () => {});
  const platform = createPlatform({ config, database });
  const services = createServices(platform);
  await services.payments.seed();
  await services.help.seed();
  const app = await build({ platform, services, web: false });
  const port = await freePort();
  await app.listen({ port, host: "127.0.0.1" });
  await prepare(database.db);
  const warmStarted = performance.now();
  await services.help.warm();
  const warmMs = Math.round(performance.now() - warmStarted);
  return {
    port,
    warmMs,
    db: database.db,
    services,
    async stop() {
      await app.close();
      await services.help.close();
      await database.close();
    },
  };
}

/** The bench database is the bench's own: start it empty each time. */
async function resetPostgres(db) {
  await sql`drop schema public cascade`.execute(db);
  await sql`create schema public`.execute(db);
}

function httpGet(port, path) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, agent, headers: { accept: "application/json" } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 200)
            return reject(new Error(`${path}: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
          resolve(JSON.parse(text));
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

function searchPath(question, limit) {
  return `/api/v1/help/search?${new URLSearchParams({ q: question.q, lang: question.lang, limit: String(limit) })}`;
}

async function searchSlugs(port, question) {
  const answer = await httpGet(port, searchPath(question, 10));
  return answer.data.map((hit) => hit.slug);
}

/**
 * What a plain database search does: each word of the question (the whole question when it
 * has no spaces, as Chinese usually has none) matched with ILIKE against the published title
 * (3 points) and body (1 point) of the reader's language.
 */
async function ilikeSlugs(db, question) {
  const words = question.q
    .split(/\s+/)
    .map((w) => w.replace(/[%_\\]/g, "").trim())
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return [];
  const score = sql.join(
    words.map(
      (w) =>
        sql`(case when t.title ilike ${`%${w}%`} then 3 else 0 end + case when t.body ilike ${`%${w}%`} then 1 else 0 end)`,
    ),
    sql` + `,
  );
  const rows = await sql`
    select a.slug, ${score} as score
    from help_translations t join help_articles a on a.id = t.article_id
    where t.locale = ${question.lang} and t.title is not null
    order by score desc, a.slug
    limit 10`.execute(db);
  return rows.rows.filter((r) => Number(r.score) > 0).map((r) => r.slug);
}

async function measureQuality(name, answer) {
  let hit1 = 0;
  let hit3 = 0;
  let reciprocal = 0;
  const perLang = { en: { n: 0, hit3: 0 }, "zh-CN": { n: 0, hit3: 0 } };
  const misses = [];
  for (const [i, question] of questions.entries()) {
    const slugs = await answer(question);
    const rank = slugs.indexOf(question.slug) + 1;
    if (rank === 1) hit1 += 1;
    if (rank >= 1 && rank <= 3) hit3 += 1;
    if (rank >= 1) reciprocal += 1 / rank;
    perLang[question.lang].n += 1;
    if (rank >= 1 && rank <= 3) perLang[question.lang].hit3 += 1;
    else misses.push({ ...question, rank, got: slugs.slice(0, 3) });
    if ((i + 1) % 25 === 0) progress(`${name}: ${i + 1}/${questions.length} questions`);
  }
  progress("");
  const n = questions.length;
  return {
    name,
    hit1: hit1 / n,
    hit3: hit3 / n,
    mrr: reciprocal / n,
    en: perLang.en.hit3 / Math.max(1, perLang.en.n),
    zh: perLang["zh-CN"].hit3 / Math.max(1, perLang["zh-CN"].n),
    misses,
  };
}

function printQuality(results) {
  console.log("\nQuality over the shipped knowledge base (target: hit@3 ≥ 0.95):");
  console.log(
    table(
      ["search", "hit@1", "hit@3", "MRR", "hit@3 en", "hit@3 zh-CN"],
      results.map((r) => [
        r.name,
        r.hit1.toFixed(3),
        r.hit3.toFixed(3),
        r.mrr.toFixed(3),
        r.en.toFixed(3),
        r.zh.toFixed(3),
      ]),
    ),
  );
}

function printMisses(result) {
  if (result.misses.length === 0) return;
  const shown = verbose ? result.misses : result.misses.slice(0, 15);
  console.log(
    `\n${result.name}: ${result.misses.length} question(s) not in the top 3${verbose ? "" : " (EVAL_VERBOSE=1 lists all)"}:`,
  );
  for (const m of shown)
    console.log(
      `  [${m.lang}] ${m.q}  → expected ${m.slug}${m.rank > 0 ? ` (rank ${m.rank})` : ""}; got ${m.got.join(", ") || "nothing"}`,
    );
}

/**
 * Articles made from the shipped ones: each takes a shipped article's title with a few more
 * words, and paragraphs drawn from several shipped articles of the same language, so the
 * vocabulary and the lengths are those of a real knowledge base, only many times over.
 */
async function generateArticles(db, count) {
  const sections = await db.selectFrom("help_sections").select(["id"]).execute();
  const paragraphs = { en: [], "zh-CN": [] };
  for (const article of shippedArticles)
    for (const lang of ["en", "zh-CN"])
      paragraphs[lang].push(...article[lang].body.split(/\n{2,}/).filter((p) => p.trim().length > 40));
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const now = new Date();
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const articles = [];
    const translations = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const base = shippedArticles[i % shippedArticles.length];
      const id = `hla_GEN${String(i).padStart(8, "0")}`;
      articles.push({
        id,
        slug: `generated-${i}-${base.slug}`.slice(0, 80),
        section_id: pick(sections).id,
        kind: base.kind,
        tags: base.tags.slice(0, 3),
        related: [],
        position: 1000 + i,
        created_by: null,
        created_at: now,
        updated_at: now,
        views: BigInt(Math.floor(random() * 50)),
      });
      for (const lang of ["en", "zh-CN"]) {
        const body = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(paragraphs[lang])).join(
          "\n\n",
        );
        const title = `${base[lang].title} ${lang === "en" ? `(case ${i})` : `（案例 ${i}）`}`;
        translations.push({
          article_id: id,
          locale: lang,
          draft_title: title,
          draft_body: body,
          draft_version: 1,
          draft_updated_by: null,
          draft_updated_at: now,
          title,
          body,
          published_version: 1,
          published_at: now,
          published_by: null,
        });
      }
    }
    await db.insertInto("help_articles").values(articles).execute();
    await db.insertInto("help_translations").values(translations).execute();
    progress(
      `Generated ${Math.min(count, start + batch).toLocaleString("en")}/${count.toLocaleString("en")} articles`,
    );
  }
  progress("");
}

async function timeEach(name, run, count = timedRequests) {
  for (const question of questions.slice(0, 20)) await run(question); // warm-up
  const times = [];
  for (let i = 0; i < count; i++) {
    const question = questions[i % questions.length];
    const started = performance.now();
    await run(question);
    times.push(performance.now() - started);
    if ((i + 1) % 100 === 0) progress(`${name}: ${i + 1}/${count}`);
  }
  progress("");
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  return [name, at(50), at(95), at(99), times[times.length - 1].toFixed(1)];
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** A progress line that rewrites itself on a terminal; in a log, only every tenth update. */
function progress(text) {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${text}`);
  else if (text && updates++ % 10 === 0) console.log(text);
}
