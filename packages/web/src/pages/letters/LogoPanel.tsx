import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterLogoUrl, removeLetterLogo, uploadLetterLogo } from '../../api/lettersAdmin.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { splitServerErrors } from '../../ui/formErrors.ts';
import '../../i18n/lazy/lettersAdmin.ts';

const MAX_SIDE = 400;

/** The picked image drawn at most 400 px a side and encoded as PNG here, so the upload is small. */
async function shrunkPng(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'),
  );
}

/** Logo kop surat: upload (shrunk on this device), see and remove the village's letterhead logo. */
export function LogoPanel({ villageCode }: { villageCode: string }) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const [present, setPresent] = useState(true);
  const [message, setMessage] = useState('');
  const change = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      setMessage(done);
      setPresent(true);
      setVersion((v) => v + 1);
    } catch (error) {
      setMessage(splitServerErrors(error, currentLanguage(), () => null).general.join(' '));
    }
  };
  return (
    <section className="panel" aria-labelledby="logo-title" data-testid="logo-panel">
      <h2 id="logo-title" className="section-title">
        {t('lettersAdmin.logo.heading')}
      </h2>
      <p className="field-hint">{t('lettersAdmin.logo.hint')}</p>
      {present ? (
        <img
          key={version}
          src={`${letterLogoUrl(villageCode)}?v=${version}`}
          alt={t('lettersAdmin.logo.heading')}
          height={64}
          onError={() => setPresent(false)}
        />
      ) : (
        <p className="muted">{t('lettersAdmin.logo.none')}</p>
      )}
      {message && <p role="status">{message}</p>}
      <div className="action-buttons">
        <label className="button button-secondary">
          {t('lettersAdmin.logo.upload')}
          <input
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              void change(async () => {
                const png = await shrunkPng(file).catch(() => {
                  throw new Error(t('lettersAdmin.logo.notImage'));
                });
                return uploadLetterLogo(villageCode, png);
              }, t('lettersAdmin.logo.saved'));
            }}
          />
        </label>
        {present && (
          <button
            type="button"
            className="button button-danger-outline"
            onClick={() => void change(() => removeLetterLogo(villageCode), '').then(() => setPresent(false))}
          >
            {t('lettersAdmin.logo.remove')}
          </button>
        )}
      </div>
    </section>
  );
}
