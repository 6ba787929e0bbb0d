export const CONTACT_PROBLEM_KEYS = {
  email: { invalid: "profile.email.invalid", same: "profile.email.same" },
  phone: { invalid: "profile.phone.invalid", same: "profile.phone.same" },
} as const;
