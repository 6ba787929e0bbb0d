import type { Migration } from "kysely";
import * as m0001 from "./20261126_0001_platform.js";
import * as m0002 from "./20261126_0002_messaging_users.js";
import * as m0003 from "./20261126_0003_accounts.js";
import * as m0004 from "./20261126_0004_ledger.js";
import * as m0005 from "./20261126_0005_idempotency.js";
import * as m0006 from "./20261126_0006_wallets.js";
import * as m0007 from "./20261126_0007_payments.js";
import * as m0008 from "./20261126_0008_payment_usage_amounts.js";
import * as m0009 from "./20261126_0009_help_center.js";
import * as m0010 from "./20261126_0010_support_desk.js";
import * as m0011 from "./20261127_0011_support_channels.js";
import * as m0012 from "./20261127_0012_status_notifications.js";
import * as m0013 from "./20261127_0013_drop_method_maintenance.js";

/**
 * Every migration, in order. Listed statically (not read from the file system) so the
 * compiled server and the tests run exactly the same set.
 */
export const migrations: Record<string, Migration> = {
  "20261126_0001_platform": m0001,
  "20261126_0002_messaging_users": m0002,
  "20261126_0003_accounts": m0003,
  "20261126_0004_ledger": m0004,
  "20261126_0005_idempotency": m0005,
  "20261126_0006_wallets": m0006,
  "20261126_0007_payments": m0007,
  "20261126_0008_payment_usage_amounts": m0008,
  "20261126_0009_help_center": m0009,
  "20261126_0010_support_desk": m0010,
  "20261127_0011_support_channels": m0011,
  "20261127_0012_status_notifications": m0012,
  "20261127_0013_drop_method_maintenance": m0013,
};
