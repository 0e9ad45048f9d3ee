import { Link } from '../lib/router.tsx';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        Nothing lives here. <Link href="/">See what is showing</Link>.
      </p>
    </section>
  );
}
