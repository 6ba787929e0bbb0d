import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { IMAGE_MAX_BYTES, IMAGE_TYPES, uploadImage } from "../../../api/staffHelp";
import { Alert, FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { imageMarkdown } from "./insert";

/** Uploads a PNG or JPEG (checked here first, then by the server) and inserts its markdown at the cursor. */
export function ImageButton({ testId, onInsert }: { testId: string; onInsert: (markdown: string) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadImage(file),
    onSuccess: (image, file) => onInsert(imageMarkdown(image.url, file.name)),
  });
  const choose = (file: File | undefined) => {
    setRefused(null);
    upload.reset();
    if (!file) return;
    if (!IMAGE_TYPES.some((type) => type === file.type)) {
      setRefused(t("staffHelp.editor.image.wrongType"));
      return;
    }
    if (file.size > IMAGE_MAX_BYTES) {
      setRefused(t("staffHelp.editor.image.tooBig", { mb: IMAGE_MAX_BYTES / 1024 / 1024 }));
      return;
    }
    upload.mutate(file);
  };
  return (
    <div className="image-button">
      <input
        ref={input}
        type="file"
        accept={IMAGE_TYPES.join(",")}
        hidden
        onChange={(e) => {
          choose(e.target.files?.[0]);
          e.target.value = ""; // the same file can be chosen again
        }}
        data-testid={`${testId}-input`}
      />
      <button
        type="button"
        className="button button--small"
        onClick={() => input.current?.click()}
        disabled={upload.isPending}
        aria-busy={upload.isPending || undefined}
        data-testid={testId}
      >
        <Icon name="plus" size={16} />
        {upload.isPending ? t("staffHelp.editor.image.uploading") : t("staffHelp.editor.image.add")}
      </button>
      {refused && <Alert tone="danger">{refused}</Alert>}
      <FormError error={upload.error} />
    </div>
  );
}
