import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type NotificationPreferences,
  type PreferenceChange,
  updatePreferences,
  withChange,
} from "../../api/notifications";
import { EmptyState } from "../../components/EmptyState";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { PreferencesMatrix } from "./PreferencesMatrix";
import { notificationKeys, usePreferences } from "./queries";
import "./notifications.css";

const SAVE_KEY = ["notification-preferences", "save"] as const;

/**
 * /settings/notifications: which notices reach the customer, and how. Each switch is saved at
 * once; the screen changes first and goes back if the server refuses.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notifications.settings.title"));
  const queryClient = useQueryClient();
  const prefs = usePreferences();
  const save = useMutation({
    mutationKey: SAVE_KEY,
    mutationFn: (change: PreferenceChange) => updatePreferences([change]),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.preferences });
      queryClient.setQueryData<NotificationPreferences>(notificationKeys.preferences, (current) =>
        current ? withChange(current, change) : current,
      );
    },
    onError: (_error, change) => {
      // Only this change is taken back: others made meanwhile stand.
      queryClient.setQueryData<NotificationPreferences>(notificationKeys.preferences, (current) =>
        current ? withChange(current, { ...change, enabled: !change.enabled }) : current,
      );
    },
    onSuccess: (answer) => {
      // The server's view, unless another change is still on its way (its answer will come).
      if (queryClient.isMutating({ mutationKey: SAVE_KEY }) <= 1) {
        queryClient.setQueryData(notificationKeys.preferences, answer);
      }
    },
  });

  return (
    <div className="container page page--narrow notification-settings" data-testid="notification-settings">
      <PageHeader
        icon="bell"
        title={t("notifications.settings.title")}
        description={t("notifications.settings.lead")}
      >
        <div className="quick-actions">
          <Link to="/notifications" className="button">
            <Icon name="list" size={18} />
            {t("notifications.seeAll")}
          </Link>
        </div>
      </PageHeader>
      {prefs.isPending && <p className="muted">{t("common.loading")}</p>}
      {prefs.isError && (
        <EmptyState icon="alert" title={t("notifications.settings.loadError")} tone="danger">
          <p>{errorMessage(prefs.error, t)}</p>
          <button type="button" className="button button--primary" onClick={() => void prefs.refetch()}>
            {t("common.tryAgain")}
          </button>
        </EmptyState>
      )}
      {prefs.data && (
        <section className="card prefs-card">
          <ProblemAlert error={save.error} testId="preferences-problem" />
          <PreferencesMatrix prefs={prefs.data} onChange={(change) => save.mutate(change)} />
          <p className="muted prefs-card__saved" role="status">
            {save.isPending ? t("common.saving") : save.isSuccess ? t("notifications.settings.saved") : ""}
          </p>
        </section>
      )}
    </div>
  );
}
