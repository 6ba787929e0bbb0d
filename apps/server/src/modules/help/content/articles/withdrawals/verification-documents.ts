import type { ShippedArticle } from "../../types.js";

export const verificationDocuments: ShippedArticle = {
  slug: "verification-documents",
  section: "verification",
  kind: "how_to",
  tags: [
    "documents",
    "upload",
    "kyc documents",
    "passport",
    "id card",
    "selfie",
    "proof of address",
    "file too large",
    "证件",
    "上传证件",
    "身份证",
    "护照",
    "自拍",
    "住址证明",
    "文件过大",
  ],
  related: ["identity-verification", "privacy-and-your-data", "limits"],
  en: {
    title: "Which documents do I upload for full verification?",
    body: `Full verification (level 2) needs three documents, uploaded in **Step 2: your documents** on the [verification page](/verification). Each can be a photo (JPEG or PNG) or a PDF, up to {{kyc.maxUploadMb}}.

## The three documents

- **Identity document**: your passport, national ID card or driving licence. The name and date of birth must match what you entered in your details.
- **Selfie**: a clear photo of your face, without glasses or a hat.
- **Proof of address**: a bank statement or utility bill from the last 3 months, showing your name and address.

## Tips for a quick approval

- Make sure every corner is visible and the text is sharp: no blur, glare or fingers over the text.
- Use a document that has not expired.
- The name should match your legal name in your details.
- A phone photo is fine. If it is too large, take it at a lower resolution or scan at a lower setting.

## Upload and send

1. Next to each document, click **Choose a file** and pick it. It shows **Uploaded** when it is in.
2. When all three are there, go to **Step 3: send for review** and click **Send for review**.

To change a document before you send it, click **Replace**; the new file takes the place of the old one.

## If an upload is refused

- **"File type not accepted"**: upload a JPEG or PNG photo or a PDF. We check the file by its content, not by its name, so renaming a file does not help: export or save it as one of those types.
- **"File too large"**: documents can be at most {{kyc.maxUploadMb}}.
- **"The file is empty"**: choose the file again and upload it.

## After the review

Approved documents show **Accepted**. If our reviewer could not accept one, it shows **Upload again**, and the page and our email say why (for example, that the photo is blurred). Upload a better copy of just those documents and click **Send for review** again.

## Who sees your documents

Only the staff who review verifications (our compliance team and administrators) can open them, and every time someone does, it is recorded. We keep earlier uploads on file as part of the review history. More in [Your data](/help/privacy-and-your-data).`,
  },
  "zh-CN": {
    title: "认证需要上传哪些证件？上传失败怎么办？",
    body: `完整认证（2 级）需要三份材料，在[身份认证](/verification)页面的“第 2 步：上传证件”中上传。每份可以是照片（JPEG 或 PNG）或 PDF，不超过 {{kyc.maxUploadMb}}。

## 需要的三份材料

- **身份证件**：护照、身份证或驾驶证。姓名和出生日期须与您在个人资料中填写的一致。
- **自拍照**：清晰的正脸照片，请勿佩戴眼镜或帽子。
- **住址证明**：近 3 个月内的银行对账单或水电煤账单，需显示您的姓名和住址。

## 如何更快通过审核

- 确保证件四角完整、文字清晰：不要模糊、反光，也不要用手指遮挡文字。
- 使用在有效期内的证件。
- 证件上的姓名应与您填写的真实姓名一致。
- 用手机拍照即可。如果文件太大，请降低拍照分辨率，或以较低的精度扫描。

## 上传并提交

1. 在每项材料旁点击“选择文件”并选中文件，上传完成后会显示“已上传”。
2. 三份都上传后，在“第 3 步：提交审核”中点击“提交审核”。

提交之前如需更换某份材料，点击“重新上传”即可，新文件会替换旧文件。

## 上传失败怎么办

- **“不支持的文件类型”**：请上传 JPEG 或 PNG 图片或 PDF 文件。系统根据文件内容而非文件名判断类型，所以改文件后缀名没有用，请将文件导出或另存为上述格式。
- **“文件过大”**：证件文件最大为 {{kyc.maxUploadMb}}。
- **“文件为空”**：请重新选择文件后上传。

## 审核之后

审核通过的材料会显示“已通过”。如果审核人员无法接受某份材料，它会显示“需重新上传”，页面和邮件都会说明原因（例如照片模糊）。只需重新上传这几份更清晰的材料，再次点击“提交审核”。

## 谁能看到您的证件

只有负责审核认证的工作人员（合规团队和管理员）可以查看您的证件，每次查看都会被记录。之前上传的文件会作为审核记录留存。详见[我们保存哪些关于您的数据](/help/privacy-and-your-data)。`,
  },
};
