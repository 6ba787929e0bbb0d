import type { ShippedArticle } from "../../types.js";
import { cancelWithdrawal } from "./cancel-withdrawal.js";
import { contactSupport } from "./contact-support.js";
import { fees } from "./fees.js";
import { identityVerification } from "./identity-verification.js";
import { limits } from "./limits.js";
import { payoutDestinations } from "./payout-destinations.js";
import { policiesAndTerms } from "./policies-and-terms.js";
import { privacyAndYourData } from "./privacy-and-your-data.js";
import { serviceStatus } from "./service-status.js";
import { supportTickets } from "./support-tickets.js";
import { verificationDocuments } from "./verification-documents.js";
import { welcomeToTheHelpCenter } from "./welcome-to-the-help-center.js";
import { whatToPrepare } from "./what-to-prepare.js";
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
  identityVerification,
  verificationDocuments,
  limits,
  fees,
  policiesAndTerms,
  privacyAndYourData,
  contactSupport,
  supportTickets,
  whatToPrepare,
  serviceStatus,
  welcomeToTheHelpCenter,
];
