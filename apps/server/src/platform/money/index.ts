export { CURRENCIES, type Currency, findCurrency } from "./currencies.js";
export * from "./money.js";
