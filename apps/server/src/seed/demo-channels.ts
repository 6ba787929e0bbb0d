import { receiveInbound } from "../modules/support/channels/inbound.js";
import { replyToTicket } from "../modules/support/console/reply.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_CHANNELS_KEY = "demo_channels";

/**
 * The channels in use: an email from someone without an account (in Chinese) that an agent
 * answered by email, a Facebook Messenger message and an X direct message from accounts nobody
 * has linked to a customer yet, and a call from Alice's verified number, logged by the agent.
 * Written through the same way in the real channels use. Runs once.
 */
export async function seedDemoChannels(
  platform: Platform,
  services: Services,
  people: { customer: string; agent: string },
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_CHANNELS_KEY)) return false;
  const [alice, agent] = await Promise.all([
    services.users.findByEmail(people.customer),
    services.users.findByEmail(people.agent),
  ]);
  if (!alice || !agent) return false;
  report("  support channels: an email, a Messenger and an X message, a phone call");
  const deps = services.support.deps;

  const email = await receiveInbound(deps, {
    channel: "email",
    from: { kind: "email", address: "li.wen@example.cn", name: "李文" },
    externalId: "demo-1.li.wen@example.cn",
    continueLatest: false,
    subject: "请问如何注销账户？",
    body: "您好，我想注销我的 Satchel 账户，钱包里还有一点余额，应该怎么操作？谢谢。",
    language: "zh-CN",
  });
  await replyToTicket(deps, { userId: agent.id, role: agent.role }, email.ticket.id, {
    body: "李文您好，注销账户前请先把余额提现到您的银行账户，然后登录后在“账户设置”中选择“注销账户”。如需帮助，直接回复这封邮件即可。",
  });

  await receiveInbound(deps, {
    channel: "messenger",
    from: { kind: "messenger", address: "6024190000000001" },
    externalId: "m_demo-messenger-1",
    continueLatest: true,
    subject: "Messenger message",
    body: "Hi, is the app down? It keeps saying my card deposit failed.",
  });
  await receiveInbound(deps, {
    channel: "x",
    from: { kind: "x", address: "1469870000000000001", name: "Kai (@kai_travels)" },
    externalId: "demo-x-dm-1",
    continueLatest: true,
    subject: "X direct message",
    body: "Can I withdraw to a Hong Kong bank account from Satchel?",
  });

  const phone = await platform.db
    .selectFrom("users")
    .select("phone")
    .where("id", "=", alice.id)
    .where("phone_verified_at", "is not", null)
    .executeTakeFirst();
  if (phone?.phone) {
    const call = await receiveInbound(deps, {
      channel: "phone",
      from: { kind: "phone", address: phone.phone },
      externalId: "demo-call-1:ringing",
      continueLatest: true,
      subject: `Call from ${phone.phone}`,
      body: `Incoming call from ${phone.phone}`,
      category: "deposit",
    });
    const at = platform.clock.now();
    await platform.db
      .insertInto("support_calls")
      .values({
        id: platform.ids.next("call"),
        ticket_id: call.ticket.id,
        direction: "inbound",
        phone: phone.phone,
        duration_seconds: 245,
        outcome: "answered",
        notes: "Asked why a card deposit was declined; explained 3-D Secure and sent the article.",
        agent_id: agent.id,
        external_id: "demo-call-1",
        started_at: at,
        created_at: at,
      })
      .execute();
  }
  await setMeta(
    platform.db,
    DEMO_CHANNELS_KEY,
    { at: platform.clock.now().toISOString() },
    platform.clock.now(),
  );
  return true;
}
