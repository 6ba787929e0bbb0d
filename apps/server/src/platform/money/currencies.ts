/**
 * ISO 4217 currencies and their minor-unit exponents (the number of decimals a currency
 * has). Most have 2; the exceptions are listed explicitly. Source: ISO 4217 list one.
 */
const ACTIVE_CODES = `
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN
ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD
JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF
XPF YER ZAR ZMW ZWG
`
  .trim()
  .split(/\s+/);

const ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF".split(" ");
const THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND".split(" ");
const FOUR_DECIMALS = "CLF UYW".split(" ");

export interface Currency {
  code: string;
  /** Decimals of the minor unit: 2 for USD (cents), 0 for JPY, 3 for KWD. */
  exponent: number;
}

function exponentOf(code: string): number {
  if (ZERO_DECIMALS.includes(code)) return 0;
  if (THREE_DECIMALS.includes(code)) return 3;
  if (FOUR_DECIMALS.includes(code)) return 4;
  return 2;
}

export const CURRENCIES: ReadonlyMap<string, Currency> = new Map(
  ACTIVE_CODES.map((code) => [code, { code, exponent: exponentOf(code) }]),
);

export function findCurrency(code: string): Currency | undefined {
  return CURRENCIES.get(code);
}
