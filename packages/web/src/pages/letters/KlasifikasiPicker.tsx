import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../ui/FormField.tsx';
import '../../i18n/lazy/lettersAdmin.ts';

type Codes = [string, string][];

/** The 2,330 classification codes, loaded with this page only (about 100 KB), searched by code or name. */
function useKlasifikasi(): Codes | null {
  const [codes, setCodes] = useState<Codes | null>(null);
  useEffect(() => {
    let live = true;
    void import('@smart-kampung/domain/letters/klasifikasi-surat.json').then((module) => {
      if (live) setCodes(module.default as Codes);
    });
    return () => {
      live = false;
    };
  }, []);
  return codes;
}

export function KlasifikasiPicker({
  value,
  catalogueCode,
  error,
  onChange,
}: {
  value: string | null;
  catalogueCode: string;
  error: string | undefined;
  onChange: (code: string | null) => void;
}) {
  const { t } = useTranslation();
  const codes = useKlasifikasi();
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const matches =
    codes && words.length >= 2
      ? codes
          .filter(([code, name]) => code.startsWith(words) || name.toLowerCase().includes(words))
          .slice(0, 12)
      : [];
  return (
    <FormField
      label={t('lettersAdmin.settings.klasifikasi')}
      name="klasifikasi"
      error={error}
      hint={t('lettersAdmin.settings.klasifikasiDefault', { code: value ?? catalogueCode })}
    >
      {(control) => (
        <div className="klasifikasi-picker">
          <input
            {...control}
            type="search"
            value={query}
            placeholder={t('lettersAdmin.settings.klasifikasiSearch', { count: codes?.length ?? 2330 })}
            onChange={(e) => setQuery(e.target.value)}
          />
          {matches.length > 0 && (
            <ul className="party-results" data-testid="klasifikasi-results">
              {matches.map(([code, name]) => (
                <li key={code}>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      onChange(code);
                      setQuery('');
                    }}
                  >
                    {code}
                  </button>{' '}
                  {name}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </FormField>
  );
}
