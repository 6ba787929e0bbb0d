import type { ChannelFigures } from "../../../api/deskAdminReports";

/** What the channels add up to (counts only: medians and percentages are the report's own totals). */
export function channelTotals(rows: readonly ChannelFigures[]): {
  created: number;
  solved: number;
  ratings: number;
} {
  return rows.reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      solved: sum.solved + c.solved,
      ratings: sum.ratings + c.ratings,
    }),
    { created: 0, solved: 0, ratings: 0 },
  );
}

/** The channel in the address (?channel=email) when it is one the report knows; null: every channel. */
export function channelFrom<C extends string>(params: URLSearchParams, channels: readonly C[]): C | null {
  const value = params.get("channel");
  return channels.find((c) => c === value) ?? null;
}
