// Test data (imported by *.test.ts only): a queue row as the server sends it, shared by the
// readers of the queue (./console) and of one ticket (./consoleTicket).

export const TICKET_ROW = {
  id: "tkt_1",
  number: "100001",
  subject: "My deposit has not arrived",
  category: "deposit",
  status: "new",
  priority: "normal",
  channel: "web",
  createdAt: "2027-03-01T02:00:00.000Z",
  updatedAt: "2027-03-01T02:00:00.000Z",
  requester: { name: "Alice", email: "alice@demo.satchel.test", userId: "usr_a" },
  assignee: { id: "usr_agent", name: "Dana" },
  group: "payments",
  tags: ["vip"],
  sla: {
    firstResponseDueAt: "2027-03-01T10:00:00.000Z",
    resolutionDueAt: null,
    paused: false,
    firstResponseBreached: false,
    resolutionBreached: false,
  },
  lastMessageAt: "2027-03-01T02:00:00.000Z",
};
