import type { ShippedArticle } from "../../types.js";

/** PLACEHOLDER: replaced by its owner. */
export const moneyArticles: ShippedArticle[] = [];
