import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { REQUIREMENTS, type Requirement, type Verification } from "../../../api/verification";
import { Icon } from "../../../components/Icon";

const LEVEL_OF: Record<Requirement, 1 | 2> = {
  legal_name: 1,
  date_of_birth: 1,
  address: 1,
  verified_phone: 1,
  id_document: 2,
  selfie: 2,
  proof_of_address: 2,
};

/** Where each requirement is done in the wizard (anchors on this page, the phone on the profile page). */
const WHERE: Record<Requirement, string> = {
  legal_name: "#kyc-profile",
  date_of_birth: "#kyc-profile",
  address: "#kyc-profile",
  verified_phone: "/app/profile",
  id_document: "#kyc-documents",
  selfie: "#kyc-documents",
  proof_of_address: "#kyc-documents",
};

/** Everything verification asks for, ticked when done, per level: exactly what is still missing (the server's list). */
export function Checklist({ verification }: { verification: Verification }) {
  const { t } = useTranslation();
  const missing = new Set<Requirement>([
    ...verification.missing,
    ...verification.levels.flatMap((l) => l.missing),
  ]);
  return (
    <section className="card section-card" aria-labelledby="kyc-checklist-title" data-testid="kyc-checklist">
      <h2 id="kyc-checklist-title" className="detail-heading">
        {t("payments.verification.checklistTitle")}
      </h2>
      {([1, 2] as const).map((level) => (
        <div key={level} className="kyc-checklist__level">
          <h3 className="small">{t("payments.verification.forLevel", { level })}</h3>
          <ul className="kyc-checklist">
            {REQUIREMENTS.filter((r) => LEVEL_OF[r] === level).map((r) => {
              const done = verification.level >= level || !missing.has(r);
              const where = WHERE[r];
              return (
                <li
                  key={r}
                  className={done ? "is-done" : "is-missing"}
                  data-testid={`kyc-req-${r}`}
                  data-done={done}
                >
                  <Icon name={done ? "check" : "clock"} size={16} />
                  <span>{t(`payments.verification.requirements.${r}`)}</span>
                  {!done &&
                    (where.startsWith("#") ? (
                      <a href={where} className="small">
                        {t("payments.verification.doIt")}
                      </a>
                    ) : (
                      <Link to={where} className="small">
                        {t("payments.verification.verifyPhone")}
                      </Link>
                    ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
