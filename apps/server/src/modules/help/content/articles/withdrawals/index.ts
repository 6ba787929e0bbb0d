import type { ShippedArticle } from "../../types.js";
import { cancelWithdrawal } from "./cancel-withdrawal.js";
import { payoutDestinations } from "./payout-destinations.js";
import { withdrawals } from "./withdrawals.js";

/** Withdrawing, verification, limits and fees, contacting support and service status. */
export const withdrawalArticles: ShippedArticle[] = [withdrawals, payoutDestinations, cancelWithdrawal];
