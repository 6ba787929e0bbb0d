import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listMacros, type Macro } from "../../../api/deskAdmin";
import { roleAllows } from "../../../auth/RequireRole";
import { useUser } from "../../../auth/useUser";
import { Alert, TextField } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { QueryState } from "../../staff-payments/Feedback";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { deskAdminKeys } from "../queries";
import { MacroForm } from "./MacroForm";
import { MacroTable } from "./MacroTable";

/** The macros every agent uses in replies: read by all support staff, kept by supervisors and admins. */
export function MacrosPage() {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = roleAllows(user.role, "supervisor");
  const query = useQuery({ queryKey: deskAdminKeys.macros, queryFn: ({ signal }) => listMacros(signal) });
  const [editing, setEditing] = useState<Macro | "new" | null>(null);
  const [filter, setFilter] = useState("");
  const [saved, setSaved] = useState<string | null>(null);

  const macros = query.data ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? macros.filter((m) =>
        [m.title.en, m.title["zh-CN"], m.body.en, m.body["zh-CN"], ...m.addTags].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : macros;

  const open = (macro: Macro | "new") => {
    setSaved(null);
    setEditing(macro);
  };

  return (
    <DeskAdminFrame
      page="macros"
      actions={
        canWrite && editing === null ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => open("new")}
            data-testid="macro-new"
          >
            <Icon name="plus" size={18} />
            {t("deskAdmin.macros.new")}
          </button>
        ) : null
      }
    >
      <div className="stack stack--sections">
        {!canWrite && <Alert tone="info">{t("deskAdmin.macros.readOnly")}</Alert>}
        {saved && (
          <Alert tone="ok" testId="macro-saved">
            {t("deskAdmin.macros.saved", { title: saved })}
          </Alert>
        )}
        {editing !== null && (
          <MacroForm
            key={editing === "new" ? "new" : editing.id}
            macro={editing === "new" ? null : editing}
            onCancel={() => setEditing(null)}
            onSaved={(macro, lang) => {
              setEditing(null);
              setSaved(macro.title[lang] || macro.title.en);
            }}
          />
        )}
        <section className="card desk-card" aria-labelledby="macro-list-title">
          <div className="desk-card__head">
            <h2 id="macro-list-title">
              {query.data
                ? t("deskAdmin.macros.listTitle", { count: macros.length })
                : t("deskAdmin.pages.macros.title")}
            </h2>
            <div className="desk-card__tools">
              <TextField
                label={t("deskAdmin.macros.filter")}
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                testId="macro-filter"
              />
            </div>
          </div>
          <QueryState
            query={query}
            isEmpty={macros.length === 0}
            errorTitle={t("deskAdmin.macros.loadError")}
            empty={canWrite ? t("deskAdmin.macros.emptyWriter") : t("deskAdmin.macros.empty")}
          />
          {macros.length > 0 && shown.length === 0 && (
            <p className="muted" role="status">
              {t("deskAdmin.macros.noMatch")}
            </p>
          )}
          {shown.length > 0 && (
            <MacroTable
              macros={shown}
              canWrite={canWrite}
              editingId={editing !== null && editing !== "new" ? editing.id : null}
              onEdit={open}
            />
          )}
        </section>
      </div>
    </DeskAdminFrame>
  );
}
