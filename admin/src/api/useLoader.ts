/**
 * Loads data for a page and keeps its state: `data` once loaded, `error` when the request failed,
 * `reload()` after a change. A new `key` loads again; answers to older keys are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  isLoading: boolean;
  reload: () => void;
}

export function useLoader<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown; isLoading: boolean }>({ isLoading: true });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, isLoading: true }));
    latest
      .current()
      .then((data) => current && setState({ data, isLoading: false }))
      .catch((error) => current && setState({ error, isLoading: false }));
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
}
