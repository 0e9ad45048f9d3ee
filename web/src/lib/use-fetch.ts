// Loads JSON for a page and re-loads when its key changes; `reload` fetches again on demand.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { messageOf } from './api.ts';

export interface Loaded<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

export function useFetch<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [loading, setLoading] = useState(load !== null);
  const run = useCallback(async () => {
    if (!load) return;
    setLoading(true);
    try {
      setData(await load());
      setError(undefined);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setLoading(false);
    }
    // The key names everything the loader depends on, so the loader itself is not a dependency.
  }, [key]);
  useEffect(() => void run(), [run]);
  return { data, error, loading, reload: run };
}
