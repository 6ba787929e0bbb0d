import { welcomeCopies } from "../../../seed/welcome.js";
import { emails, texts } from "../../accounts/emails.js";
import { selfFrozen } from "../../accounts/self-freeze.js";
import { invitationEmail } from "../../accounts/staff-admin.js";
import { accountEmail, type MessageTemplate, textMessage } from "./define.js";
import { SAMPLE_AT, SAMPLE_CODE, sampleLink } from "./samples.js";

/** The accounts module's emails and texts: sign-up, sign-in, passwords, security notices, staff invitations. */

const inMinutes = (minutes: number) => new Date(SAMPLE_AT.getTime() + minutes * 60_000);

export const accountTemplates: readonly MessageTemplate[] = [
  accountEmail(
    {
      key: "accounts.verify_email",
      kind: null,
      description: { en: "Confirm the address after signing up", "zh-CN": "注册后确认邮箱地址" },
      builders: [emails.verifyEmail],
    },
    ({ config }) => emails.verifyEmail(sampleLink(config.publicUrl, "/verify-email")),
  ),
  accountEmail(
    {
      key: "accounts.confirm_new_email",
      kind: null,
      description: {
        en: "Confirm a new address, sent to the new address",
        "zh-CN": "确认新邮箱地址（发送到新地址）",
      },
      builders: [emails.confirmNewEmail],
    },
    ({ config }) => emails.confirmNewEmail(sampleLink(config.publicUrl, "/verify-email")),
  ),
  accountEmail(
    {
      key: "accounts.email_change_requested",
      kind: "security",
      description: {
        en: "Someone asked to change the account's email (to the old address)",
        "zh-CN": "有人申请更改账户邮箱（发送到原地址）",
      },
      builders: [emails.emailChangeRequested],
    },
    () => emails.emailChangeRequested("li.wei.new@example.com"),
  ),
  accountEmail(
    {
      key: "accounts.email_changed",
      kind: "security",
      description: { en: "The account's email was changed", "zh-CN": "账户邮箱已更改" },
      builders: [emails.emailChanged],
    },
    () => emails.emailChanged("li.wei.new@example.com"),
  ),
  accountEmail(
    {
      key: "accounts.password_reset",
      kind: null,
      description: { en: "The link to choose a new password", "zh-CN": "设置新密码的链接" },
      builders: [emails.passwordReset],
    },
    ({ config }) => emails.passwordReset(sampleLink(config.publicUrl, "/reset-password")),
  ),
  accountEmail(
    {
      key: "accounts.password_changed",
      kind: "security",
      description: {
        en: "The password was changed (after a reset: withdrawals paused)",
        "zh-CN": "密码已修改（重置后提现暂停）",
      },
      builders: [emails.passwordChanged],
    },
    () => emails.passwordChanged(SAMPLE_AT, inMinutes(24 * 60)),
  ),
  accountEmail(
    {
      key: "accounts.locked",
      kind: null,
      description: {
        en: "Sign-in locked for a while after wrong passwords, with an unlock link",
        "zh-CN": "多次密码错误后登录被临时锁定，附解锁链接",
      },
      builders: [emails.locked],
    },
    ({ config }) =>
      emails.locked(
        inMinutes(15),
        sampleLink(config.publicUrl, "/unlock"),
        `${config.publicUrl}/forgot-password`,
      ),
  ),
  accountEmail(
    {
      key: "accounts.hard_locked",
      kind: "security",
      description: {
        en: "Locked again after repeated failures: only support can unlock",
        "zh-CN": "再次多次失败后被锁定，只能由客服解锁",
      },
      builders: [emails.hardLocked],
    },
    () => emails.hardLocked(),
  ),
  accountEmail(
    {
      key: "accounts.hard_locked_by_support",
      kind: "security",
      description: {
        en: "Support locked the account (suspected takeover)",
        "zh-CN": "客服锁定了账户（疑似被盗）",
      },
      builders: [emails.hardLockedBySupport],
    },
    ({ config }) => emails.hardLockedBySupport(`${config.publicUrl}/contact`),
  ),
  accountEmail(
    {
      key: "accounts.frozen",
      kind: "security",
      description: { en: "Support froze payments out of the account", "zh-CN": "客服冻结了账户转出" },
      builders: [emails.frozen],
    },
    () => emails.frozen(),
  ),
  accountEmail(
    {
      key: "accounts.unfrozen",
      kind: "security",
      description: { en: "Support lifted the freeze", "zh-CN": "客服解除了冻结" },
      builders: [emails.unfrozen],
    },
    () => emails.unfrozen(),
  ),
  accountEmail(
    {
      key: "accounts.self_frozen",
      kind: "security",
      description: {
        en: "The customer froze payments out when reporting a transaction they do not recognise",
        "zh-CN": "客户报告无法识别的交易时冻结了转出",
      },
      builders: [selfFrozen],
    },
    () => selfFrozen(),
  ),
  accountEmail(
    {
      key: "accounts.new_device",
      kind: "security",
      description: { en: "A sign-in from a new device", "zh-CN": "新设备登录" },
      builders: [emails.newDevice],
    },
    () => emails.newDevice("Chrome · macOS", "203.0.113.24", SAMPLE_AT),
  ),
  accountEmail(
    {
      key: "accounts.two_factor_changed",
      kind: "security",
      description: { en: "Two-factor authentication turned on or off", "zh-CN": "两步验证已开启或关闭" },
      builders: [emails.twoFactorChanged],
    },
    () => emails.twoFactorChanged(true, "authenticator app"),
  ),
  accountEmail(
    {
      key: "accounts.unlocked_by_support",
      kind: "security",
      description: { en: "Support unlocked the account", "zh-CN": "客服解锁了账户" },
      builders: [emails.unlockedBySupport],
    },
    () => emails.unlockedBySupport(),
  ),
  accountEmail(
    {
      key: "accounts.two_factor_reset_by_support",
      kind: "security",
      description: {
        en: "Support turned two-factor authentication off (withdrawals paused)",
        "zh-CN": "客服关闭了两步验证（提现暂停）",
      },
      builders: [emails.twoFactorResetBySupport],
    },
    () => emails.twoFactorResetBySupport(inMinutes(72 * 60)),
  ),
  accountEmail(
    {
      key: "accounts.staff_invitation",
      audience: "staff",
      kind: null,
      description: {
        en: "An administrator invited a staff member: the link to choose a password",
        "zh-CN": "管理员邀请员工：设置密码的链接",
      },
      builders: [invitationEmail],
    },
    ({ config }) => invitationEmail("agent", `${sampleLink(config.publicUrl, "/reset-password")}&invite=1`),
  ),
  accountEmail(
    {
      key: "accounts.demo_welcome",
      kind: null,
      description: {
        en: "Development only: the demo customer's welcome (seeded data)",
        "zh-CN": "仅开发环境：演示客户的欢迎邮件（演示数据）",
      },
      builders: [welcomeCopies],
    },
    ({ config }) => welcomeCopies(config.publicUrl),
  ),
  textMessage(
    {
      key: "accounts.phone_code",
      kind: null,
      description: { en: "The code that verifies a phone number", "zh-CN": "验证手机号的验证码" },
      builders: [texts.phoneCode],
    },
    () => texts.phoneCode(SAMPLE_CODE),
  ),
  textMessage(
    {
      key: "accounts.reset_code",
      kind: null,
      description: { en: "The password-reset code by text", "zh-CN": "短信密码重置验证码" },
      builders: [texts.resetCode],
    },
    () => texts.resetCode(SAMPLE_CODE),
  ),
  textMessage(
    {
      key: "accounts.login_code",
      kind: null,
      description: { en: "The sign-in code by text (two-factor)", "zh-CN": "短信登录验证码（两步验证）" },
      builders: [texts.loginCode],
    },
    () => texts.loginCode(SAMPLE_CODE),
  ),
  textMessage(
    {
      key: "accounts.phone_removed",
      kind: null,
      description: {
        en: "To the old number: it was removed from the account",
        "zh-CN": "发送到原号码：该号码已从账户移除",
      },
      builders: [texts.phoneRemoved],
    },
    () => texts.phoneRemoved(),
  ),
];
