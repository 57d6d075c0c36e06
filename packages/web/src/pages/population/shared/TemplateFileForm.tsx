import { useEffect, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { currentLanguage } from '../../../i18n/index.ts';
import { FormErrorSummary } from '../../../ui/FormErrorSummary.tsx';
import { FormField } from '../../../ui/FormField.tsx';
import { ProgressBar } from '../../../ui/ProgressBar.tsx';
import { splitServerErrors } from '../../../ui/formErrors.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|xlsm|csv)$/i;

export interface TemplateFileTexts {
  title: string;
  intro: ReactNode;
  /** What the file must look like, one list item each. */
  requirements: ReactNode[];
  templateLink: string;
  label: string;
  hint: string;
  required: string;
  wrongType: string;
  tooLarge: string;
  busy: string;
  submit: string;
}

/**
 * The first step of an OpenSID spreadsheet import: what the file must look like, a CSV template to start
 * from, the file chosen and checked here (type and size), then sent. A refusal from the server (an unreadable
 * file, a missing column) is shown on the file field; anything else above the form.
 */
export function TemplateFileForm({
  testId,
  texts,
  template,
  send,
}: {
  testId: string;
  texts: TemplateFileTexts;
  template: { url: () => string; fileName: string };
  /** Sends the file; the caller moves on when it resolves. */
  send: (file: File) => Promise<void>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [templateUrl, setTemplateUrl] = useState<string | null>(null);

  useEffect(() => {
    const url = template.url();
    setTemplateUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [template]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    if (!file) return setError(texts.required);
    if (!ACCEPTED.test(file.name)) return setError(texts.wrongType);
    if (file.size > MAX_BYTES) return setError(texts.tooLarge);
    setError(undefined);
    setBusy(true);
    send(file).catch((failure: unknown) => {
      setBusy(false);
      const split = splitServerErrors(failure, currentLanguage(), (field) =>
        field === 'file' ? field : null,
      );
      setError(split.fields.file);
      setGeneral(split.general);
    });
  };

  return (
    <form className="panel form-stack" onSubmit={submit} noValidate data-testid={testId}>
      <h2 className="section-title">{texts.title}</h2>
      <p>{texts.intro}</p>
      <ul className="plain-list">
        {texts.requirements.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
      {templateUrl && (
        <p>
          <a href={templateUrl} download={template.fileName}>
            {texts.templateLink}
          </a>
        </p>
      )}
      <FormErrorSummary messages={general} fieldCount={0} />
      <FormField label={texts.label} name="file" error={error} hint={texts.hint} required>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setError(undefined);
            }}
          />
        )}
      </FormField>
      {busy && <ProgressBar label={texts.busy} value={0} max={0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? texts.busy : texts.submit}
        </button>
      </div>
    </form>
  );
}
