import { type ReactNode, useState } from "react";
import { fetchFile, saveFile } from "../api/download";
import { FormError } from "./Form";

/**
 * A link to a file of the API. A plain click fetches it in the interface language and saves it
 * (showing a refusal in words); opening it in a new tab or copying the link still works as a link.
 */
export function DownloadLink({
  href,
  filename,
  className,
  children,
  testId,
}: {
  href: string;
  filename: string;
  className?: string;
  children: ReactNode;
  testId?: string;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <span className="download-link">
      <a
        href={href}
        className={className}
        aria-busy={pending || undefined}
        data-testid={testId}
        onClick={(event) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          if (pending) return;
          setPending(true);
          setError(null);
          fetchFile(href, filename)
            .then((file) => saveFile(file.blob, file.filename))
            .catch(setError)
            .finally(() => setPending(false));
        }}
      >
        {children}
      </a>
      <FormError error={error} />
    </span>
  );
}
