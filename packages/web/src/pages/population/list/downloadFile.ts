import i18next from 'i18next';
import { ApiError, toApiError } from '../../../api/client.ts';

/**
 * Downloads a file through fetch, so a refusal (problem+json) can be shown in the form instead of replacing
 * the page. The file name comes from Content-Disposition when the server sends one.
 */
export async function downloadFile(url: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError({ message: i18next.t('errors.network'), code: 'NETWORK_ERROR', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? 'penduduk';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = decodeURIComponent(name);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
