import { diagnose } from "@satchel/server";
import { configFrom } from "../config-from-flags.js";
import { type Io, mark, paint } from "../io.js";

/** Checks configuration, database, mail and the rest, and says how to fix what is wrong. */
export async function doctorCommand(io: Io): Promise<number> {
  io.out(paint(io, "bold", "Satchel doctor"));
  const config = configFrom(io);
  if (!config) return 1;
  io.out(`  ${mark.ok(io)} Configuration: every variable is valid`);
  const results = await diagnose(config);
  for (const r of results) {
    const symbol = r.status === "ok" ? mark.ok(io) : r.status === "warn" ? mark.warn(io) : mark.fail(io);
    io.out(`  ${symbol} ${r.check}: ${r.detail}`);
    if (r.fix) io.out(`      ${paint(io, "dim", `→ ${r.fix}`)}`);
  }
  const failed = results.filter((r) => r.status === "fail").length;
  const warned = results.filter((r) => r.status === "warn").length;
  io.out();
  io.out(
    failed > 0
      ? `${failed} problem(s) to fix.`
      : warned > 0
        ? `No blocking problems; ${warned} warning(s).`
        : "Everything looks good.",
  );
  return failed > 0 ? 1 : 0;
}
