import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { deleteMacro, type Macro } from "../../../api/deskAdmin";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Icon } from "../../../components/Icon";
import { currentLanguage } from "../../../i18n";
import { useTicketLabels } from "../../console/labels";
import { dateTime } from "../../staff-payments/format";
import { consoleCopies, deskAdminKeys } from "../queries";

const COLUMNS = 5;

/** The macros with how often they were used; each one's text unfolds, writers edit and delete. */
export function MacroTable({
  macros,
  canWrite,
  editingId,
  onEdit,
}: {
  macros: Macro[];
  canWrite: boolean;
  editingId: string | null;
  onEdit: (macro: Macro) => void;
}) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const lang = currentLanguage();
  const other = lang === "en" ? "zh-CN" : "en";
  const queryClient = useQueryClient();
  const [deleting, setDeleting] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (id: string) => deleteMacro(id),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.macros });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.macros });
    },
  });
  const count = (n: number) => new Intl.NumberFormat(lang).format(n);

  return (
    <div className="table-wrap">
      <table className="data-table macro-table">
        <caption className="visually-hidden">{t("deskAdmin.macros.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("deskAdmin.macros.columns.title")}</th>
            <th scope="col">{t("deskAdmin.macros.columns.after")}</th>
            <th scope="col" className="num">
              {t("deskAdmin.macros.columns.used")}
            </th>
            <th scope="col">{t("deskAdmin.macros.columns.updated")}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t("deskAdmin.macros.columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {macros.map((macro) => (
            <Fragment key={macro.id}>
              <tr data-testid="macro-row" className={editingId === macro.id ? "editing" : undefined}>
                <td>
                  <details className="macro-text">
                    <summary>
                      <strong>{macro.title[lang] || macro.title.en}</strong>
                      <span className="small muted macro-text__other" lang={other}>
                        {macro.title[other]}
                      </span>
                    </summary>
                    <div className="macro-text__bodies">
                      <p lang="en">{macro.body.en}</p>
                      <p lang="zh-CN">{macro.body["zh-CN"]}</p>
                    </div>
                  </details>
                </td>
                <td>
                  <span className="macro-effects">
                    <span>
                      {macro.setStatus
                        ? t("deskAdmin.macros.setsStatus", { status: labels.status(macro.setStatus) })
                        : t("deskAdmin.macros.keepsStatus")}
                    </span>
                    {macro.addTags.length > 0 && (
                      <span className="desk-tags">
                        <span className="visually-hidden">{t("deskAdmin.macros.tagsLabel")}: </span>
                        {macro.addTags.map((tag) => (
                          <span key={tag} className="badge badge--neutral">
                            {tag}
                          </span>
                        ))}
                      </span>
                    )}
                  </span>
                </td>
                <td className="num" data-testid="macro-usage">
                  {count(macro.usageCount)}
                </td>
                <td className="small">{dateTime(macro.updatedAt)}</td>
                <td className="actions">
                  {canWrite && (
                    <div className="button-row button-row--tight">
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => onEdit(macro)}
                        aria-label={t("deskAdmin.macros.editNamed", { title: macro.title[lang] })}
                        data-testid="macro-edit"
                      >
                        <Icon name="edit" size={16} />
                        {t("deskAdmin.macros.edit")}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--danger"
                        onClick={() => {
                          remove.reset();
                          setDeleting(macro.id);
                        }}
                        aria-label={t("deskAdmin.macros.deleteNamed", { title: macro.title[lang] })}
                        data-testid="macro-delete"
                      >
                        {t("deskAdmin.macros.delete")}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
              {deleting === macro.id && (
                <tr>
                  <td colSpan={COLUMNS}>
                    <ConfirmBox
                      tone="danger"
                      text={t("deskAdmin.macros.deleteConfirm", { title: macro.title[lang] })}
                      confirmLabel={t("deskAdmin.macros.deleteYes")}
                      pending={remove.isPending}
                      error={remove.error}
                      onConfirm={() => remove.mutate(macro.id)}
                      onCancel={() => setDeleting(null)}
                      testId="macro-delete-confirm"
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
