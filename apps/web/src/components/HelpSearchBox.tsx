import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type Suggestion, suggestHelp } from "../api/help";
import { useDebouncedValue } from "../lib/hooks";
import { helpArticlePath } from "../lib/support";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "../pages/help/queries";
import "../styles/help.css";

/** Waiting this long after the last key press keeps suggestions live without a request per letter. */
const SUGGEST_DELAY_MS = 120;
const SUGGEST_LIMIT = 6;

/** Where a search for `q` is shown. */
export function helpSearchPath(q: string): string {
  return `/help/search?q=${encodeURIComponent(q.trim())}`;
}

/**
 * The help center's search box: suggestions as you type (a combobox with a listbox, moved
 * through with the arrow keys), Enter opens the highlighted article or the full results.
 * `large` on the help pages, `compact` in the site header.
 */
export function HelpSearchBox({
  variant = "compact",
  initialQuery = "",
  autoFocus = false,
  testId = "help-search-input",
  label,
}: {
  variant?: "large" | "compact";
  initialQuery?: string;
  autoFocus?: boolean;
  testId?: string;
  /** The visible label of the large box (the compact one has only an accessible name). */
  label?: string;
}) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebouncedValue(text.trim(), SUGGEST_DELAY_MS);

  const suggestions = useQuery({
    queryKey: helpKeys.suggest(lang, q),
    queryFn: ({ signal }) => suggestHelp(q, lang, SUGGEST_LIMIT, signal),
    enabled: open && q !== "",
    staleTime: HELP_STALE_MS,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const items: Suggestion[] = text.trim() !== "" && suggestions.data ? suggestions.data : [];
  const expanded = open && items.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function openArticle(item: Suggestion) {
    close();
    if (variant === "compact") setText("");
    void navigate(helpArticlePath(item.slug));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const chosen = active >= 0 ? items[active] : undefined;
    if (chosen) return openArticle(chosen);
    if (text.trim() === "") return;
    close();
    void navigate(helpSearchPath(text));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = items.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((i) => (i + 1) % count);
        break;
      case "ArrowUp":
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActive((i) => (i <= 0 ? count - 1 : i - 1));
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text !== "") {
          event.preventDefault();
          setText("");
        }
        break;
      case "Tab":
        close();
        break;
      default:
        break;
    }
  }

  const name = label ?? t("helpCenter.search.label");
  return (
    <search className={`help-search help-search--${variant}`} aria-label={name}>
      <form onSubmit={onSubmit}>
        {variant === "large" && label && (
          <label className="help-search__label" htmlFor={`${id}-input`}>
            {label}
          </label>
        )}
        <div className="help-search__field">
          <span className="help-search__input">
            <SearchGlyph />
            <input
              id={`${id}-input`}
              type="search"
              role="combobox"
              aria-label={variant === "large" && label ? undefined : name}
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={200}
              placeholder={
                variant === "large"
                  ? t("helpCenter.search.placeholder")
                  : t("helpCenter.search.compactPlaceholder")
              }
              // The help home puts the customer straight into the box, like a search engine's start page.
              // biome-ignore lint/a11y/noAutofocus: the search box is the point of that page
              autoFocus={autoFocus}
              value={text}
              data-testid={testId}
              onChange={(event) => {
                setText(event.target.value);
                setOpen(true);
                setActive(-1);
              }}
              onFocus={() => setOpen(true)}
              onBlur={close}
              onKeyDown={onKeyDown}
            />
          </span>
          {variant === "large" && (
            <button type="submit" className="button button--primary help-search__submit">
              {t("helpCenter.search.submit")}
            </button>
          )}
        </div>
        {/* The ARIA combobox pattern: the box owns a listbox of options (links, so they open in a new tab too). */}
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a list of options is what a listbox is */}
        <ul id={listId} role="listbox" className="help-search__list" hidden={!expanded} aria-label={name}>
          {items.map((item, index) => (
            <li key={item.slug} role="presentation">
              <Link
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                to={helpArticlePath(item.slug)}
                className="help-search__option"
                data-testid="help-suggestion"
                // Keeps the focus in the box, so the blur does not close the list before the click lands.
                onMouseDown={(event) => event.preventDefault()}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  openArticle(item);
                }}
                onMouseEnter={() => setActive(index)}
              >
                {item.title}
              </Link>
            </li>
          ))}
        </ul>
        <span className="visually-hidden" aria-live="polite">
          {expanded ? t("helpCenter.search.suggestionCount", { count: items.length }) : ""}
        </span>
      </form>
    </search>
  );
}

/** A magnifying glass (the shared icon set has none). */
function SearchGlyph() {
  return (
    <svg className="help-search__glyph" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <path
        d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm9 2-4-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
