import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type PayoutDestination, removeDestination } from "../../api/payments";
import { useStepUp } from "../../auth/StepUp";
import { ConfirmBox } from "../../components/ConfirmBox";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { WalletNav } from "../../components/WalletNav";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { AddDestinationForm } from "./destinations/AddDestinationForm";
import { kindIcon } from "./shared/labels";
import { useShortTime } from "./shared/MethodFacts";
import { MoreLinks } from "./shared/MoreLinks";
import { paymentKeys, useDestinations, useMethods } from "./shared/queries";
import { SetUpSecondFactor, useHasSecondFactor } from "./shared/SecondFactorField";
import { destinationText } from "./withdraw/DestinationPicker";
import "../../styles/payments.css";

/** The customer's saved places to withdraw to: the list (masked), adding one (second factor), removing one. */
export function PayoutDestinationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("payments.destinations.title"));
  const destinations = useDestinations();
  const methods = useMethods("withdrawal", "");
  const hasSecondFactor = useHasSecondFactor();
  const time = useShortTime();
  const [added, setAdded] = useState<PayoutDestination | null>(null);
  const active = (destinations.data ?? []).filter((d) => d.status === "active");

  return (
    <div className="container page" data-testid="destinations-page">
      <PageHeader
        icon="store"
        title={t("payments.destinations.title")}
        description={t("payments.destinations.lead")}
      />
      <WalletNav />
      {added && (
        <Alert
          tone="ok"
          title={t("payments.destinations.addedTitle")}
          testId="destination-added"
          actions={
            added.ready ? (
              <Link
                to={`/withdraw?destination=${encodeURIComponent(added.id)}`}
                className="button button--small"
              >
                {t("payments.destinations.withdrawTo")}
              </Link>
            ) : undefined
          }
        >
          {added.ready || !added.usableAfter
            ? t("payments.destinations.addedReady")
            : t("payments.destinations.addedWaiting", { time: time(added.usableAfter) })}
        </Alert>
      )}
      <div className="payments-layout">
        <section className="card section-card" aria-labelledby="destinations-list-title">
          <h2 id="destinations-list-title" className="detail-heading">
            {t("payments.destinations.listTitle")}
          </h2>
          {destinations.isPending && <p className="muted">{t("common.loading")}</p>}
          {destinations.isError && (
            <Alert tone="danger" title={t("payments.destinations.loadError")}>
              {errorMessage(destinations.error, t)}
            </Alert>
          )}
          {destinations.isSuccess && active.length === 0 && (
            <EmptyState icon="store" title={t("payments.destinations.emptyTitle")}>
              <p>{t("payments.destinations.emptyBody")}</p>
            </EmptyState>
          )}
          {active.length > 0 && (
            <ul className="destination-rows" data-testid="destination-rows">
              {active.map((d) => (
                <DestinationRow key={d.id} destination={d} />
              ))}
            </ul>
          )}
        </section>
        <div>
          {!hasSecondFactor && <SetUpSecondFactor />}
          {methods.isError && (
            <Alert tone="danger" title={t("payments.methods.loadError")}>
              {errorMessage(methods.error, t)}
            </Alert>
          )}
          {hasSecondFactor && methods.isSuccess && methods.data.length === 0 && (
            <EmptyState icon="compass" title={t("payments.destinations.noMethodsTitle")}>
              <p>{t("payments.destinations.noMethodsBody")}</p>
            </EmptyState>
          )}
          {hasSecondFactor && methods.isSuccess && methods.data.length > 0 && (
            <AddDestinationForm methods={methods.data} onAdded={setAdded} />
          )}
        </div>
      </div>
      <MoreLinks links={["withdraw", "verification", "policies"]} />
    </div>
  );
}

function DestinationRow({ destination }: { destination: PayoutDestination }) {
  const { t } = useTranslation();
  const time = useShortTime();
  const queryClient = useQueryClient();
  const stepUp = useStepUp();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () => stepUp(() => removeDestination(destination.id)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: paymentKeys.destinations }),
  });
  return (
    <li className="destination-row" data-testid={`destination-row-${destination.id}`}>
      <div className="destination-row__main">
        <span className="method-option__icon" aria-hidden="true">
          <Icon name={kindIcon(destination.kind)} size={20} />
        </span>
        <div>
          <p className="destination-row__title">{destinationText(destination)}</p>
          <p className="muted small">{destination.methodName}</p>
          {destination.ready ? (
            <span className="badge badge--ok">{t("payments.destinations.ready")}</span>
          ) : (
            <span className="badge badge--warning" data-testid="destination-waiting">
              {destination.usableAfter
                ? t("payments.destinations.usableAfter", { time: time(destination.usableAfter) })
                : t("payments.destinations.notReady")}
            </span>
          )}
        </div>
        <div className="destination-row__actions">
          {destination.ready && (
            <Link
              to={`/withdraw?destination=${encodeURIComponent(destination.id)}`}
              className="button button--small button--primary"
            >
              {t("payments.destinations.withdrawTo")}
            </Link>
          )}
          {!asking && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setAsking(true)}
              data-testid="destination-remove"
            >
              {t("payments.destinations.remove")}
            </button>
          )}
        </div>
      </div>
      {asking && (
        <ConfirmBox
          tone="danger"
          text={t("payments.destinations.removeConfirm", { name: destinationText(destination) })}
          confirmLabel={t("payments.destinations.removeYes")}
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate()}
          onCancel={() => {
            remove.reset();
            setAsking(false);
          }}
          testId="destination-remove-confirm"
        />
      )}
    </li>
  );
}
