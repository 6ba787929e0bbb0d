import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";

describe(`support facts in help articles on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const fill = (text: string, locale: "en" | "zh-CN" = "en") =>
    ctx.services.help.deps.facts.fill(text, locale).then((r) => r.text);

  it("quotes the opening hours and response times the SLA settings hold", async () => {
    expect(await fill("{{support.hours}}")).toBe("Monday to Friday, 09:00–18:00 (Asia/Shanghai)");
    expect(await fill("{{support.hours}}", "zh-CN")).toBe("周一至周五 09:00–18:00 (Asia/Shanghai)");
    expect(await fill("We answer {{support.firstResponse.normal}}.")).toBe(
      "We answer within one working day.",
    );
    expect(await fill("{{support.firstResponse.normal}}", "zh-CN")).toBe("一个工作日内");
    expect(await fill("{{support.firstResponse.urgent}}")).toBe("within 1 hour, around the clock");
    expect(await fill("{{support.solvedClosesDays}}")).toBe("7");
    expect(await fill("{{table.supportTimes}}")).toContain("| Urgent (security, suspected fraud) |");
    expect(ctx.services.help.deps.facts.names()).toContain("support.firstResponse.normal");
    expect(await fill("{{table.phoneLines}}")).toContain("| [+864001234567](tel:+864001234567) | Mon–Fri");
    expect(await fill("{{table.phoneLines}}", "zh-CN")).toContain("| 客服热线（中国大陆） |");
  });

  it("follows a change of the SLA settings", async () => {
    await ctx.platform.db
      .updateTable("support_sla_policies")
      .set({ first_response_minutes: 240 })
      .where("priority", "=", "normal")
      .execute();
    ctx.services.support.deps.sla.invalidate();
    // Help caches facts for half a minute.
    ctx.clock.advance(31_000);
    expect(await fill("{{support.firstResponse.normal}}")).toBe("within 4 hours of opening hours");
  });
});
