import { useCallback, useEffect, useRef, useState } from 'react';

/** Why the device gave no location; keys under `population.householdLocation.errors`. */
export type LocationProblem = 'unsupported' | 'insecure' | 'denied' | 'unavailable' | 'timeout';

/**
 * Browsers give a location only to pages opened over https (or on localhost); elsewhere Chromium answers
 * "permission denied", which would send the operator to the wrong setting, so that case is told apart.
 */
export function locationProblem(code: number, secureContext: boolean): LocationProblem {
  if (!secureContext) return 'insecure';
  if (code === 1) return 'denied';
  if (code === 3) return 'timeout';
  return 'unavailable';
}

export type DeviceLocation =
  | { state: 'idle' }
  | { state: 'busy' }
  | { state: 'done'; accuracyMetres: number }
  | { state: 'error'; problem: LocationProblem };

/** Asks the device once per call for where it is (GPS on a phone), reporting progress and failures. */
export function useDeviceLocation(onFound: (latitude: number, longitude: number) => void) {
  const [status, setStatus] = useState<DeviceLocation>({ state: 'idle' });
  const found = useRef(onFound);
  found.current = onFound;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setStatus({ state: 'error', problem: 'unsupported' });
      return;
    }
    if (!window.isSecureContext) {
      setStatus({ state: 'error', problem: 'insecure' });
      return;
    }
    setStatus({ state: 'busy' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        if (!mounted.current) return;
        setStatus({ state: 'done', accuracyMetres: Math.round(position.coords.accuracy) });
        found.current(position.coords.latitude, position.coords.longitude);
      },
      (error) => {
        if (mounted.current)
          setStatus({ state: 'error', problem: locationProblem(error.code, window.isSecureContext) });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 30_000 },
    );
  }, []);

  return { status, locate, reset: () => setStatus({ state: 'idle' }) };
}
