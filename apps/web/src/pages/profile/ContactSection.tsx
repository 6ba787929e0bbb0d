import { useTranslation } from "react-i18next";
import { Section } from "../../components/Section";
import { EmailFacts } from "./EmailFacts";
import { PhoneFacts } from "./PhoneFacts";

export function ContactSection() {
  const { t } = useTranslation();
  return (
    <Section
      id="contact"
      icon="mail"
      title={t("profile.contact.title")}
      description={t("profile.contact.lead")}
    >
      <dl className="facts">
        <EmailFacts />
        <PhoneFacts />
      </dl>
    </Section>
  );
}
