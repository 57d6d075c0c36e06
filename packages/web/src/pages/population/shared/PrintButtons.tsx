import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { ApiError, toApiError } from '../../../api/client.ts';
import { ReasonDialog } from '../../../ui/ReasonDialog.tsx';

/** POSTs the reason and saves the PDF with whole identifiers the server answers (audited there). */
async function downloadFullPdf(url: string, reason: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/pdf, application/problem+json' },
      body: JSON.stringify({ reason }),
    });
  } catch {
    throw new ApiError({ message: i18next.t('errors.network'), code: 'NETWORK_ERROR', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name ?? 'cetak.pdf';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * "Cetak PDF": the masked printout opens in the browser's PDF viewer (with its print button); the one with
 * whole NIK and KK numbers asks for a reason first, as a reveal does, and is saved as a file.
 */
export function PrintButtons({ pdfUrl, what }: { pdfUrl: string; what: 'family' | 'resident' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <a
        className="button button-secondary"
        href={pdfUrl}
        target="_blank"
        rel="noopener"
        data-testid="print-masked"
      >
        {t(`population.print.${what}`)}
      </a>
      <button
        type="button"
        className="button button-secondary"
        data-testid="print-full"
        onClick={() => setOpen(true)}
      >
        {t('population.print.full')}
      </button>
      <ReasonDialog
        open={open}
        testId="print-dialog"
        title={t('population.print.fullTitle')}
        intro={t('population.print.fullIntro')}
        notice={t('population.reveal.auditNotice')}
        reasonLabel={t('population.reveal.reason')}
        reasonHint={t('population.reveal.reasonHint')}
        submitLabel={t('population.print.fullSubmit')}
        onClose={() => setOpen(false)}
        onSubmit={(reason) => downloadFullPdf(pdfUrl, reason)}
      />
    </>
  );
}
