import type { ShippedArticle } from "../../types.js";
import { createAccount } from "./create-account.js";
import { updateProfileAndLanguage } from "./update-profile-and-language.js";
import { verifyEmail } from "./verify-email.js";

/** Account, sign-in, two-factor and safety articles, in the order each section lists them. */
export const accountArticles: ShippedArticle[] = [createAccount, verifyEmail, updateProfileAndLanguage];
