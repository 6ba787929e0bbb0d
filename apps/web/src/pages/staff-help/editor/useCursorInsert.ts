import { type RefObject, useLayoutEffect, useRef } from "react";
import { insertBlock, insertText } from "./insert";

/**
 * Inserts text at a textarea's cursor (replacing its selection) through the field's onChange,
 * then puts the cursor after the insert once React has rendered the new value.
 */
export function useCursorInsert(
  ref: RefObject<HTMLTextAreaElement | null>,
  value: string,
  onChange: (value: string) => void,
) {
  const cursor = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (cursor.current === null || !el) return;
    el.focus();
    el.setSelectionRange(cursor.current, cursor.current);
    cursor.current = null;
  });
  const apply = (how: typeof insertText, text: string) => {
    const el = ref.current;
    const start = el ? el.selectionStart : value.length;
    const end = el ? el.selectionEnd : value.length;
    const next = how(value, start, end, text);
    cursor.current = next.cursor;
    onChange(next.value);
  };
  return {
    insertInline: (text: string) => apply(insertText, text),
    insertBlock: (text: string) => apply(insertBlock, text),
  };
}
