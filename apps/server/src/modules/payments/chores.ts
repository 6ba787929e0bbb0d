/** A background task run by the worker role's housekeeping loop: its log line and the work (returns how many it did). */
export type Chore = [what: string, run: () => Promise<number>];
