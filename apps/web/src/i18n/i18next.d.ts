import "i18next";
import type channelsAdminEn from "./channelsAdmin.en.json";
import type chatEn from "./chat.en.json";
import type consoleEn from "./console.en.json";
import type consoleChannelsEn from "./consoleChannels.en.json";
import type deskAdminEn from "./deskAdmin.en.json";
import type en from "./en.json";
import type helpEn from "./help.en.json";
import type notificationsEn from "./notifications.en.json";
import type paymentsEn from "./payments.en.json";
import type phoneEn from "./phone.en.json";
import type staffHelpEn from "./staffHelp.en.json";
import type staffPaymentsEn from "./staffPayments.en.json";
import type staffStatusEn from "./staffStatus.en.json";
import type statusPageEn from "./statusPage.en.json";
import type supportEn from "./support.en.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof en &
        typeof paymentsEn &
        typeof staffPaymentsEn &
        typeof helpEn &
        typeof staffHelpEn &
        typeof supportEn &
        typeof consoleEn &
        typeof deskAdminEn &
        typeof chatEn &
        typeof channelsAdminEn &
        typeof phoneEn &
        typeof consoleChannelsEn &
        typeof statusPageEn &
        typeof staffStatusEn &
        typeof notificationsEn;
    };
  }
}
