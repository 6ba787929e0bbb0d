import { describe, expect, it } from "vitest";

/**
 * The site's Content-Security-Policy allows images from itself and data: URLs, never blob: ones
 * (img-src 'self' data:): an image shown from URL.createObjectURL is blocked and the person sees
 * a broken picture (a guest's screenshots on their ticket, the thumbnails of files being
 * attached). Images read in the browser go through readAsDataUrl; object URLs only back
 * downloads (an <a download>, which img-src does not govern).
 */
const sources = import.meta.glob<string>(["../**/*.ts", "../**/*.tsx", "!../**/*.test.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("images the page reads itself", () => {
  it("are never shown from blob: URLs; object URLs only back downloads", () => {
    const objectUrls = Object.entries(sources)
      .filter(([, text]) => text.includes("createObjectURL("))
      .map(([path]) => path)
      .sort();
    expect(objectUrls).toEqual(["../api/download.ts", "../components/RecoveryCodes.tsx"]);
    for (const path of objectUrls) expect(sources[path], path).toMatch(/\.download = /);
  });

  it("are read as data: URLs where a guest's or a local file is shown", () => {
    for (const path of [
      "../pages/support/TicketThread.tsx",
      "../pages/support/useAttachments.ts",
      "../pages/chat/ChatImage.tsx",
    ])
      expect(sources[path], path).toMatch(/import \{ readAsDataUrl \} from "(\.\.\/)+lib\/dataUrl"/);
  });
});
