// Paying for a hold: the countdown, the contract's payment methods, and plain words for a
// decline, a lapsed hold, or seats taken meanwhile.
import { useEffect, useState } from 'preact/hooks';
import { ErrorNotice } from '../components/Notice.tsx';
import { ApiError, get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import type { Booking, SeatMapData } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

type Method = 'card' | 'upi' | 'net_banking' | 'wallet';

const METHODS: { id: Method; name: string }[] = [
  { id: 'card', name: 'Card' },
  { id: 'upi', name: 'UPI' },
  { id: 'net_banking', name: 'Net banking' },
  { id: 'wallet', name: 'Wallet' },
];

const BANKS = ['HDFC Bank', 'ICICI Bank', 'State Bank of India', 'Axis Bank', 'Kotak Mahindra Bank'];
const WALLETS = ['Paytm', 'PhonePe', 'Amazon Pay', 'Mobikwik'];

interface Failure {
  title: string;
  detail: string;
}

const HOLD_LAPSED: Failure = {
  title: 'Your hold lapsed',
  detail: 'The time to pay ran out, so the seats went back on sale. Nothing was charged.',
};
const TAKEN_MEANWHILE: Failure = {
  title: 'Seats taken meanwhile',
  detail: 'Someone else took these seats before the payment went through. Nothing was charged.',
};

/**
 * After a hold-expired answer: were the seats taken by someone else (they read held or booked
 * now that this booking no longer holds them), or did the hold just lapse (they read available)?
 */
async function seatsTakenSince(booking: Booking | undefined): Promise<boolean> {
  if (!booking) return false;
  try {
    const map = await get<SeatMapData>(`/api/shows/${encodeURIComponent(booking.showId)}/seats`);
    const mine = new Set(booking.seats.map((s) => s.id));
    return map.seats.some((seat) => mine.has(seat.id) && seat.status !== 'available');
  } catch {
    return false;
  }
}

function useSecondsLeft(expiresAt: string | undefined): number | undefined {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return expiresAt === undefined ? undefined : Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

export function CheckoutPage({ bookingId }: { bookingId: string }) {
  const booking = useFetch(() => get<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}`), bookingId);
  const secondsLeft = useSecondsLeft(booking.data?.expiresAt);
  const [method, setMethod] = useState<Method>('card');
  const [cardKind, setCardKind] = useState<'credit_card' | 'debit_card'>('credit_card');
  const [card, setCard] = useState({ number: '', expiry: '', cvv: '' });
  const [upiId, setUpiId] = useState('');
  const [bank, setBank] = useState(BANKS[0]!);
  const [walletId, setWalletId] = useState(WALLETS[0]!);
  const [paying, setPaying] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);

  useEffect(() => {
    if (booking.data && booking.data.status !== 'pending' && !failure) navigate(`/bookings/${bookingId}`, { replace: true });
  }, [booking.data, bookingId, failure]);

  const b = booking.data;
  const lapsed = secondsLeft === 0;

  const body = () => {
    switch (method) {
      case 'card':
        return { method: cardKind, card: { number: card.number.replace(/\s/g, ''), expiry: card.expiry, cvv: card.cvv } };
      case 'upi':
        return { method: 'upi', upiId };
      case 'net_banking':
        return { method: 'net_banking', bank };
      case 'wallet':
        return { method: 'wallet', walletId };
    }
  };

  const pay = async (event: Event) => {
    event.preventDefault();
    setPaying(true);
    setFailure(undefined);
    try {
      await post<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}/payment`, body(), { 'Idempotency-Key': crypto.randomUUID() });
      navigate(`/bookings/${bookingId}`);
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'payment-declined')
        setFailure({
          title: 'Payment declined',
          detail: 'Your payment was declined and nothing was charged. Your seats have been released.',
        });
      else if (e instanceof ApiError && e.kind === 'hold-expired') {
        setFailure((await seatsTakenSince(b)) ? TAKEN_MEANWHILE : HOLD_LAPSED);
      } else setFailure({ title: 'Payment failed', detail: messageOf(e) });
      setPaying(false);
    }
  };

  if (booking.error) return <ErrorNotice>{booking.error}</ErrorNotice>;
  if (!b) return <p role="status">Loading…</p>;

  const minutes = Math.floor((secondsLeft ?? 0) / 60);
  const seconds = String((secondsLeft ?? 0) % 60).padStart(2, '0');

  return (
    <section class="checkout">
      <h1>Checkout</h1>
      <div class="card summary">
        <h2>{b.show.movie.title}</h2>
        <p class="muted">
          {b.show.cinema.name} · {b.show.hall.name} · {formatDateTime(b.show.startsAt)}
        </p>
        <p>
          Seats: <strong>{b.seats.map((s) => s.label).join(', ')}</strong>
        </p>
        <p>
          Total: <strong data-testid="checkout-total">{formatMoney(b.total)}</strong>
        </p>
        {!failure && (
          <p class={`countdown ${lapsed ? 'lapsed' : ''}`} role="timer" aria-live="off">
            {lapsed ? 'Your hold has lapsed.' : `Seats held for ${minutes}:${seconds}`}
          </p>
        )}
      </div>
      {failure && (
        <ErrorNotice>
          <h2>{failure.title}</h2>
          <p>{failure.detail}</p>
          <p>
            <Link href={`/shows/${b.showId}`}>Choose seats again</Link>
          </p>
        </ErrorNotice>
      )}
      {!failure && lapsed && (
        <ErrorNotice>
          <h2>Your hold lapsed</h2>
          <p>The time to pay ran out, so the seats went back on sale.</p>
          <p>
            <Link href={`/shows/${b.showId}`}>Choose seats again</Link>
          </p>
        </ErrorNotice>
      )}
      {!failure && !lapsed && (
        <form class="card payment-form" onSubmit={(e) => void pay(e)}>
          <fieldset class="method-tabs">
            <legend>Payment method</legend>
            {METHODS.map((m) => (
              <label key={m.id} class="method-option">
                <input type="radio" name="method" value={m.id} checked={method === m.id} onChange={() => setMethod(m.id)} />
                {m.name}
              </label>
            ))}
          </fieldset>
          {method === 'card' && (
            <div class="method-fields">
              <label class="field">
                <span>Card type</span>
                <select value={cardKind} onChange={(e) => setCardKind(e.currentTarget.value as typeof cardKind)}>
                  <option value="credit_card">Credit card</option>
                  <option value="debit_card">Debit card</option>
                </select>
              </label>
              <label class="field">
                <span>Card number</span>
                <input
                  inputMode="numeric"
                  autoComplete="cc-number"
                  required
                  value={card.number}
                  onInput={(e) => setCard({ ...card, number: e.currentTarget.value })}
                />
              </label>
              <div class="field-pair">
                <label class="field">
                  <span>Expiry (MM/YY)</span>
                  <input
                    autoComplete="cc-exp"
                    required
                    pattern="\d{2}/\d{2}"
                    placeholder="MM/YY"
                    value={card.expiry}
                    onInput={(e) => setCard({ ...card, expiry: e.currentTarget.value })}
                  />
                </label>
                <label class="field">
                  <span>CVV</span>
                  <input
                    inputMode="numeric"
                    autoComplete="cc-csc"
                    required
                    pattern="\d{3,4}"
                    value={card.cvv}
                    onInput={(e) => setCard({ ...card, cvv: e.currentTarget.value })}
                  />
                </label>
              </div>
            </div>
          )}
          {method === 'upi' && (
            <label class="field">
              <span>UPI ID</span>
              <input required placeholder="name@bank" value={upiId} onInput={(e) => setUpiId(e.currentTarget.value)} />
            </label>
          )}
          {method === 'net_banking' && (
            <label class="field">
              <span>Bank</span>
              <select value={bank} onChange={(e) => setBank(e.currentTarget.value)}>
                {BANKS.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          )}
          {method === 'wallet' && (
            <label class="field">
              <span>Wallet</span>
              <select value={walletId} onChange={(e) => setWalletId(e.currentTarget.value)}>
                {WALLETS.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" class="primary" disabled={paying}>
            {paying ? 'Paying…' : `Pay ${formatMoney(b.total)}`}
          </button>
        </form>
      )}
    </section>
  );
}
