import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createSynonyms,
  deleteSynonyms,
  listSynonyms,
  type SynonymGroup,
  updateSynonyms,
} from "../../../api/staffHelpTaxonomy";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert, TextField } from "../../../components/Form";
import { QueryState } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { helpKeys } from "../queries";
import { TermsForm } from "./TermsForm";

/**
 * The words customers use for the same thing (提现 / 取款 / withdraw / cash out): a search for
 * one finds articles that use another. Agents and admins add, edit and delete groups.
 */
export function SynonymsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: helpKeys.synonyms, queryFn: ({ signal }) => listSynonyms(signal) });
  const [filter, setFilter] = useState("");
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: helpKeys.synonyms });

  const create = useMutation({
    mutationFn: createSynonyms,
    onSuccess: () => {
      refresh();
      setAdding(false);
      setNotice(t("staffHelp.synonyms.added"));
    },
  });
  const update = useMutation({
    mutationFn: (v: { id: string; terms: string[] }) => updateSynonyms(v.id, v.terms),
    onSuccess: () => {
      refresh();
      setEditing(null);
      setNotice(t("staffHelp.synonyms.saved"));
    },
  });
  const remove = useMutation({
    mutationFn: deleteSynonyms,
    onSuccess: () => {
      refresh();
      setDeleting(null);
      setNotice(t("staffHelp.synonyms.deleted"));
    },
  });

  const needle = filter.trim().toLowerCase();
  const groups = (query.data ?? []).filter(
    (g) => needle === "" || g.terms.some((term) => term.toLowerCase().includes(needle)),
  );
  const start = (what: () => void) => {
    setNotice(null);
    create.reset();
    update.reset();
    remove.reset();
    what();
  };

  return (
    <HelpStaffFrame page="synonyms">
      <div className="stack">
        <div className="staff-toolbar">
          <p className="muted small">{t("staffHelp.synonyms.note")}</p>
          {!adding && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => start(() => setAdding(true))}
              data-testid="new-synonyms"
            >
              {t("staffHelp.synonyms.add")}
            </button>
          )}
        </div>
        {adding && (
          <section className="card synonym-new" aria-label={t("staffHelp.synonyms.add")}>
            <TermsForm
              initial={[]}
              submitLabel={t("staffHelp.synonyms.create")}
              pending={create.isPending}
              error={create.error}
              onSubmit={(terms) => create.mutate(terms)}
              onCancel={() => setAdding(false)}
              testId="synonyms-new"
            />
          </section>
        )}
        {notice && <Alert tone="ok">{notice}</Alert>}
        <div className="help-filters help-filters--single">
          <TextField
            label={t("staffHelp.synonyms.filter")}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            testId="synonyms-filter"
          />
          {query.data && (
            <p className="small muted" aria-live="polite">
              {t("staffHelp.synonyms.count", { count: groups.length, total: query.data.length })}
            </p>
          )}
        </div>
        <QueryState
          query={query}
          isEmpty={groups.length === 0}
          errorTitle={t("staffHelp.synonyms.loadError")}
          empty={needle ? t("staffHelp.synonyms.noMatch") : t("staffHelp.synonyms.empty")}
        />
        {groups.length > 0 && (
          <ul className="staff-list synonym-list" data-testid="synonym-list">
            {groups.map((g) => (
              <SynonymItem
                key={g.id}
                group={g}
                editing={editing === g.id}
                deleting={deleting === g.id}
                onEdit={() => start(() => setEditing(g.id))}
                onDelete={() => start(() => setDeleting(g.id))}
                onCancel={() => {
                  setEditing(null);
                  setDeleting(null);
                }}
                save={{
                  pending: update.isPending,
                  error: update.error,
                  run: (terms) => update.mutate({ id: g.id, terms }),
                }}
                remove={{ pending: remove.isPending, error: remove.error, run: () => remove.mutate(g.id) }}
              />
            ))}
          </ul>
        )}
      </div>
    </HelpStaffFrame>
  );
}

function SynonymItem({
  group,
  editing,
  deleting,
  onEdit,
  onDelete,
  onCancel,
  save,
  remove,
}: {
  group: SynonymGroup;
  editing: boolean;
  deleting: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onCancel: () => void;
  save: { pending: boolean; error: unknown; run: (terms: string[]) => void };
  remove: { pending: boolean; error: unknown; run: () => void };
}) {
  const { t } = useTranslation();
  return (
    <li className="staff-item synonym-item" data-group={group.id}>
      {editing ? (
        <TermsForm
          initial={group.terms}
          submitLabel={t("common.save")}
          pending={save.pending}
          error={save.error}
          onSubmit={save.run}
          onCancel={onCancel}
          testId={`synonyms-edit-${group.id}`}
        />
      ) : (
        <div className="synonym-item__row">
          <ul className="code-chips" aria-label={t("staffHelp.synonyms.group")}>
            {group.terms.map((term) => (
              <li key={term} className="code-chip code-chip--text">
                {term}
              </li>
            ))}
          </ul>
          <div className="button-row synonym-item__actions">
            {group.updatedAt && <span className="small muted">{dateTime(group.updatedAt)}</span>}
            <button
              type="button"
              className="button button--small"
              onClick={onEdit}
              aria-label={t("staffHelp.synonyms.editNamed", { terms: group.terms.slice(0, 3).join(", ") })}
              data-testid={`edit-synonyms-${group.id}`}
            >
              {t("staffHelp.synonyms.edit")}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={onDelete}
              aria-label={t("staffHelp.synonyms.deleteNamed", { terms: group.terms.slice(0, 3).join(", ") })}
              data-testid={`delete-synonyms-${group.id}`}
            >
              {t("staffHelp.synonyms.delete")}
            </button>
          </div>
        </div>
      )}
      {deleting && (
        <ConfirmBox
          tone="danger"
          text={t("staffHelp.synonyms.deleteQuestion", { terms: group.terms.join(", ") })}
          confirmLabel={t("staffHelp.synonyms.delete")}
          pending={remove.pending}
          error={remove.error}
          onConfirm={remove.run}
          onCancel={onCancel}
          testId={`delete-synonyms-confirm-${group.id}`}
        />
      )}
    </li>
  );
}
