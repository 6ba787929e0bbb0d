import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listTemplates } from "../../../api/staff-status";
import { TextField } from "../../../components/Form";
import { QueryState } from "../../staff-payments/Feedback";
import { localized } from "../badges";
import { staffStatusKeys } from "../queries";
import { StaffStatusFrame } from "../StaffStatusFrame";
import { TemplatePreview } from "./TemplatePreview";

/** Every email and SMS the platform sends, from the one template system; pick one to see it as it goes out. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: staffStatusKeys.templates,
    queryFn: ({ signal }) => listTemplates(signal),
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [filter, setFilter] = useState("");
  const templates = query.data ?? [];
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? templates.filter((tpl) =>
        [tpl.key, tpl.audience, tpl.kind ?? "", tpl.description.en, tpl.description["zh-CN"]].some((text) =>
          text.toLowerCase().includes(needle),
        ),
      )
    : templates;
  const current = templates.find((tpl) => tpl.key === selected) ?? null;

  return (
    <StaffStatusFrame page="templates">
      <div className="templates-layout">
        <section className="card status-card" aria-labelledby="templates-title">
          <div className="status-card__head">
            <h2 id="templates-title">
              {query.data
                ? t("staffStatus.templates.listTitle", { count: templates.length })
                : t("staffStatus.pages.templates.title")}
            </h2>
            <TextField
              label={t("staffStatus.templates.filter")}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              testId="template-filter"
            />
          </div>
          <QueryState
            query={query}
            isEmpty={templates.length === 0}
            errorTitle={t("staffStatus.templates.loadError")}
            empty={t("staffStatus.templates.empty")}
          />
          {templates.length > 0 && shown.length === 0 && (
            <p className="muted" role="status">
              {t("staffStatus.templates.noMatch")}
            </p>
          )}
          {shown.length > 0 && (
            <div className="table-wrap">
              <table className="data-table templates-table" data-testid="templates">
                <caption className="visually-hidden">{t("staffStatus.templates.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("staffStatus.templates.columns.key")}</th>
                    <th scope="col">{t("staffStatus.templates.columns.channel")}</th>
                    <th scope="col">{t("staffStatus.templates.columns.audience")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((tpl) => (
                    <tr
                      key={tpl.key}
                      className={tpl.key === selected ? "selected" : undefined}
                      data-testid="template-row"
                      data-template={tpl.key}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button mono templates-table__key"
                          aria-pressed={tpl.key === selected}
                          onClick={() => setSelected(tpl.key)}
                          data-testid="template-open"
                        >
                          {tpl.key}
                        </button>
                        <span className="small muted templates-table__about">
                          {localized(tpl.description)}
                        </span>
                      </th>
                      <td>
                        <span className={`badge badge--${tpl.channel}`}>
                          {t(`staffStatus.channels.${tpl.channel}`)}
                        </span>
                      </td>
                      <td>
                        {t(`staffStatus.audiences.${tpl.audience}`)}
                        {tpl.kind && (
                          <span className="small muted templates-table__about">
                            {t("staffStatus.templates.kind", {
                              kind: t(`notifications.kinds.${tpl.kind}.label`),
                            })}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <TemplatePreview template={current} />
      </div>
    </StaffStatusFrame>
  );
}
