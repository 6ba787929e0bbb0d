import type { ErrorDefinition } from "./catalog.js";

/** Errors of the help center (articles, editing, search, feedback, deflection); part of the one catalogue in catalog.ts. */
export const helpErrors = {
  help_article_not_found: {
    status: 404,
    title: { en: "Article not found", "zh-CN": "未找到该文章" },
    detail: {
      en: "There is no published help article at this address. Search the help center for what you need.",
      "zh-CN": "此地址没有已发布的帮助文章，请在帮助中心搜索您需要的内容。",
    },
  },
  help_version_not_found: {
    status: 404,
    title: { en: "Version not found", "zh-CN": "未找到该版本" },
    detail: {
      en: "This article has no version {version} in that language.",
      "zh-CN": "该文章在此语言下没有第 {version} 版。",
    },
  },
  help_translation_not_found: {
    status: 404,
    title: { en: "Translation not found", "zh-CN": "未找到该译文" },
    detail: {
      en: "This article has no {locale} translation yet. Save a draft in that language first.",
      "zh-CN": "该文章还没有 {locale} 译文，请先用该语言保存草稿。",
    },
  },
  help_category_not_found: {
    status: 404,
    title: { en: "Category not found", "zh-CN": "未找到该分类" },
    detail: { en: "There is no help category called {slug}.", "zh-CN": "不存在名为 {slug} 的帮助分类。" },
  },
  help_section_not_found: {
    status: 404,
    title: { en: "Section not found", "zh-CN": "未找到该栏目" },
    detail: { en: "There is no help section called {slug}.", "zh-CN": "不存在名为 {slug} 的帮助栏目。" },
  },
  help_synonym_not_found: {
    status: 404,
    title: { en: "Synonym group not found", "zh-CN": "未找到该同义词组" },
    detail: {
      en: "The synonym group does not exist (it may have been deleted).",
      "zh-CN": "该同义词组不存在（可能已被删除）。",
    },
  },
  help_deflection_not_found: {
    status: 404,
    title: { en: "Not found", "zh-CN": "未找到" },
    detail: {
      en: "This contact attempt is unknown or belongs to someone else. Start again from the contact page.",
      "zh-CN": "无法识别此次联系记录，或它属于其他人。请从联系页面重新开始。",
    },
  },
  help_image_not_found: {
    status: 404,
    title: { en: "Image not found", "zh-CN": "未找到该图片" },
    detail: { en: "The image does not exist.", "zh-CN": "该图片不存在。" },
  },
  help_slug_taken: {
    status: 409,
    title: { en: "That address is taken", "zh-CN": "该地址已被使用" },
    detail: {
      en: "Another article, section or category already uses {slug}. Choose another one.",
      "zh-CN": "已有其他文章、栏目或分类使用了 {slug}，请换一个。",
    },
  },
  help_edit_conflict: {
    status: 409,
    title: { en: "Someone else saved this article first", "zh-CN": "其他人已先保存了这篇文章" },
    detail: {
      en: "You were editing version {base}, but version {current} has been saved since. Reload, compare and save again.",
      "zh-CN": "您编辑的是第 {base} 版，但此后已保存了第 {current} 版。请重新加载、比较后再保存。",
    },
  },
  help_nothing_to_publish: {
    status: 409,
    title: { en: "Nothing new to publish", "zh-CN": "没有需要发布的新内容" },
    detail: {
      en: "The published text is already the latest draft.",
      "zh-CN": "已发布的内容就是最新草稿。",
    },
  },
  help_not_published: {
    status: 409,
    title: { en: "Not published", "zh-CN": "尚未发布" },
    detail: {
      en: "This translation is not published, so there is nothing to unpublish.",
      "zh-CN": "该译文尚未发布，无需取消发布。",
    },
  },
  help_not_empty: {
    status: 409,
    title: { en: "Still in use", "zh-CN": "仍在使用中" },
    detail: {
      en: "Move or delete what is inside {slug} before deleting it.",
      "zh-CN": "请先移走或删除 {slug} 中的内容，再删除它。",
    },
  },
  help_related_unknown: {
    status: 422,
    title: { en: "Unknown related article", "zh-CN": "相关文章不存在" },
    detail: { en: "No article is called {slug}.", "zh-CN": "不存在名为 {slug} 的文章。" },
  },
  help_image_unsupported: {
    status: 415,
    title: { en: "Unsupported image", "zh-CN": "不支持的图片" },
    detail: {
      en: "Upload a PNG or JPEG image of at most {maxMb} MB.",
      "zh-CN": "请上传不超过 {maxMb} MB 的 PNG 或 JPEG 图片。",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;
