import type { ShippedArticle } from "../../types.js";
import { accountFrozen } from "./account-frozen.js";
import { accountLocked } from "./account-locked.js";
import { accountSecurity } from "./account-security.js";
import { antiPhishingCode } from "./anti-phishing-code.js";
import { cantLogIn } from "./cant-log-in.js";
import { choosingAStrongPassword } from "./choosing-a-strong-password.js";
import { createAccount } from "./create-account.js";
import { forgotPassword } from "./forgot-password.js";
import { lostPhone2fa } from "./lost-phone-2fa.js";
import { notificationSettings } from "./notification-settings.js";
import { officialChannels } from "./official-channels.js";
import { recoveryCodes } from "./recovery-codes.js";
import { sessionsAndLoginAlerts } from "./sessions-and-login-alerts.js";
import { smsCodes } from "./sms-codes.js";
import { supportIdentityChecks } from "./support-identity-checks.js";
import { suspiciousActivity } from "./suspicious-activity.js";
import { twoFactorAuthentication } from "./two-factor-authentication.js";
import { updateProfileAndLanguage } from "./update-profile-and-language.js";
import { verifyEmail } from "./verify-email.js";

/** Account, sign-in, two-factor and safety articles, in the order each section lists them. */
export const accountArticles: ShippedArticle[] = [
  // account-basics
  createAccount,
  verifyEmail,
  updateProfileAndLanguage,
  notificationSettings,
  // signing-in
  cantLogIn,
  forgotPassword,
  accountLocked,
  supportIdentityChecks,
  sessionsAndLoginAlerts,
  choosingAStrongPassword,
  // two-factor
  twoFactorAuthentication,
  lostPhone2fa,
  recoveryCodes,
  smsCodes,
  // staying-safe
  accountSecurity,
  antiPhishingCode,
  officialChannels,
  suspiciousActivity,
  accountFrozen,
];
