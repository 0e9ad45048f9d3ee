// The shell: header, navigation, and the page for the current path. Staff pages are loaded
// only when a staff member opens them, so customers never download them.
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { lazyPage } from './lib/lazy-page.tsx';
import { Link, match, useLocation } from './lib/router.tsx';
import { signOut, useSession } from './lib/session.ts';
import { HomePage } from './pages/HomePage.tsx';
import { MoviePage } from './pages/MoviePage.tsx';
import { ShowPage } from './pages/ShowPage.tsx';
import { CheckoutPage } from './pages/CheckoutPage.tsx';
import { BookingPage } from './pages/BookingPage.tsx';
import { MyBookingsPage } from './pages/MyBookingsPage.tsx';
import { SignInPage, SignUpPage } from './pages/AccountPages.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { AccountPage } from './pages/AccountPage.tsx';
import type { User } from './lib/types.ts';

const AdminHomePage = lazyPage(() => import('./admin/AdminHomePage.tsx').then((m) => m.AdminHomePage));
const HallEditorPage = lazyPage(() => import('./admin/HallEditorPage.tsx').then((m) => m.HallEditorPage));
const NewShowPage = lazyPage(() => import('./admin/NewShowPage.tsx').then((m) => m.NewShowPage));
const AdminShowPage = lazyPage(() => import('./admin/AdminShowPage.tsx').then((m) => m.AdminShowPage));
const SeatBlocksPage = lazyPage(() => import('./admin/SeatBlocksPage.tsx').then((m) => m.SeatBlocksPage));
const DashboardPage = lazyPage(() => import('./admin/DashboardPage.tsx').then((m) => m.DashboardPage));
const MoneyPage = lazyPage(() => import('./admin/MoneyPage.tsx').then((m) => m.MoneyPage));
const CheckInPage = lazyPage(() => import('./admin/CheckInPage.tsx').then((m) => m.CheckInPage));
const CounterPage = lazyPage(() => import('./admin/CounterPage.tsx').then((m) => m.CounterPage));
const CounterSalePage = lazyPage(() => import('./admin/CounterSalePage.tsx').then((m) => m.CounterSalePage));
const AuditPage = lazyPage(() => import('./admin/AuditPage.tsx').then((m) => m.AuditPage));
const ItemsPage = lazyPage(() => import('./admin/ItemsPage.tsx').then((m) => m.ItemsPage));
const StaffPage = lazyPage(() => import('./admin/StaffPage.tsx').then((m) => m.StaffPage));

type Params = Record<string, string>;

/** An admin, or anyone with a role at a cinema: the staff pages are theirs (the server decides what each may do). */
const isStaff = (user: User | null) => user !== null && (user.role === 'admin' || user.cinemaRoles.length > 0);

/** Path pattern, the page for its parameters, and what the page is called. */
const routes: [string, (params: Params) => JSX.Element, { title: string; staff?: boolean }][] = [
  ['/', () => <HomePage />, { title: 'Movies' }],
  ['/movies/:id', (p) => <MoviePage movieId={p.id ?? ''} />, { title: 'Shows' }],
  ['/shows/:id', (p) => <ShowPage showId={p.id ?? ''} />, { title: 'Choose seats' }],
  ['/bookings', () => <MyBookingsPage />, { title: 'My bookings' }],
  ['/bookings/:id/checkout', (p) => <CheckoutPage bookingId={p.id ?? ''} />, { title: 'Checkout' }],
  ['/bookings/:id', (p) => <BookingPage bookingId={p.id ?? ''} />, { title: 'Your ticket' }],
  ['/signin', () => <SignInPage />, { title: 'Sign in' }],
  ['/signup', () => <SignUpPage />, { title: 'Sign up' }],
  ['/account', () => <AccountPage />, { title: 'Your account' }],
  ['/admin', () => <AdminHomePage />, { title: 'Staff', staff: true }],
  ['/admin/halls/new', () => <HallEditorPage />, { title: 'New hall', staff: true }],
  ['/admin/shows/new', () => <NewShowPage />, { title: 'New show', staff: true }],
  ['/admin/shows/:id', (p) => <AdminShowPage showId={p.id ?? ''} />, { title: 'Show', staff: true }],
  ['/admin/shows/:id/blocks', (p) => <SeatBlocksPage showId={p.id ?? ''} />, { title: 'Hold seats back', staff: true }],
  ['/admin/dashboard', () => <DashboardPage />, { title: 'Dashboard', staff: true }],
  ['/admin/checkin', () => <CheckInPage />, { title: 'Door check-in', staff: true }],
  ['/admin/money', () => <MoneyPage />, { title: 'Money', staff: true }],
  ['/admin/counter', () => <CounterPage />, { title: 'Box office', staff: true }],
  ['/admin/counter/sales/:id', (p) => <CounterSalePage saleId={p.id ?? ''} />, { title: 'Ticket', staff: true }],
  ['/admin/audit', () => <AuditPage />, { title: 'Audit log', staff: true }],
  ['/admin/items', () => <ItemsPage />, { title: 'Food and drink', staff: true }],
  ['/admin/staff', () => <StaffPage />, { title: 'Staff roles', staff: true }],
];

export function App() {
  const { path } = useLocation();
  const session = useSession();
  const found = routes.map(([pattern, render, meta]) => ({ params: match(pattern, path), render, meta })).find((r) => r.params);

  useEffect(() => {
    document.title = found ? `${found.meta.title} · Houseful` : 'Not found · Houseful';
  }, [found?.meta.title]);

  let content;
  if (!found) content = <NotFoundPage />;
  else if (found.meta.staff && session.known && !isStaff(session.user))
    content = (
      <section>
        <h1>Staff only</h1>
        <p>
          This page is for cinema staff. <Link href={`/signin?next=${encodeURIComponent(path)}`}>Sign in with a staff account</Link>.
        </p>
      </section>
    );
  else if (found.meta.staff && !session.known) content = <p role="status">Loading…</p>;
  else content = found.render(found.params ?? {});

  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="site-header">
        <Link href="/" class="brand">
          Houseful
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/">Movies</Link>
            </li>
            {session.user && (
              <li>
                <Link href="/bookings">My bookings</Link>
              </li>
            )}
            {session.user && (
              <li>
                <Link href="/account">Account</Link>
              </li>
            )}
            {isStaff(session.user) && (
              <li>
                <Link href="/admin">Staff</Link>
              </li>
            )}
            {session.user ? (
              <li>
                <button type="button" class="link-button" onClick={() => void signOut()}>
                  Sign out <span class="visually-hidden">{session.user.name}</span>
                </button>
              </li>
            ) : (
              <>
                <li>
                  <Link href="/signin">Sign in</Link>
                </li>
                <li>
                  <Link href="/signup">Sign up</Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {content}
      </main>
      <footer class="site-footer">
        <p>
          Houseful · open-source movie tickets · <a href="/docs">API</a>
        </p>
      </footer>
    </>
  );
}
