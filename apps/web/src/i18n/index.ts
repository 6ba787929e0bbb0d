import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import channelsAdminEn from "./channelsAdmin.en.json";
import channelsAdminZhCN from "./channelsAdmin.zh-CN.json";
import chatEn from "./chat.en.json";
import chatZhCN from "./chat.zh-CN.json";
import consoleEn from "./console.en.json";
import consoleZhCN from "./console.zh-CN.json";
import consoleChannelsEn from "./consoleChannels.en.json";
import consoleChannelsZhCN from "./consoleChannels.zh-CN.json";
import deskAdminEn from "./deskAdmin.en.json";
import deskAdminZhCN from "./deskAdmin.zh-CN.json";
import { DEFAULT_LANGUAGE, detectLanguage, isLanguage, LANGUAGE_STORAGE_KEY, type Language } from "./detect";
import en from "./en.json";
import helpEn from "./help.en.json";
import helpZhCN from "./help.zh-CN.json";
import notificationsEn from "./notifications.en.json";
import notificationsZhCN from "./notifications.zh-CN.json";
import paymentsEn from "./payments.en.json";
import paymentsZhCN from "./payments.zh-CN.json";
import phoneEn from "./phone.en.json";
import phoneZhCN from "./phone.zh-CN.json";
import staffHelpEn from "./staffHelp.en.json";
import staffHelpZhCN from "./staffHelp.zh-CN.json";
import staffPaymentsEn from "./staffPayments.en.json";
import staffPaymentsZhCN from "./staffPayments.zh-CN.json";
import staffStatusEn from "./staffStatus.en.json";
import staffStatusZhCN from "./staffStatus.zh-CN.json";
import statusPageEn from "./statusPage.en.json";
import statusPageZhCN from "./statusPage.zh-CN.json";
import supportEn from "./support.en.json";
import supportZhCN from "./support.zh-CN.json";
import zhCN from "./zh-CN.json";

export { LANGUAGE_STORAGE_KEY, type Language } from "./detect";

function readSavedLanguage(): string | null {
  if (typeof window === "undefined") return null;
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (privacy settings); fall back to the browser languages
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

i18n.on("languageChanged", (lng) => {
  if (typeof document === "undefined") return;
  document.documentElement.lang = isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
});

void i18n.use(initReactI18next).init({
  resources: {
    // Areas keep their strings in their own files (payments.*, staffPayments.*, help.*, staffHelp.*,
    // support.*, console.*, deskAdmin.*, chat.*, channelsAdmin.*, phone.*,
    // consoleChannels.*, statusPage.*, staffStatus.*, notifications.*), merged under their top key.
    en: {
      translation: {
        ...en,
        ...paymentsEn,
        ...staffPaymentsEn,
        ...helpEn,
        ...staffHelpEn,
        ...supportEn,
        ...consoleEn,
        ...deskAdminEn,
        ...chatEn,
        ...channelsAdminEn,
        ...phoneEn,
        ...consoleChannelsEn,
        ...statusPageEn,
        ...staffStatusEn,
        ...notificationsEn,
      },
    },
    "zh-CN": {
      translation: {
        ...zhCN,
        ...paymentsZhCN,
        ...staffPaymentsZhCN,
        ...helpZhCN,
        ...staffHelpZhCN,
        ...supportZhCN,
        ...consoleZhCN,
        ...deskAdminZhCN,
        ...chatZhCN,
        ...channelsAdminZhCN,
        ...phoneZhCN,
        ...consoleChannelsZhCN,
        ...statusPageZhCN,
        ...staffStatusZhCN,
        ...notificationsZhCN,
      },
    },
  },
  lng: detectLanguage(readSavedLanguage(), browserLanguages()),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ["en", "zh-CN"],
  load: "currentOnly",
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
  showSupportNotice: false,
});

/** The language currently shown, always one of the supported ones. */
export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}

/** Switches the interface language and remembers the choice in this browser. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // not persisted; the switch still applies to this visit
  }
  await i18n.changeLanguage(lng);
}

export default i18n;
