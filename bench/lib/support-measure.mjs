// Timing one console request of the support-queue bench through app.inject, and what its SQL
// did: the statements of one more (recorded) request, each EXPLAIN ANALYZEd, the slowest kept.
import { explain, percentile, planVerdict } from "./support-sql.mjs";

export async function get(app, url, headers) {
  const res = await app.inject({ method: "GET", url, headers });
  if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
}

/** Signs in through the API as the console and the app do; the bearer header of the session. */
export async function signIn(app, login, password) {
  const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${res.json().token}` };
}

/**
 * `count` requests of `path(i)` one after another (after 5 of warm-up), or as many as fit in
 * `maxSeconds` (at least 20), then one recorded.
 * Returns the latencies' percentiles, rows per answer, the statements of the recorded request
 * and the slowest of them by its plan's own execution time (timed in process, a statement also
 * waits for the request's others, PGlite running one at a time, and for a busy CPU).
 */
export async function measureEndpoint({ app, db, recorder, path, auth, count, maxSeconds, onProgress }) {
  for (let i = 0; i < 5; i++) await get(app, path(i + 1_000), auth);
  const times = [];
  let resultRows = 0;
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    // A time budget cuts only requests slow enough to need it, and never below 20.
    if (maxSeconds && i >= 20 && performance.now() - started > maxSeconds * 1000) break;
    const sent = performance.now();
    const body = await get(app, path(i), auth);
    times.push(performance.now() - sent);
    resultRows += Array.isArray(body.data) ? body.data.length : 1;
    if ((i + 1) % 20 === 0) onProgress(i + 1);
  }
  times.sort((a, b) => a - b);

  recorder.start();
  await get(app, path(7), auth);
  const statements = recorder.stop();
  // Only reads are explained: EXPLAIN ANALYZE runs the statement, and a write would change data.
  for (const statement of statements)
    if (/^\s*(select|with)\b/i.test(statement.sql)) statement.plan = await explain(db, statement);
  const planned = statements.filter((st) => st.plan);
  const slowest = planned.reduce((a, b) => (b.plan["Execution Time"] > a.plan["Execution Time"] ? b : a));
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times.at(-1),
    n: times.length,
    rows: resultRows / times.length,
    statements,
    slowest,
    plan: slowest.plan,
    verdict: planVerdict(slowest.plan),
  };
}
