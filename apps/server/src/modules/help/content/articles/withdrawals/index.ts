import type { ShippedArticle } from "../../types.js";
import { cancelWithdrawal } from "./cancel-withdrawal.js";
import { payoutDestinations } from "./payout-destinations.js";
import { withdrawalNotReceived } from "./withdrawal-not-received.js";
import { withdrawalRejected } from "./withdrawal-rejected.js";
import { withdrawals } from "./withdrawals.js";
import { withdrawalsPaused } from "./withdrawals-paused.js";

/** Withdrawing, verification, limits and fees, contacting support and service status. */
export const withdrawalArticles: ShippedArticle[] = [
  withdrawals,
  payoutDestinations,
  cancelWithdrawal,
  withdrawalRejected,
  withdrawalNotReceived,
  withdrawalsPaused,
];
