import { sql } from "kysely";
import type { Logger } from "pino";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { Platform } from "../../../platform/platform.js";
import { dayOf } from "./published-repository.js";

/** How often counted views are written (and on close). */
const FLUSH_EVERY_MS = 5_000;

/**
 * Article views, counted in memory and written in one transaction every few seconds: a
 * popular article read a thousand times a minute costs a dozen writes, not a thousand, and
 * no reader waits for a write. A flush that fails keeps its counts for the next one.
 */
export class ViewCounter {
  private pending = new Map<string, { articleId: string; day: string; locale: HelpLocale; views: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<number> | undefined;
  private closed = false;

  constructor(
    private readonly platform: Platform,
    private readonly log: Logger,
  ) {}

  count(articleId: string, locale: HelpLocale): void {
    const day = dayOf(this.platform.clock.now());
    const key = `${articleId} ${day} ${locale}`;
    const entry = this.pending.get(key);
    if (entry) entry.views += 1;
    else this.pending.set(key, { articleId, day, locale, views: 1 });
    if (!this.timer && !this.closed) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.flush().catch((error: unknown) => this.log.warn({ err: error }, "help views not saved yet"));
      }, FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }

  /** Writes what was counted; answers how many views. Flushes never overlap. */
  async flush(): Promise<number> {
    while (this.flushing) await this.flushing.catch(() => {});
    if (this.pending.size === 0) return 0;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.write(batch).finally(() => {
      this.flushing = undefined;
    });
    try {
      return await this.flushing;
    } catch (error) {
      for (const entry of batch) {
        const key = `${entry.articleId} ${entry.day} ${entry.locale}`;
        const now = this.pending.get(key);
        if (now) now.views += entry.views;
        else this.pending.set(key, entry);
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush().catch((error: unknown) =>
      this.log.warn({ err: error }, "help views lost at shutdown"),
    );
  }

  private async write(batch: { articleId: string; day: string; locale: HelpLocale; views: number }[]) {
    // Rows in one order on every node, so two nodes flushing at once never deadlock.
    batch.sort((x, y) => (x.articleId + x.day + x.locale).localeCompare(y.articleId + y.day + y.locale));
    const perArticle = new Map<string, number>();
    for (const entry of batch)
      perArticle.set(entry.articleId, (perArticle.get(entry.articleId) ?? 0) + entry.views);
    await this.platform.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("help_article_views")
        .values(batch.map((e) => ({ article_id: e.articleId, day: e.day, locale: e.locale, views: e.views })))
        .onConflict((conflict) =>
          conflict
            .columns(["article_id", "day", "locale"])
            .doUpdateSet({ views: sql`help_article_views.views + excluded.views` }),
        )
        .execute();
      const values = sql.join(
        [...perArticle].map(([id, views]) => sql`(${id}::text, ${views}::bigint)`),
        sql`, `,
      );
      await sql`update help_articles as a set views = a.views + v.views
                from (values ${values}) as v(id, views) where a.id = v.id`.execute(trx);
    });
    return batch.reduce((sum, entry) => sum + entry.views, 0);
  }
}
