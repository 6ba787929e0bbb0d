// End-to-end: the support desk as a customer and an agent use it in the browser — a customer
// with a refused transfer opens a ticket from that transaction; the agent finds it in the
// console, sees the transaction and its reason in the customer panel, answers with a macro;
// the customer reads the answer, marks the ticket solved and rates it.
// Called by scripts/e2e.mjs with its browser, server address and helpers.
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";

export async function supportJourney({ browser, base, shots, check, assert, aliceTotp }) {
  const customerContext = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
  });
  const customer = await customerContext.newPage();
  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  const agent = await agentContext.newPage();
  const consoleErrors = [];
  for (const page of [customer, agent])
    page.on("console", (msg) => {
      if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED|net::/.test(msg.text()))
        consoleErrors.push(msg.text());
    });

  let ticketNumber = "";
  let ticketId = "";
  let reason = "";

  await check("a customer opens a ticket from her refused transfer, which is attached for her", async () => {
    // Alice turned on her authenticator in the payments journey.
    await signIn(customer, base, "alice@demo.satchel.test", "violet-harbor-lantern-42", { totp: aliceTotp });
    const history = await customer.evaluate(async () =>
      (await fetch("/api/v1/transactions?status=failed")).json(),
    );
    const refused = history.data.find((t) => t.reasonCode);
    assert(refused, "the demo customer has no refused transaction");
    reason = refused.reasonCode;
    await customer.goto(`${base}/transactions/${refused.id}`);
    await customer.getByTestId("txn-get-help").click();
    await customer.waitForURL(/\/support\/new\?/, { timeout: 15_000 });
    await customer.getByTestId("transaction-chosen").first().waitFor({ timeout: 15_000 });
    await customer.getByTestId("contact-subject").fill("Why was my transfer refused?");
    await customer
      .getByTestId("contact-description")
      .fill("I tried to send money and it was refused. Could you tell me what went wrong, please?");
    await customer.getByTestId("contact-send").click();
    const number = customer.getByTestId("ticket-number").first();
    await number.waitFor({ timeout: 15_000 });
    ticketNumber = ((await number.textContent()) ?? "").replace(/[^\d]/g, "");
    assert(/^\d{6,}$/.test(ticketNumber), `no ticket number: ${ticketNumber}`);
    const mine = await customer.evaluate(async () => (await fetch("/api/v1/tickets")).json());
    ticketId = mine.data.find((t) => t.number === ticketNumber)?.id ?? "";
    assert(ticketId, "the new ticket is not in My tickets");
    await customer.screenshot({ path: join(shots, "support-ticket-sent.png"), fullPage: true });
  });

  await check("the agent finds it, sees the refused transaction and its reason beside it", async () => {
    await signIn(agent, base, "agent@demo.satchel.test", "copper-meadow-signal-77");
    await agent.goto(`${base}/agent`);
    await agent.getByTestId("queue-search").fill(`#${ticketNumber}`);
    await agent.getByTestId("queue-search").press("Enter");
    const row = agent.locator(`[data-testid="queue-row"][data-ticket-number="${ticketNumber}"]`);
    await row.waitFor({ timeout: 15_000 });
    await agent.screenshot({ path: join(shots, "support-console-queue.png"), fullPage: true });
    await row.click();
    await agent.locator(`[data-testid="ticket-page"][data-ticket-number="${ticketNumber}"]`).waitFor({
      timeout: 15_000,
    });
    await agent.getByTestId("customer-panel").waitFor({ timeout: 15_000 });
    const linked = agent.getByTestId("linked-transaction-reason").first();
    await linked.waitFor({ timeout: 15_000 });
    const failed = agent.locator('[data-testid="panel-transaction"][data-failed="true"]').first();
    await failed.waitFor({ timeout: 15_000 });
    const panelText = (await agent.getByTestId("customer-panel").textContent()) ?? "";
    assert(panelText.includes("alice@demo.satchel.test"), "the panel does not show the customer");
    const reasonShown = `${await linked.textContent()} ${await failed.textContent()}`;
    assert(reasonShown.length > 0, `the refusal reason ${reason} is not shown`);
  });

  await check("the agent answers with a macro", async () => {
    await agent.getByTestId("macro-picker").click();
    const macro = agent.getByTestId("macro-option").filter({ hasText: "We need more details" });
    await macro.waitFor({ timeout: 15_000 });
    await macro.click();
    await agent.getByTestId("composer-macro").waitFor({ timeout: 15_000 });
    const body = await agent.getByTestId("composer-body").inputValue();
    assert(body.length > 20 && !body.includes("{{customer.firstName}}"), `macro text: ${body}`);
    assert(body.includes("Alice"), "the macro did not fill in the customer's name");
    await agent.getByTestId("composer-send").click();
    await agent
      .locator('[data-testid="thread-message"][data-kind="agent"]')
      .first()
      .waitFor({ timeout: 15_000 });
    await agent.screenshot({ path: join(shots, "support-console-ticket.png"), fullPage: true });
  });

  await check("the customer reads the answer, marks it solved and rates it", async () => {
    await customer.goto(`${base}/support/tickets/${ticketId}`);
    const messages = customer.getByTestId("ticket-message");
    await messages.nth(1).waitFor({ timeout: 15_000 });
    const thread = (await customer.getByTestId("ticket-thread").textContent()) ?? "";
    assert(thread.includes("Alice"), "the agent's answer is not in the customer's thread");
    await customer.getByTestId("ticket-solve").click();
    await customer.getByTestId("rating-score-5").click();
    await customer.getByTestId("rating-comment").fill("Clear answer, thank you");
    await customer.getByTestId("rating-submit").click();
    await customer.getByTestId("rating-given").waitFor({ timeout: 15_000 });
    const detail = await customer.evaluate(
      async (id) => (await fetch(`/api/v1/tickets/${id}`)).json(),
      ticketId,
    );
    assert(detail.satisfaction?.score === 5, `rating not saved: ${JSON.stringify(detail.satisfaction)}`);
    await customer.screenshot({ path: join(shots, "support-ticket-rated.png"), fullPage: true });
  });

  await check("the support pages logged no errors in the browser console", async () => {
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(" | ")}`);
  });
  await customerContext.close();
  await agentContext.close();
}
