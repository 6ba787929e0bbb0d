import type { KycDocumentKind } from "../../platform/db/schema-payments.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { LevelLimits } from "./limits.js";

type Copies = Parameters<CustomerDirectory["email"]>[2];

export const DOCUMENT_NAMES: Record<KycDocumentKind, { en: string; "zh-CN": string }> = {
  id_document: { en: "Identity document", "zh-CN": "身份证件" },
  selfie: { en: "Selfie", "zh-CN": "自拍照" },
  proof_of_address: { en: "Proof of address", "zh-CN": "地址证明" },
};

/** The customer's verification page in the web app. */
export const VERIFICATION_PATH = "/verification";

export function approvedEmail(limits: LevelLimits, link: string): Copies {
  const w = limits.withdrawal;
  return {
    en: {
      subject: "Your identity is verified",
      lines: [
        "A compliance officer checked your documents and approved full verification (level 2).",
        `You can now withdraw up to ${w.perTransaction} USD at a time, ${w.daily} USD a day and ${w.monthly} USD a month.`,
      ],
      action: { label: "See your verification", url: link },
    },
    "zh-CN": {
      subject: "您的身份认证已通过",
      lines: [
        "合规专员已审核您的证件，并批准了完整认证（2 级）。",
        `现在您单笔最多可提现 ${w.perTransaction} 美元，每日 ${w.daily} 美元，每月 ${w.monthly} 美元。`,
      ],
      action: { label: "查看认证状态", url: link },
    },
  };
}

export function rejectedEmail(
  reason: string,
  documents: { kind: KycDocumentKind; reason: string }[],
  link: string,
): Copies {
  return {
    en: {
      subject: "We could not verify your identity yet",
      lines: [
        "A compliance officer reviewed your documents and could not approve them.",
        `Reason: ${reason}`,
        ...documents.map((d) => `${DOCUMENT_NAMES[d.kind].en}: ${d.reason}`),
        "Upload what is asked for and submit again. Your current limits stay as they are meanwhile.",
      ],
      action: { label: "Fix and submit again", url: link },
    },
    "zh-CN": {
      subject: "您的身份认证暂未通过",
      lines: [
        "合规专员审核了您的证件，但暂时无法批准。",
        `原因：${reason}`,
        ...documents.map((d) => `${DOCUMENT_NAMES[d.kind]["zh-CN"]}：${d.reason}`),
        "请按要求重新上传并再次提交。在此期间，您当前的限额保持不变。",
      ],
      action: { label: "修改并重新提交", url: link },
    },
  };
}
