import type { SatchelApp } from "../../../app.js";
import type { StatusModule } from "../index.js";

/** The status module's routes: the public summary and feed, subscriptions, the staff API. */
export async function registerStatus(_app: SatchelApp, _status: StatusModule): Promise<void> {}
