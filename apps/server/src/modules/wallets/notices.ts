import { formatAmount } from "../../platform/money/money.js";
import type { Platform } from "../../platform/platform.js";
import type { NotificationMessage } from "../notifications/index.js";
import type { NewTransaction } from "./transactions-repository.js";

/**
 * "You received 12.50 USD from Al*** Wo*** (S1234-5678-90)": the recipient's notice of a
 * transfer, in both languages. The sender appears as the recipient's history shows them
 * (masked name, wallet number). The sender's note is left out: it is a stranger's text, and
 * everything in a message from us (behind the anti-phishing code) must be ours; the
 * transaction page shows it.
 */
export function transferReceivedNotice(
  platform: Pick<Platform, "config">,
  incoming: NewTransaction,
): NotificationMessage {
  const money = `${formatAmount(incoming.amount, incoming.currency)} ${incoming.currency}`;
  const name = incoming.counterpartyName ?? "?";
  const wallet = incoming.counterpartyWalletNumber ?? "?";
  const path = `/transactions/${incoming.id}`;
  const url = new URL(path, platform.config.publicUrl).toString();
  return {
    kind: "transfers",
    copies: {
      en: {
        subject: `You received ${money}`,
        lines: [`You received ${money} from ${name} (${wallet}).`, "It is in your wallet now."],
        action: { label: "See the transaction", url },
      },
      "zh-CN": {
        subject: `您收到了 ${money}`,
        lines: [`您收到了来自 ${name}（${wallet}）的 ${money}。`, "款项已存入您的钱包。"],
        action: { label: "查看交易", url },
      },
    },
    link: path,
    dedupeKey: `transfer:${incoming.id}:received`,
  };
}
