import { accountArticles } from "./articles/account/index.js";
import { moneyArticles } from "./articles/money/index.js";
import { withdrawalArticles } from "./articles/withdrawals/index.js";
import type { ShippedArticle } from "./types.js";

export { shippedCategories } from "./catalogue.js";
export { shippedSynonyms } from "./synonyms.js";

/** Every article shipped with Satchel. */
export const shippedArticles: ShippedArticle[] = [
  ...accountArticles,
  ...moneyArticles,
  ...withdrawalArticles,
];
