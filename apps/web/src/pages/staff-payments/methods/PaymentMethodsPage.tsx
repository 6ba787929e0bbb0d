import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listAdminMethods } from "../../../api/staffPayments";
import { Dialog } from "../../../components/Dialog";
import { Alert } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { QueryState } from "../Feedback";
import { staffKeys } from "../queries";
import { StaffFrame } from "../StaffFrame";
import { MaintenanceControl, PauseControl } from "./MethodControls";
import { MethodForm } from "./MethodForm";
import { MethodTable, methodName } from "./MethodTable";
import { draftOf, EMPTY_DRAFT } from "./methodDraft";

/** The simulators every installation has; a method can also name a provider another method uses. */
const BUILT_IN_PROVIDERS = ["card_sim", "bank_sim", "ewallet_sim"];

/** The payment-method catalogue for admins: every setting, pause and resume, maintenance windows, new methods. */
export function PaymentMethodsPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: staffKeys.methods, queryFn: ({ signal }) => listAdminMethods(signal) });
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const methods = query.data ?? [];
  const method = methods.find((m) => m.id === editing) ?? null;
  const providers = [...new Set([...BUILT_IN_PROVIDERS, ...methods.map((m) => m.provider)])];

  return (
    <StaffFrame page="methods">
      <div className="stack">
        <div className="staff-toolbar">
          <p className="muted small">{t("staffPayments.methods.usdNote")}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null);
              setAdding(true);
            }}
            data-testid="add-method"
          >
            <Icon name="plus" size={16} />
            {t("staffPayments.methods.add")}
          </button>
        </div>
        {saved && <Alert tone="ok">{t("staffPayments.methods.saved", { name: saved })}</Alert>}
        <QueryState
          query={query}
          isEmpty={methods.length === 0}
          errorTitle={t("staffPayments.methods.loadError")}
          empty={t("staffPayments.methods.empty")}
        />
        {methods.length > 0 && (
          <MethodTable
            methods={methods}
            onEdit={(id) => {
              setSaved(null);
              setEditing(id);
            }}
          />
        )}
      </div>

      <Dialog
        open={method !== null}
        title={method ? t("staffPayments.methods.editTitle", { name: methodName(method) }) : ""}
        onClose={() => setEditing(null)}
        testId="method-dialog"
      >
        {method && (
          <div className="method-editor stack">
            <PauseControl method={method} onSaved={() => undefined} />
            <MaintenanceControl method={method} onSaved={() => undefined} />
            <h3 className="method-editor__heading">{t("staffPayments.methods.settings")}</h3>
            <MethodForm
              key={method.id}
              initial={draftOf(method)}
              creating={false}
              providers={providers}
              onSaved={(m) => {
                setEditing(null);
                setSaved(methodName(m));
              }}
              onCancel={() => setEditing(null)}
            />
          </div>
        )}
      </Dialog>

      <Dialog
        open={adding}
        title={t("staffPayments.methods.addTitle")}
        onClose={() => setAdding(false)}
        testId="add-method-dialog"
      >
        {adding && (
          <div className="method-editor">
            <MethodForm
              initial={EMPTY_DRAFT}
              creating
              takenIds={methods.map((m) => m.id)}
              providers={providers}
              onSaved={(m) => {
                setAdding(false);
                setSaved(methodName(m));
              }}
              onCancel={() => setAdding(false)}
            />
          </div>
        )}
      </Dialog>
    </StaffFrame>
  );
}
