// A page whose code is fetched the first time it is shown (staff pages, charts), so the
// first page a customer opens stays small. Lighter than pulling in preact/compat for lazy().
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      load().then(
        (component) => {
          loaded = component;
          setPage(() => component);
        },
        () => setFailed(true),
      );
    }, [Page]);
    if (failed) return <p role="alert">This page could not be loaded. Check your connection and reload.</p>;
    return Page ? <Page {...props} /> : <p role="status">Loading…</p>;
  };
}
