/**
 * Character variants folded before indexing, one character for one character (so offsets into
 * the original text stay right for snippets). Only traditional forms with a single simplified
 * form are folded, plus 帐 → 账 where it means an account (到帐, 帐户, 转帐) rather than a tent
 * (帐篷, 蚊帐). Everything that needs a word, not a character, is a synonym instead.
 */
const simplifiedOf: ReadonlyMap<string, string> = new Map(
  Object.entries({
    戶: "户",
    帳: "账",
    賬: "账",
    號: "号",
    碼: "码",
    驗: "验",
    證: "证",
    認: "认",
    錢: "钱",
    現: "现",
    額: "额",
    費: "费",
    銀: "银",
    轉: "转",
    匯: "汇",
    幣: "币",
    鎖: "锁",
    凍: "冻",
    結: "结",
    餘: "余",
    詐: "诈",
    騙: "骗",
    釣: "钓",
    魚: "鱼",
    網: "网",
    絡: "络",
    應: "应",
    們: "们",
    麼: "么",
    設: "设",
    開: "开",
    啟: "启",
    啓: "启",
    關: "关",
    閉: "闭",
    務: "务",
    單: "单",
    個: "个",
    處: "处",
    問: "问",
    題: "题",
    記: "记",
    資: "资",
    訊: "讯",
    錯: "错",
    誤: "误",
    換: "换",
    兌: "兑",
    續: "续",
    線: "线",
    聯: "联",
    繫: "系",
    係: "系",
    視: "视",
    頻: "频",
    圖: "图",
    發: "发",
  }),
);

const TENT = "帐".charCodeAt(0);
const ACCOUNT = "账".charCodeAt(0);
const tentContextBefore = new Set([..."蚊营军"].map((char) => char.charCodeAt(0)));
const tentContextAfter = new Set([..."篷幕子"].map((char) => char.charCodeAt(0)));

/** Traditional → simplified by code point, as a table over the common CJK block (one lookup a character). */
const TABLE_START = 0x4e00;
const simplifiedTable = new Uint16Array(0xa000 - TABLE_START);
for (const [traditional, simplified] of simplifiedOf) {
  const offset = traditional.charCodeAt(0) - TABLE_START;
  if (offset >= 0 && offset < simplifiedTable.length) simplifiedTable[offset] = simplified.charCodeAt(0);
}

/** Folds the variants of one CJK run (its code points), in place. */
export function foldVariantCodes(codes: number[]): void {
  for (let index = 0; index < codes.length; index++) {
    const code = codes[index] as number;
    if (code === TENT) {
      const meansTent =
        tentContextBefore.has(codes[index - 1] ?? 0) || tentContextAfter.has(codes[index + 1] ?? 0);
      if (!meansTent) codes[index] = ACCOUNT;
      continue;
    }
    const offset = code - TABLE_START;
    if (offset >= 0 && offset < simplifiedTable.length) {
      const simplified = simplifiedTable[offset] as number;
      if (simplified !== 0) codes[index] = simplified;
    }
  }
}

/** The same folding over a whole string (a query or a title); the result has the same length. */
export function foldVariantsInText(text: string): string {
  if (!/[\u4e00-\u9fff]/.test(text)) return text;
  const codes: number[] = [];
  for (let index = 0; index < text.length; index++) codes.push(text.charCodeAt(index));
  foldVariantCodes(codes);
  return String.fromCharCode(...codes);
}
