import type { ErrorDefinition } from "./catalog.js";

/** Errors of identity verification (KYC); part of the one catalogue in catalog.ts. */
export const kycErrors = {
  kyc_incomplete: {
    status: 409,
    title: { en: "Some details are still missing", "zh-CN": "部分资料尚未提供" },
    detail: {
      en: "Level {level} needs more before it can be granted or reviewed. What is missing is listed in missing.",
      "zh-CN": "申请 {level} 级认证还需要补充资料，缺少的项目列在 missing 中。",
    },
    helpArticle: "identity-verification",
  },
  kyc_already_pending: {
    status: 409,
    title: { en: "Already under review", "zh-CN": "正在审核中" },
    detail: {
      en: "Your documents are being reviewed. You will get an email when the review is done; nothing can be changed until then.",
      "zh-CN": "您的资料正在审核中，审核完成后我们会发送邮件通知您；在此之前无法修改资料。",
    },
    helpArticle: "identity-verification",
  },
  kyc_already_verified: {
    status: 409,
    title: { en: "Already verified", "zh-CN": "已完成认证" },
    detail: {
      en: "Your account is already at verification level {level}.",
      "zh-CN": "您的账户已是 {level} 级认证。",
    },
    helpArticle: "identity-verification",
  },
  kyc_locked: {
    status: 409,
    title: { en: "Verified details cannot be changed here", "zh-CN": "已认证的资料无法在此修改" },
    detail: {
      en: "Your identity is fully verified. To change your legal name, date of birth, address or documents, contact support.",
      "zh-CN": "您的身份已完成完整认证。如需修改法定姓名、出生日期、地址或证件，请联系客服。",
    },
    helpArticle: "identity-verification",
  },
  kyc_underage: {
    status: 422,
    title: { en: "You must be 18 or older", "zh-CN": "须年满 18 周岁" },
    detail: {
      en: "Satchel accounts can be verified only for people aged {minimumAge} or older.",
      "zh-CN": "仅年满 {minimumAge} 周岁的用户可以完成 Satchel 身份认证。",
    },
    helpArticle: "identity-verification",
  },
  kyc_not_pending: {
    status: 409,
    title: { en: "Nothing to review", "zh-CN": "没有待审核的申请" },
    detail: {
      en: "This customer's verification is not waiting for a review (it is {status}).",
      "zh-CN": "该客户的身份认证当前不在待审核状态（当前状态：{status}）。",
    },
  },
  document_type_not_allowed: {
    status: 415,
    title: { en: "File type not accepted", "zh-CN": "不支持的文件类型" },
    detail: {
      en: "Upload a JPEG or PNG photo or a PDF. The file is checked by its content, not by its name.",
      "zh-CN": "请上传 JPEG 或 PNG 图片或 PDF 文件。系统根据文件内容而非文件名判断类型。",
    },
    helpArticle: "identity-verification",
  },
  document_too_large: {
    status: 413,
    title: { en: "File too large", "zh-CN": "文件过大" },
    detail: {
      en: "Documents can be at most {maxMb} MB. Take a smaller photo or scan at a lower resolution.",
      "zh-CN": "证件文件最大为 {maxMb} MB。请拍摄较小的照片，或以较低的分辨率扫描。",
    },
    helpArticle: "identity-verification",
  },
  document_empty: {
    status: 400,
    title: { en: "The file is empty", "zh-CN": "文件为空" },
    detail: {
      en: "No file content arrived. Choose the file again and upload it.",
      "zh-CN": "未收到任何文件内容，请重新选择文件后上传。",
    },
    helpArticle: "identity-verification",
  },
} as const satisfies Record<string, ErrorDefinition>;
