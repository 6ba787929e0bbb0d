/** Query keys of the staff payment pages; under "account", so they are dropped when who is signed in changes. */
export const staffKeys = {
  all: ["account", "staff-payments"],
  methods: ["account", "staff-payments", "methods"],
  lines: (status: string) => ["account", "staff-payments", "bank-lines", status],
  cases: (status: string) => ["account", "staff-payments", "cases", status],
  withdrawals: ["account", "staff-payments", "withdrawals"],
  kycQueue: ["account", "staff-payments", "kyc", "queue"],
  kyc: (userId: string) => ["account", "staff-payments", "kyc", "detail", userId],
  kycDocument: (documentId: string) => ["account", "staff-payments", "kyc", "document", documentId],
  simulators: ["account", "staff-payments", "simulators"],
} as const;
