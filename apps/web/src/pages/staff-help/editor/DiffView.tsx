import { useTranslation } from "react-i18next";
import type { Change, VersionDiff } from "../../../api/staffHelp";
import { diffStats, foldUnchanged, toLines } from "./diffLines";

/**
 * Two versions compared: the title word by word, the text line by line. Added text is green,
 * underlined and marked "+", removed text red, struck through and marked "−"; screen readers
 * hear "added" / "removed" before each change (ins/del alone are not announced everywhere).
 */
export function DiffView({ diff, lang }: { diff: VersionDiff; lang: string }) {
  const { t } = useTranslation();
  const lines = toLines(diff.body);
  const stats = diffStats(lines);
  const titleChanged = diff.title.some((c) => c.op !== "equal");
  return (
    <div className="diff" data-testid="diff-view">
      <p className="diff__summary">
        {t("staffHelp.history.diffSummary", { from: diff.from, to: diff.to })}{" "}
        <span className="diff__count diff__count--insert">
          {t("staffHelp.history.added", { count: stats.added })}
        </span>{" "}
        <span className="diff__count diff__count--delete">
          {t("staffHelp.history.removed", { count: stats.removed })}
        </span>
      </p>
      <h4 className="diff__heading">{t("staffHelp.history.titleHeading")}</h4>
      <p className="diff__title" lang={lang}>
        {titleChanged ? (
          <InlineChanges changes={diff.title} />
        ) : (
          <>
            {diff.title.map((c) => c.text).join("")}{" "}
            <span className="small muted">({t("staffHelp.history.unchanged")})</span>
          </>
        )}
      </p>
      <h4 className="diff__heading">{t("staffHelp.history.bodyHeading")}</h4>
      {lines.length === 0 || (stats.added === 0 && stats.removed === 0) ? (
        <p className="muted">{t("staffHelp.history.bodySame")}</p>
      ) : (
        <ol className="diff__lines" lang={lang}>
          {foldUnchanged(lines).map((entry, i) => {
            const key = `${i}-${entry.op}`;
            if (entry.op === "fold") {
              return (
                <li key={key} className="diff__line diff__line--fold">
                  <span className="diff__marker" aria-hidden="true">
                    ⋯
                  </span>
                  <span className="muted small">{t("staffHelp.history.folded", { count: entry.count })}</span>
                </li>
              );
            }
            return (
              <li key={key} className={`diff__line diff__line--${entry.op}`}>
                <span className="diff__marker" aria-hidden="true">
                  {entry.op === "insert" ? "+" : entry.op === "delete" ? "−" : " "}
                </span>
                {entry.op === "insert" ? (
                  <ins>
                    <span className="visually-hidden">{t("staffHelp.history.addedLine")} </span>
                    {entry.text || "\u00a0"}
                  </ins>
                ) : entry.op === "delete" ? (
                  <del>
                    <span className="visually-hidden">{t("staffHelp.history.removedLine")} </span>
                    {entry.text || "\u00a0"}
                  </del>
                ) : (
                  <span>{entry.text || "\u00a0"}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}

/** Word-level changes inside one line (the title). */
function InlineChanges({ changes }: { changes: readonly Change[] }) {
  const { t } = useTranslation();
  return (
    <>
      {changes.map((c, i) => {
        const key = `${i}-${c.op}`;
        if (c.op === "insert") {
          return (
            <ins key={key} className="diff__inline diff__inline--insert">
              <span className="visually-hidden">[{t("staffHelp.history.addedWords")} </span>
              {c.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (c.op === "delete") {
          return (
            <del key={key} className="diff__inline diff__inline--delete">
              <span className="visually-hidden">[{t("staffHelp.history.removedWords")} </span>
              {c.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={key}>{c.text}</span>;
      })}
    </>
  );
}
