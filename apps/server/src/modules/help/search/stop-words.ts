/**
 * English words too common to say what a question is about. Particles of phrasal verbs stay
 * searchable (log in, sign up, top up, cash out, lock out, service down), and so do words that
 * are common in questions but carry meaning here ("new", "first", "again" stay out of this list
 * only when they matter; "again" does not).
 */
export const englishStopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren arent as at be because been before
  being below between both but by can cannot cant could couldn couldnt d did didn didnt do does doesn
  doesnt doing don dont each etc few for from further had hadn hadnt has hasn hasnt have haven havent
  having he hello hers herself hi him himself his how i id if ill im into is isn isnt it its itself ive
  just ll let lets m may me might more most must my myself nor not of once only or other ought our ours
  ourselves please re s same shall she should shouldnt so some such t than thank thanks that thats the
  their theirs them themselves then there theres these they theyre this those through to too until us
  ve very via was wasn wasnt we were weren what whats when where which while who whom whos why will with
  won wont would wouldnt you youd youll youre youve your yours yourself yourselves`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Chinese characters that, standing alone, only carry grammar (particles, pronouns). They are
 * dropped when they are a whole run by themselves ("提现 了"), never inside a bigram: 了解,
 * 我的账户 and 被拒 keep every character.
 */
export const chineseStopCharacters: ReadonlySet<string> = new Set([
  ..."的了吗呢吧啊呀嘛哦哈么我你他她它们是在有和与及或也都就还又很太这那哪个要会能可把被给让从对向着过请",
]);

/**
 * Particles that make a bigram containing them a weak signal in a query: "我的提现" gives 的提,
 * which spans two words and should not count as much as 提现 does.
 */
export const chineseParticles: ReadonlySet<string> = new Set([..."的了吗呢吧啊呀嘛哦么"]);

/**
 * Bigrams that only make a question a question (how, what, why, please, a bit): dropped, so
 * 怎么开启二次验证 is searched as 开启 + 二次验证 and not diluted by every article with 怎么.
 */
export const chineseStopBigrams: ReadonlySet<string> = new Set([
  "怎么",
  "怎样",
  "如何",
  "什么",
  "为什",
  "为啥",
  "请问",
  "一下",
  "我的",
  "你的",
  "你们",
  "我们",
  "这个",
  "那个",
  "的话",
  "是否",
]);
