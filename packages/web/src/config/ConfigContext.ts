import { createContext, useContext } from 'react';
import type { AppConfig } from '../api/types.ts';

/** null while loading or when the server could not be reached. */
export const ConfigContext = createContext<AppConfig | null>(null);

export function useAppConfig(): AppConfig | null {
  return useContext(ConfigContext);
}
