import { useCallback, useRef, useState } from "react";
import {
  type Attachment,
  type AttachmentProblem,
  attachmentProblem,
  MAX_ATTACHMENTS,
  uploadAttachment,
} from "../../api/support";
import { readAsDataUrl } from "../../lib/dataUrl";

/** A screenshot on its way: checked in the browser, uploaded, shown as a thumbnail until sent. */
export interface PendingAttachment {
  key: string;
  name: string;
  /**
   * The file read in the browser as a data: URL (the site's Content-Security-Policy allows data:
   * images, not blob: ones); null until it is read, or when it cannot be.
   */
  preview: string | null;
  state: "uploading" | "done" | "failed";
  attachment: Attachment | null;
  error: unknown;
}

export interface Refusal {
  name: string;
  problem: AttachmentProblem | "limit";
}

let counter = 0;

/**
 * The screenshots of one form. Files are checked for type and size before anything is sent
 * (the server checks their bytes again); each uploads on its own, so one refusal does not stop
 * the others. `accessToken` is a guest's ticket access.
 */
export function useAttachments(accessToken?: string | null) {
  const [items, setItems] = useState<PendingAttachment[]>([]);
  const [refused, setRefused] = useState<Refusal[]>([]);
  const live = useRef(new Set<string>());

  const itemsRef = useRef(items);
  itemsRef.current = items;

  const update = useCallback((key: string, patch: Partial<PendingAttachment>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  }, []);

  const add = useCallback(
    (files: readonly File[]) => {
      const refusals: Refusal[] = [];
      const accepted: { file: File; item: PendingAttachment }[] = [];
      let room = MAX_ATTACHMENTS - itemsRef.current.length;
      for (const file of files) {
        const problem = attachmentProblem(file);
        if (problem) {
          refusals.push({ name: file.name, problem });
          continue;
        }
        if (room <= 0) {
          refusals.push({ name: file.name, problem: "limit" });
          continue;
        }
        room -= 1;
        counter += 1;
        const item: PendingAttachment = {
          key: `att-${counter}`,
          name: file.name,
          preview: null,
          state: "uploading",
          attachment: null,
          error: null,
        };
        accepted.push({ file, item });
      }
      setRefused(refusals);
      if (accepted.length === 0) return;
      setItems((current) => [...current, ...accepted.map((a) => a.item)]);
      for (const { file, item } of accepted) {
        live.current.add(item.key);
        readAsDataUrl(file)
          .then((preview) => {
            if (live.current.has(item.key)) update(item.key, { preview });
          })
          // No thumbnail; the upload and its state do not depend on it.
          .catch(() => undefined);
        uploadAttachment(file, accessToken)
          .then((attachment) => {
            if (live.current.has(item.key)) update(item.key, { state: "done", attachment });
          })
          .catch((error: unknown) => {
            if (live.current.has(item.key)) update(item.key, { state: "failed", error });
          });
      }
    },
    [accessToken, update],
  );

  const remove = useCallback((key: string) => {
    live.current.delete(key);
    setItems((current) => current.filter((item) => item.key !== key));
  }, []);

  const reset = useCallback(() => {
    live.current.clear();
    setItems([]);
    setRefused([]);
  }, []);

  const ids = items.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  const uploading = items.some((item) => item.state === "uploading");
  return { items, refused, add, remove, reset, ids, uploading };
}

export type Attachments = ReturnType<typeof useAttachments>;
