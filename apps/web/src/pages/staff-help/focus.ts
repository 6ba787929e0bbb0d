/**
 * After a refused submit, moves the focus (and the view) to the first field marked invalid,
 * once React has rendered the messages: the author sees what to fix even when it is above.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    field.focus();
    field.scrollIntoView({ block: "center" });
  });
}
