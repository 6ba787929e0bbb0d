import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ImportSummary, importStatement } from "../../../api/staffPayments";
import { Alert, SubmitButton } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { Section } from "../../../components/Section";
import { staffKeys } from "../queries";
import { TextAreaField } from "../TextAreaField";
import { BankMethodSelect, BankMethodsState, useBankMethods } from "./bankMethods";

const HEADER = "date,amount,currency,reference,payer,id";
const EXAMPLE = `${HEADER}\n2026-11-26,250.00,USD,SAT-7K3M9QPA,Alice Wong,stmt-0001`;
/** Statements are small text files; a larger file is certainly the wrong one. */
const MAX_BYTES = 2 * 1024 * 1024;

/** A bank statement as CSV (chosen as a file or pasted): every line is posted, then the summary and any refused lines. */
export function ImportSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const methods = useBankMethods(true);
  const [methodId, setMethodId] = useState("");
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const method = methods.bankMethods.find((m) => m.id === methodId) ?? methods.bankMethods[0];
  const textProblem = csv.trim() === "" ? t("staffPayments.bank.import.required") : null;

  const run = useMutation({
    mutationFn: (input: { csv: string; methodId: string }) => importStatement(input.csv, input.methodId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });

  const readFile = async (file: File | undefined) => {
    setFileProblem(null);
    run.reset();
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setFileProblem(t("staffPayments.bank.import.tooLarge"));
      return;
    }
    try {
      setCsv(await file.text());
      setFileName(file.name);
    } catch {
      setFileProblem(t("staffPayments.bank.import.unreadable"));
    }
  };

  return (
    <Section
      id="import"
      icon="download"
      title={t("staffPayments.bank.import.title")}
      description={t("staffPayments.bank.import.lead")}
    >
      <BankMethodsState methods={methods} />
      {method && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (textProblem) return;
            run.mutate({ csv, methodId: method.id });
          }}
          data-testid="import-form"
        >
          <div className="form--grid">
            <BankMethodSelect methods={methods.bankMethods} value={method.id} onChange={setMethodId} />
            <div className="field">
              <label className="field__label" htmlFor="statement-file">
                {t("staffPayments.bank.import.file")}
              </label>
              <input
                id="statement-file"
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={(e) => void readFile(e.target.files?.[0])}
                aria-describedby="statement-file-hint"
                data-testid="import-file"
              />
              {fileProblem && <span className="field__error">{fileProblem}</span>}
              <span className="field__hint" id="statement-file-hint">
                {fileName
                  ? t("staffPayments.bank.import.loaded", { name: fileName })
                  : t("staffPayments.bank.import.fileHint")}
              </span>
            </div>
          </div>
          <TextAreaField
            label={t("staffPayments.bank.import.paste")}
            hint={t("staffPayments.bank.import.format", { header: HEADER })}
            value={csv}
            onChange={(e) => {
              setCsv(e.target.value);
              setFileName(null);
            }}
            error={submitted ? textProblem : null}
            rows={7}
            spellCheck={false}
            placeholder={EXAMPLE}
            className="staff-textarea staff-textarea--mono"
            testId="import-text"
          />
          <ProblemAlert error={run.error} />
          <SubmitButton
            pending={run.isPending}
            pendingLabel={t("staffPayments.bank.import.running")}
            testId="import-submit"
          >
            {t("staffPayments.bank.import.submit")}
          </SubmitButton>
        </form>
      )}
      {run.data && <ImportResult summary={run.data} />}
    </Section>
  );
}

function ImportResult({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  const counts = [
    ["imported", summary.imported],
    ["matched", summary.matched],
    ["unmatched", summary.unmatched],
    ["duplicates", summary.duplicates],
  ] as const;
  return (
    <div className="stack import-result" data-testid="import-result">
      <Alert
        tone={summary.errors.length > 0 ? "warning" : "ok"}
        title={t("staffPayments.bank.import.doneTitle")}
      >
        <ul className="import-counts">
          {counts.map(([key, value]) => (
            <li key={key}>
              <strong>{value}</strong> {t(`staffPayments.bank.import.counts.${key}`)}
            </li>
          ))}
        </ul>
        {summary.unmatched > 0 && <p>{t("staffPayments.bank.import.unmatchedNote")}</p>}
      </Alert>
      {summary.errors.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="import-errors">
            <caption className="staff-caption">
              {t("staffPayments.bank.import.errorsTitle", { count: summary.errors.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("staffPayments.bank.import.line")}
                </th>
                <th scope="col">{t("staffPayments.bank.import.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.errors.map((e) => (
                <tr key={`${e.line}-${e.message}`}>
                  <td className="num">{e.line}</td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
