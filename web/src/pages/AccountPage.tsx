// The signed-in customer's account: who they are, and their phone (verified for sign-in by SMS).
import { PhoneVerification } from '../components/PhoneVerification.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.ts';

export function AccountPage() {
  const { user, known } = useSession();
  if (!known) return <p role="status">Loading…</p>;
  if (!user) {
    return (
      <section class="narrow">
        <h1>Your account</h1>
        <p>
          <Link href="/signin?next=%2Faccount">Sign in</Link> to see your account.
        </p>
      </section>
    );
  }
  return (
    <section class="narrow stack">
      <h1>Your account</h1>
      <p>
        {user.name} · {user.email}
      </p>
      <PhoneVerification user={user} />
    </section>
  );
}
