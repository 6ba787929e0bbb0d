/** The Satchel mark: a small bag with a gold clasp. Decorative; the wordmark next to it carries the name. */
export function Logo({ size = 30 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="#312e81" />
      <path
        d="M11.5 10V8.5a4.5 4.5 0 0 1 9 0V10"
        fill="none"
        stroke="#a5b4fc"
        strokeWidth="2"
        strokeLinecap="round"
      />
      <rect x="6" y="10" width="20" height="16" rx="4" fill="#6366f1" />
      <path d="M6 14.5h20" stroke="#312e81" strokeWidth="1.5" />
      <rect x="13.5" y="12.5" width="5" height="5" rx="1.5" fill="#fbbf24" />
    </svg>
  );
}
