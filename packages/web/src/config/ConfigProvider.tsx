import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { fetchConfig } from '../api/endpoints.ts';
import type { AppConfig } from '../api/types.ts';
import { ConfigContext } from './ConfigContext.ts';

/** Loads the public server configuration once; it is needed on the login page already (demo banner). */
export function ConfigProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<AppConfig | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchConfig(controller.signal).then(setConfig, () => {
      // Without config the app still works; only the banner and version line are missing.
    });
    return () => controller.abort();
  }, []);

  return <ConfigContext value={config}>{children}</ConfigContext>;
}
