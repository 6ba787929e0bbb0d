import { DomainError } from "../../platform/errors/domain-error.js";
import type { StatusDeps } from "./deps.js";
import {
  hydrate,
  isSnapshotBody,
  type PublicSnapshot,
  readSnapshot,
  type SnapshotBody,
} from "./snapshot-data.js";
import { readStoredSnapshot, storeSnapshot } from "./snapshots-repository.js";

const KEY = "public";
/** Rebuilt at least this often, so uptime and the feed move on with no change event. */
export const SNAPSHOT_REFRESH_MS = 60_000;
/** Never sooner than this after the last build (a timer at a window's boundary). */
const MIN_DELAY_MS = 1_000;
/** A request waits this long at most for a build under way (a change just made) before it is served the last one. */
const WAIT_FOR_BUILD_MS = 2_000;

const delay = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export interface SnapshotCache {
  /** The snapshot in memory, built (or loaded from storage) on first use. 503 service_unavailable when there is none at all. */
  current(): Promise<PublicSnapshot>;
  /** Reads the database again; on failure the snapshot in memory stays (and is served). */
  rebuild(): Promise<void>;
  /** Builds the snapshot (or loads the stored one), follows changes and keeps it fresh on a timer. */
  warm(): Promise<void>;
  close(): void;
}

/**
 * The public status page's snapshot, one per process. Requests read memory only, so the page
 * answers quickly and keeps answering when the database struggles. It is rebuilt on every
 * status change (here or on another node), every minute, and when the next maintenance
 * window starts or ends; each build is stored, so a node that starts while the database
 * struggles still has the last one to show.
 */
export function createSnapshotCache(deps: StatusDeps): SnapshotCache {
  const { platform } = deps;
  let snapshot: PublicSnapshot | undefined;
  let storedJson: string | undefined;
  let building: Promise<void> | undefined;
  let again = false;
  let following = false;
  let timer: NodeJS.Timeout | undefined;
  let timed = false;
  let closed = false;

  const follow = () => {
    if (following) return;
    following = true;
    deps.onChanged(() => {
      void rebuild();
    });
  };

  async function store(body: SnapshotBody): Promise<void> {
    // builtAt alone changes every minute: the row is written only when the page changed.
    const json = JSON.stringify({ ...body, builtAt: "" });
    if (json === storedJson) return;
    await storeSnapshot(platform.db, KEY, JSON.stringify(body), platform.clock.now());
    storedJson = json;
  }

  async function buildOnce(): Promise<void> {
    try {
      const body = await readSnapshot(platform.db, platform.clock.now());
      snapshot = hydrate(body);
      await store(body).catch((error: unknown) =>
        platform.log.warn({ err: error }, "could not store the status page snapshot"),
      );
    } catch (error) {
      platform.log.warn({ err: error }, "status page snapshot not rebuilt; the last one is still served");
    }
  }

  function rebuild(): Promise<void> {
    if (closed) return Promise.resolve();
    if (building) {
      // A change arrived while reading: read once more after, so it is not missed.
      again = true;
      return building;
    }
    building = (async () => {
      do {
        again = false;
        await buildOnce();
      } while (again);
    })().finally(() => {
      building = undefined;
      schedule();
    });
    return building;
  }

  async function loadStored(): Promise<void> {
    try {
      const body = await readStoredSnapshot(platform.db, KEY);
      if (isSnapshotBody(body)) snapshot = hydrate(body);
    } catch (error) {
      platform.log.warn({ err: error }, "no stored status page snapshot could be read");
    }
  }

  /** The next rebuild: in a minute, or sooner when a maintenance window starts or ends before that. */
  function schedule(): void {
    if (!timed) return;
    if (timer) clearTimeout(timer);
    const now = platform.clock.now().getTime();
    let delay = SNAPSHOT_REFRESH_MS;
    for (const w of snapshot?.windows ?? []) {
      for (const at of [w.startsAt.getTime(), w.endsAt.getTime()])
        if (at > now) delay = Math.min(delay, at - now);
    }
    timer = setTimeout(() => void rebuild(), Math.max(delay, MIN_DELAY_MS));
    timer.unref();
  }

  return {
    async current() {
      follow();
      // A change made a moment ago (by this very client, maybe) shows at once; a database that
      // struggles holds the answer back only briefly.
      if (snapshot && building) await Promise.race([building, delay(WAIT_FOR_BUILD_MS)]);
      if (snapshot) return snapshot;
      await rebuild();
      if (!snapshot) await loadStored();
      if (!snapshot) throw new DomainError("service_unavailable");
      return snapshot;
    },
    rebuild,
    async warm() {
      follow();
      timed = true;
      await rebuild();
      if (!snapshot) await loadStored();
    },
    close() {
      closed = true;
      timed = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
