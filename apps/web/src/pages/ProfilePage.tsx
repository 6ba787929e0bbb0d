import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/PageHeader";
import { useDocumentTitle, useScrollToHash } from "../lib/hooks";
import { NotificationSettingsSection } from "./notifications/SettingsSection";
import { ContactSection } from "./profile/ContactSection";
import { DetailsSection } from "./profile/DetailsSection";
import { PasswordSection } from "./profile/PasswordSection";

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("profile.title"));
  useScrollToHash();
  return (
    <div className="container page" data-testid="profile-page">
      <PageHeader icon="user" title={t("profile.title")} description={t("profile.lead")} />
      <div className="stack stack--sections">
        <DetailsSection />
        <ContactSection />
        <NotificationSettingsSection />
        <PasswordSection />
      </div>
    </div>
  );
}
