import type { Platform } from "./platform/platform.js";
import type { Services } from "./services.js";

const EVERY_MS = 60_000;

/**
 * Background chores of the worker role, once a minute: release holds whose time is up,
 * forget idempotency keys older than 24 hours and exchange quotes a day past their expiry. Each chore is safe to run on several
 * workers at once (each hold is closed in its own locked transaction; deletes are idempotent).
 */
export function startHousekeeping(platform: Platform, services: Services): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const chores: [string, () => Promise<number>][] = [
    ["expired holds released", () => services.ledger.expireHolds()],
    ["expired idempotency keys purged", () => platform.idempotency.purgeExpired()],
    ["old exchange quotes purged", () => services.wallets.fx.purgeQuotes()],
    ...services.payments.chores(),
    ...services.help.chores(),
    ...services.support.chores(),
    ...services.status.chores(),
  ];
  const tick = () => {
    running ??= (async () => {
      for (const [what, chore] of chores) {
        try {
          const count = await chore();
          if (count > 0) platform.log.info({ count }, what);
        } catch (error) {
          platform.log.error({ err: error }, `housekeeping failed: ${what}`);
        }
      }
    })().finally(() => {
      running = undefined;
    });
  };
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
