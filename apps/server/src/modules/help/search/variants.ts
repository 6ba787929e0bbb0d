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

const tentContextBefore = new Set([..."蚊营军"]);
const tentContextAfter = new Set([..."篷幕子"]);

/** Folds the variants of one CJK run (an array of single characters), in place. */
export function foldVariants(chars: string[]): void {
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string;
    if (char === "帐") {
      const before = chars[index - 1];
      const after = chars[index + 1];
      const meansTent =
        (before !== undefined && tentContextBefore.has(before)) ||
        (after !== undefined && tentContextAfter.has(after));
      if (!meansTent) chars[index] = "账";
      continue;
    }
    const simplified = simplifiedOf.get(char);
    if (simplified !== undefined) chars[index] = simplified;
  }
}

/** The same folding over a whole string (a query or a title); the result has the same length. */
export function foldVariantsInText(text: string): string {
  if (!/[帐\u3400-\u9fff]/.test(text)) return text;
  const chars = text.split("");
  foldVariants(chars);
  return chars.join("");
}
