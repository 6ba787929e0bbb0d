import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupportGroup } from "../../../api/deskAdmin";
import { inviteStaff, STAFF_ROLES, type StaffMember, type StaffRole } from "../../../api/deskAdminStaff";
import { Dialog } from "../../../components/Dialog";
import { FormError, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { serverFieldError } from "../../staff-payments/format";
import { consoleCopies, deskAdminKeys } from "../queries";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Invites a staff member: the email carries a link to choose a password (72 hours, once). */
export function InviteDialog({
  open,
  groups,
  onClose,
  onInvited,
}: {
  open: boolean;
  groups: SupportGroup[];
  onClose: () => void;
  onInvited: (member: StaffMember) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t("deskAdmin.staff.inviteTitle")}
      onClose={onClose}
      testId="staff-invite-dialog"
    >
      {open && <InviteForm groups={groups} onCancel={onClose} onInvited={onInvited} />}
    </Dialog>
  );
}

function InviteForm({
  groups,
  onCancel,
  onInvited,
}: {
  groups: SupportGroup[];
  onCancel: () => void;
  onInvited: (member: StaffMember) => void;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<StaffRole>("agent");
  const [chosen, setChosen] = useState<string[]>([]);
  const [language, setLanguage] = useState<"en" | "zh-CN">(lang);
  const [tried, setTried] = useState(false);
  const invite = useMutation({
    mutationFn: () => inviteStaff({ email, name: name.trim(), role, groups: chosen, language }),
    onSuccess: (member) => {
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.staff });
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.groups });
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.agents });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.agents });
      onInvited(member);
    },
  });
  const problems = {
    email: EMAIL.test(email.trim()) ? null : t("deskAdmin.staff.problems.email"),
    name: name.trim() ? null : t("deskAdmin.staff.problems.name"),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problems.email && !problems.name) invite.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="form stack">
      <p className="small muted">{t("deskAdmin.staff.inviteLead")}</p>
      <TextField
        label={t("deskAdmin.staff.fields.email")}
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={(tried ? problems.email : null) ?? serverFieldError(invite.error, "email")}
        testId="staff-invite-email"
        autoFocus
      />
      <TextField
        label={t("deskAdmin.staff.fields.name")}
        autoComplete="off"
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
        error={(tried ? problems.name : null) ?? serverFieldError(invite.error, "name")}
        testId="staff-invite-name"
      />
      <SelectField
        label={t("deskAdmin.staff.fields.role")}
        hint={t(`deskAdmin.staff.roleHints.${role}`)}
        value={role}
        onChange={(e) => setRole(STAFF_ROLES.find((r) => r === e.target.value) ?? "agent")}
        testId="staff-invite-role"
      >
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`deskAdmin.roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {groups.length > 0 && (
        <fieldset className="desk-checks">
          <legend className="field__label">{t("deskAdmin.staff.fields.groups")}</legend>
          {groups.map((g) => (
            <label key={g.key} className="desk-check">
              <input
                type="checkbox"
                checked={chosen.includes(g.key)}
                onChange={(e) =>
                  setChosen(e.target.checked ? [...chosen, g.key] : chosen.filter((k) => k !== g.key))
                }
                data-testid={`staff-invite-group-${g.key}`}
              />
              {g.name[lang]}
            </label>
          ))}
        </fieldset>
      )}
      <SelectField
        label={t("deskAdmin.staff.fields.language")}
        hint={t("deskAdmin.staff.fields.languageHint")}
        value={language}
        onChange={(e) => setLanguage(e.target.value === "zh-CN" ? "zh-CN" : "en")}
        testId="staff-invite-language"
      >
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
      </SelectField>
      <FormError error={invite.error} />
      <div className="button-row">
        <SubmitButton
          pending={invite.isPending}
          pendingLabel={t("deskAdmin.staff.sending")}
          testId="staff-invite-send"
        >
          {t("deskAdmin.staff.send")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
