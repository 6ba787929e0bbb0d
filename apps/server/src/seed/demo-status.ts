import { insertIncident, insertIncidentUpdate } from "../modules/status/incidents-repository.js";
import { scheduleMaintenance } from "../modules/status/maintenances.js";
import { insertMaintenance } from "../modules/status/maintenances-repository.js";
import { insertStates } from "../modules/status/states-repository.js";
import type { Localized } from "../platform/db/schema-status.js";
import { COMPONENT_KEYS, type ComponentKey, type ComponentState } from "../platform/db/schema-status.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_STATUS_KEY = "demo_status";
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How far back the demo's recorded history starts (the 90-day bars show "no data" before). */
const HISTORY_DAYS = 45;

interface PastIncident {
  component: ComponentKey;
  daysAgo: number;
  minutes: number;
  impact: "minor" | "major";
  state: "degraded_performance" | "partial_outage";
  title: Localized;
  updates: {
    status: "investigating" | "identified" | "monitoring" | "resolved";
    atMinute: number;
    body: Localized;
  }[];
}

const PAST_INCIDENTS: PastIncident[] = [
  {
    component: "live_chat",
    daysAgo: 27,
    minutes: 25,
    impact: "minor",
    state: "degraded_performance",
    title: { en: "Live chat messages delayed", "zh-CN": "在线客服消息延迟" },
    updates: [
      {
        status: "investigating",
        atMinute: 0,
        body: {
          en: "Some chat messages reach agents a minute late. We are looking into it.",
          "zh-CN": "部分在线客服消息延迟约一分钟送达客服，我们正在调查。",
        },
      },
      {
        status: "resolved",
        atMinute: 25,
        body: {
          en: "Messages are delivered at once again. No message was lost.",
          "zh-CN": "消息已恢复即时送达，没有消息丢失。",
        },
      },
    ],
  },
  {
    component: "bank_deposits",
    daysAgo: 12,
    minutes: 42,
    impact: "major",
    state: "partial_outage",
    title: { en: "Bank transfer deposits not confirmed", "zh-CN": "银行转账充值未能确认" },
    updates: [
      {
        status: "investigating",
        atMinute: 0,
        body: {
          en: "Bank transfers sent this morning are not being credited. Your money is safe; we are investigating.",
          "zh-CN": "今天上午汇出的银行转账尚未入账。您的资金是安全的，我们正在调查。",
        },
      },
      {
        status: "identified",
        atMinute: 14,
        body: {
          en: "Our banking partner's statement feed stopped. They are restarting it.",
          "zh-CN": "银行合作方的对账数据推送中断，对方正在重启。",
        },
      },
      {
        status: "monitoring",
        atMinute: 30,
        body: {
          en: "Statements arrive again and the waiting transfers are being credited.",
          "zh-CN": "对账数据已恢复，等待中的转账正在入账。",
        },
      },
      {
        status: "resolved",
        atMinute: 42,
        body: {
          en: "Every transfer from this morning has been credited. Nothing was credited twice.",
          "zh-CN": "今天上午的所有转账均已入账，没有重复入账。",
        },
      },
    ],
  },
];

/**
 * The status page with a past: every component recorded as operational from 45 days ago, two
 * resolved incidents and a completed maintenance in that history (the past cannot be made
 * through the services, whose clock is now, so it is written with the status module's
 * repositories), and a card-deposit maintenance scheduled through the staff service for two
 * days ahead, so the app's banner and the status page announce it. Runs once.
 */
export async function seedDemoStatus(
  platform: Platform,
  services: Services,
  people: { admin: string },
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_STATUS_KEY)) return false;
  const admin = await services.users.findByEmail(people.admin);
  if (!admin) return false;
  report("  status page: 45 days of history, two past incidents, a maintenance in two days");
  // `satchel seed --demo` runs before the server ever started: the component rows may not exist yet.
  await services.status.seed();
  const now = platform.clock.now();
  const ago = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY_MS + minutes * MINUTE_MS);
  const states: { component: ComponentKey; state: ComponentState; started_at: Date }[] = COMPONENT_KEYS.map(
    (component) => ({ component, state: "operational", started_at: ago(HISTORY_DAYS) }),
  );

  await platform.db.transaction().execute(async (trx) => {
    for (const past of PAST_INCIDENTS) {
      const start = ago(past.daysAgo, 9 * 60);
      const end = new Date(start.getTime() + past.minutes * MINUTE_MS);
      const incident = await insertIncident(trx, {
        id: platform.ids.next("incident"),
        title: JSON.stringify(past.title),
        impact: past.impact,
        status: "resolved",
        components: [past.component],
        component_state: past.state,
        created_by: admin.id,
        created_at: start,
        updated_at: end,
        resolved_at: end,
      });
      for (const update of past.updates)
        await insertIncidentUpdate(trx, {
          id: platform.ids.next("incidentUpdate"),
          incident_id: incident.id,
          status: update.status,
          body: JSON.stringify(update.body),
          created_by: admin.id,
          created_at: new Date(start.getTime() + update.atMinute * MINUTE_MS),
        });
      states.push(
        { component: past.component, state: past.state, started_at: start },
        { component: past.component, state: "operational", started_at: end },
      );
    }

    const windowStart = ago(20, 2 * 60);
    const windowEnd = new Date(windowStart.getTime() + 60 * MINUTE_MS);
    await insertMaintenance(trx, {
      id: platform.ids.next("maintenance"),
      title: JSON.stringify({ en: "Withdrawal system upgrade", "zh-CN": "提现系统升级" }),
      description: JSON.stringify({
        en: "Withdrawals were paused for an upgrade of our payout system.",
        "zh-CN": "提现暂停，以升级我们的出款系统。",
      }),
      components: ["withdrawals"],
      method_ids: null,
      starts_at: windowStart,
      ends_at: windowEnd,
      created_by: admin.id,
      created_at: ago(25),
      updated_at: ago(25),
      canceled_at: null,
      // Told to nobody now: it is history.
      announced_at: ago(23),
      start_notified_at: windowStart,
      end_notified_at: windowEnd,
    });
    states.push(
      { component: "withdrawals", state: "under_maintenance", started_at: windowStart },
      { component: "withdrawals", state: "operational", started_at: windowEnd },
    );
    await insertStates(
      trx,
      states.map((s) => ({ id: platform.ids.next("componentState"), ...s })),
    );
  });

  // Two days ahead at 02:00 UTC, for an hour: inside the app banner's 72 hours.
  const startsAt = new Date(Math.floor((now.getTime() + 2 * DAY_MS) / DAY_MS) * DAY_MS + 2 * 60 * MINUTE_MS);
  await scheduleMaintenance(
    services.status.deps,
    { id: admin.id, label: admin.email },
    {
      components: ["card_deposits"],
      startsAt,
      endsAt: new Date(startsAt.getTime() + 60 * MINUTE_MS),
      title: { en: "Card payment provider upgrade", "zh-CN": "银行卡支付服务升级" },
      description: {
        en: "Card deposits pause while our card provider upgrades its systems. Bank transfers, e-wallets, transfers and exchange keep working.",
        "zh-CN": "银行卡支付服务商升级系统期间，银行卡充值暂停。银行转账、电子钱包、转账和货币兑换不受影响。",
      },
    },
  );
  await setMeta(platform.db, DEMO_STATUS_KEY, { at: now.toISOString() }, now);
  return true;
}
