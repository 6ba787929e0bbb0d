import type { Bilingual } from "../modules/notifications/templates/render.js";

/**
 * Development only: the welcome the demo customer finds in the dev mailbox after seeding,
 * rendered as every email is (a template previews it as accounts.demo_welcome).
 */
export function welcomeCopies(publicUrl: string): Bilingual {
  return {
    en: {
      subject: "Welcome to Satchel",
      lines: ["Welcome to Satchel. This is the demo customer account of your development install."],
      action: { label: "Open Satchel", url: `${publicUrl}/` },
    },
    "zh-CN": {
      subject: "欢迎使用 Satchel",
      lines: ["欢迎使用 Satchel。这是您开发环境中的演示客户账户。"],
      action: { label: "打开 Satchel", url: `${publicUrl}/` },
    },
  };
}
