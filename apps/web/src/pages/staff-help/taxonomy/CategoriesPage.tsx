import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type AdminCategory,
  type AdminSection,
  deleteCategory,
  deleteSection,
  listCategories,
} from "../../../api/staffHelpTaxonomy";
import { useUser } from "../../../auth/useUser";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Dialog } from "../../../components/Dialog";
import { Alert } from "../../../components/Form";
import { Icon, type IconName } from "../../../components/Icon";
import { QueryState } from "../../staff-payments/Feedback";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { helpKeys } from "../queries";
import { CATEGORY_ICONS, CategoryForm, SectionForm } from "./CategoryForms";

type Editing =
  | { kind: "category"; category: AdminCategory | null }
  | { kind: "section"; section: AdminSection | null; category: string };

type Deleting = { kind: "category" | "section"; slug: string };

function iconOf(name: string | null): IconName {
  return CATEGORY_ICONS.find((i) => i === name) ?? "book";
}

/** Categories and their sections in both languages; admins create, edit and delete them, agents read. */
export function CategoriesPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === "admin";
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: helpKeys.categories, queryFn: ({ signal }) => listCategories(signal) });
  const categories = query.data ?? [];
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<Deleting | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (d: Deleting) => (d.kind === "category" ? deleteCategory(d.slug) : deleteSection(d.slug)),
    onSuccess: (_, d) => {
      void queryClient.invalidateQueries({ queryKey: helpKeys.categories });
      setDeleting(null);
      setNotice(t("staffHelp.taxonomy.deleted", { slug: d.slug }));
    },
  });
  const askDelete = (d: Deleting) => {
    remove.reset();
    setNotice(null);
    setDeleting(d);
  };
  const deleteBox = (d: Deleting) =>
    deleting?.kind === d.kind && deleting.slug === d.slug ? (
      <ConfirmBox
        tone="danger"
        text={t(
          d.kind === "category"
            ? "staffHelp.taxonomy.deleteCategoryQuestion"
            : "staffHelp.taxonomy.deleteSectionQuestion",
          {
            slug: d.slug,
          },
        )}
        confirmLabel={t("staffHelp.taxonomy.delete")}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate(d)}
        onCancel={() => setDeleting(null)}
        testId={`delete-${d.kind}-${d.slug}`}
      />
    ) : null;

  return (
    <HelpStaffFrame page="categories">
      <div className="stack">
        <div className="staff-toolbar">
          <p className="muted small">
            {isAdmin ? t("staffHelp.taxonomy.adminNote") : t("staffHelp.taxonomy.agentNote")}
          </p>
          {isAdmin && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing({ kind: "category", category: null })}
              data-testid="new-category"
            >
              <Icon name="plus" size={16} />
              {t("staffHelp.taxonomy.newCategory")}
            </button>
          )}
        </div>
        {notice && <Alert tone="ok">{notice}</Alert>}
        <QueryState
          query={query}
          isEmpty={categories.length === 0}
          errorTitle={t("staffHelp.taxonomy.loadError")}
          empty={t("staffHelp.taxonomy.empty")}
        />
        {categories.map((c) => (
          <section
            key={c.slug}
            className="card category-card"
            aria-labelledby={`category-${c.slug}`}
            data-category={c.slug}
          >
            <header className="category-card__head">
              <span className="section-card__icon">
                <Icon name={iconOf(c.icon)} size={22} />
              </span>
              <div className="category-card__names">
                <h2 id={`category-${c.slug}`} lang="en">
                  {c.name.en || "—"}
                </h2>
                <p className="category-card__zh" lang="zh-CN">
                  {c.name["zh-CN"] || (
                    <span className="badge badge--danger">{t("staffHelp.status.missing")}</span>
                  )}
                </p>
                <p className="small muted">
                  <span className="mono">{c.slug}</span> ·{" "}
                  {t("staffHelp.taxonomy.articleCount", { count: c.articleCount })}
                </p>
              </div>
              {isAdmin && (
                <div className="button-row category-card__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setEditing({ kind: "category", category: c })}
                    data-testid={`edit-category-${c.slug}`}
                  >
                    {t("staffHelp.taxonomy.edit")}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => askDelete({ kind: "category", slug: c.slug })}
                  >
                    {t("staffHelp.taxonomy.delete")}
                  </button>
                </div>
              )}
            </header>
            {(c.description.en || c.description["zh-CN"]) && (
              <div className="category-card__descriptions small">
                <p lang="en">{c.description.en}</p>
                <p lang="zh-CN">{c.description["zh-CN"]}</p>
              </div>
            )}
            {deleteBox({ kind: "category", slug: c.slug })}
            <div className="table-wrap">
              <table className="data-table section-table">
                <caption className="visually-hidden">
                  {t("staffHelp.taxonomy.sectionsOf", { name: c.name.en })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("staffHelp.taxonomy.section")}</th>
                    <th scope="col">{t("staffHelp.langs.en")}</th>
                    <th scope="col">{t("staffHelp.langs.zh-CN")}</th>
                    <th scope="col" className="num">
                      {t("staffHelp.taxonomy.articles")}
                    </th>
                    {isAdmin && (
                      <th scope="col">
                        <span className="visually-hidden">{t("staffHelp.taxonomy.actions")}</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {c.sections.map((s) => (
                    <Fragment key={s.slug}>
                      <tr data-section={s.slug}>
                        <th scope="row" className="mono small">
                          {s.slug}
                        </th>
                        <td lang="en">{s.name.en}</td>
                        <td lang="zh-CN">
                          {s.name["zh-CN"] || (
                            <span className="badge badge--danger">{t("staffHelp.status.missing")}</span>
                          )}
                        </td>
                        <td className="num">
                          <Link to={`/admin/help?section=${encodeURIComponent(s.slug)}`}>
                            {s.articleCount}
                          </Link>
                        </td>
                        {isAdmin && (
                          <td className="actions">
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => setEditing({ kind: "section", section: s, category: c.slug })}
                              data-testid={`edit-section-${s.slug}`}
                            >
                              {t("staffHelp.taxonomy.edit")}
                            </button>{" "}
                            <button
                              type="button"
                              className="button button--small button--danger"
                              onClick={() => askDelete({ kind: "section", slug: s.slug })}
                            >
                              {t("staffHelp.taxonomy.delete")}
                            </button>
                          </td>
                        )}
                      </tr>
                      {deleting?.kind === "section" && deleting.slug === s.slug && (
                        <tr>
                          <td colSpan={5}>{deleteBox(deleting)}</td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
            {c.sections.length === 0 && <p className="muted small">{t("staffHelp.taxonomy.noSections")}</p>}
            {isAdmin && (
              <div>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing({ kind: "section", section: null, category: c.slug })}
                  data-testid={`new-section-${c.slug}`}
                >
                  <Icon name="plus" size={14} />
                  {t("staffHelp.taxonomy.newSection")}
                </button>
              </div>
            )}
          </section>
        ))}
      </div>
      <Dialog
        open={editing !== null}
        title={
          editing?.kind === "category"
            ? t(editing.category ? "staffHelp.taxonomy.editCategory" : "staffHelp.taxonomy.newCategory")
            : t(editing?.section ? "staffHelp.taxonomy.editSection" : "staffHelp.taxonomy.newSection")
        }
        onClose={() => setEditing(null)}
        testId="taxonomy-dialog"
      >
        {editing?.kind === "category" && (
          <CategoryForm
            category={editing.category}
            onDone={() => {
              setNotice(t("staffHelp.taxonomy.saved"));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === "section" && (
          <SectionForm
            section={editing.section}
            category={editing.category}
            categories={categories}
            onDone={() => {
              setNotice(t("staffHelp.taxonomy.saved"));
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </Dialog>
    </HelpStaffFrame>
  );
}
