import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon";
import { Section } from "../../components/Section";

/** On the profile page, beside the email and phone the notices go to: the way to the notification settings. */
export function NotificationSettingsSection() {
  const { t } = useTranslation();
  return (
    <Section
      id="notifications"
      icon="bell"
      title={t("notifications.settings.profileLink")}
      description={t("notifications.settings.profileLead")}
    >
      <Link to="/settings/notifications" className="button" data-testid="profile-notification-settings">
        {t("notifications.settings.title")}
        <Icon name="arrow" size={18} />
      </Link>
    </Section>
  );
}
