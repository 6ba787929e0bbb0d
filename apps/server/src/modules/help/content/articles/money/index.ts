import type { ShippedArticle } from "../../types.js";
import { cardAuthentication3ds } from "./card-authentication-3ds.js";
import { cardDeclined } from "./card-declined.js";
import { currenciesAndExchange } from "./currencies-and-exchange.js";
import { depositByBankTransfer } from "./deposit-by-bank-transfer.js";
import { depositByCard } from "./deposit-by-card.js";
import { depositByEwallet } from "./deposit-by-ewallet.js";
import { depositNotArrived } from "./deposit-not-arrived.js";
import { insufficientFunds } from "./insufficient-funds.js";
import { maintenanceAndOutages } from "./maintenance-and-outages.js";
import { methodNotAvailableInRegion } from "./method-not-available-in-region.js";
import { networkProblemsAndRetrying } from "./network-problems-and-retrying.js";
import { paymentFailed } from "./payment-failed.js";
import { paymentMethods } from "./payment-methods.js";
import { sendMoney } from "./send-money.js";
import { transactionHistory } from "./transaction-history.js";
import { wrongCardDetails } from "./wrong-card-details.js";

/** Adding money, sending and exchanging, and why a payment failed (sections in catalogue order). */
export const moneyArticles: ShippedArticle[] = [
  // deposit-methods
  paymentMethods,
  depositByCard,
  depositByBankTransfer,
  depositByEwallet,
  cardAuthentication3ds,
  // deposit-problems
  depositNotArrived,
  cardDeclined,
  wrongCardDetails,
  // sending
  sendMoney,
  currenciesAndExchange,
  transactionHistory,
  // payment-failures
  paymentFailed,
  insufficientFunds,
  methodNotAvailableInRegion,
  maintenanceAndOutages,
  networkProblemsAndRetrying,
];
