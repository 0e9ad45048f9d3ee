// Paying for a hold: the countdown, the contract's payment methods, and plain words for a
// decline, a lapsed hold, or seats taken meanwhile.
//
// One payment attempt (this booking, these payment details) has one Idempotency-Key, sent again
// on every retry of it, so a retry after a lost answer can never charge twice. A new key is made
// only when the details change or after the server gave a definitive answer. When the bank is
// slow (503 payment-pending) the page waits on the booking until it is confirmed or released.
// With a real gateway (razorpay) the customer pays on its checkout instead, and its signed answer
// is sent here; a payment that completes later (UPI collect) is waited for on the booking too.
import { BillLines } from '../components/BillLines.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { ApiError, get, messageOf, post } from '../lib/api.ts';
import { formatDateTime, formatMoney } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import { payOnRazorpay } from '../lib/razorpay.ts';
import type { Booking, HostedCheckout, PaymentGateway, PaymentRequest, SeatMapData } from '../lib/types.ts';
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
  /** The form stays so the customer can pay again: the same key if nothing changed. */
  canRetry?: boolean;
  /** The booking itself, not new seats, is where to look next. */
  seeBooking?: boolean;
}

const HOLD_LAPSED: Failure = {
  title: 'Your hold lapsed',
  detail: 'The time to pay ran out, so the seats went back on sale. Nothing was charged.',
};
const TAKEN_MEANWHILE: Failure = {
  title: 'Seats taken meanwhile',
  detail: 'Someone else took these seats before the payment went through. Nothing was charged.',
};
const DECLINED: Failure = {
  title: 'Payment declined',
  detail: 'Your payment was declined and nothing was charged. Your seats have been released.',
};

/** Waits before the second and third try when the answer was lost on the way (network, 5xx, 429). */
const RETRY_DELAYS_MS = [500, 1_500];
/** Waits between looks at the booking while the bank is slow: about a minute and a half in all. */
const PENDING_CHECK_DELAYS_MS = [1_000, 2_000, 3_000, 5_000, 8_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000, 10_000];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** No answer about this payment came back: the same request, with the same key, may be sent again. */
function answerLost(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true; // the network failed; the server may or may not have seen it
  if (error.kind === 'payment-pending') return false;
  return error.status >= 500 || error.status === 429 || error.kind === 'idempotency-key-in-use';
}

/** Sends a request that may safely be sent again, retrying a lost answer a few times. */
async function withRetries<T>(send: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !answerLost(error)) throw error;
      await sleep(delay);
    }
  }
}

/** POSTs the payment, retrying a lost answer with the same key. */
function sendPayment(bookingId: string, request: PaymentRequest, key: string): Promise<Booking> {
  return withRetries(() => post<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}/payment`, request, { 'Idempotency-Key': key }));
}

/**
 * Pays on the gateway's own checkout: its order for this booking (the same on every call), the
 * checkout, then its signed answer to the server (safe to send again). 'closed' when the customer
 * closed the checkout without paying; 'failed' when the gateway declined (the server hears it too).
 */
async function payOnGateway(bookingId: string): Promise<'paid' | 'closed' | 'failed'> {
  const path = `/api/bookings/${encodeURIComponent(bookingId)}/checkout`;
  const result = await payOnRazorpay(await withRetries(() => post<HostedCheckout>(path)));
  if (result.kind !== 'paid') return result.kind;
  await withRetries(() => post<Booking>(`${path}/complete`, result.answer));
  return 'paid';
}

/** The booking once its payment is settled either way, or undefined if it is still pending after the last look. */
async function settledBooking(bookingId: string, stillWanted: () => boolean): Promise<Booking | undefined> {
  for (const delay of PENDING_CHECK_DELAYS_MS) {
    await sleep(delay);
    if (!stillWanted()) return undefined;
    try {
      const booking = await get<Booking>(`/api/bookings/${encodeURIComponent(bookingId)}`);
      if (booking.status !== 'pending') return booking;
    } catch {
      // A failed look is no answer; look again.
    }
  }
  return undefined;
}

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
  const gateway = useFetch(() => get<PaymentGateway>('/api/payments/gateway'), 'payment-gateway');
  const secondsLeft = useSecondsLeft(booking.data?.expiresAt);
  const [method, setMethod] = useState<Method>('card');
  const [cardKind, setCardKind] = useState<'credit_card' | 'debit_card'>('credit_card');
  const [card, setCard] = useState({ number: '', expiry: '', cvv: '' });
  const [upiId, setUpiId] = useState('');
  const [bank, setBank] = useState(BANKS[0]!);
  const [walletId, setWalletId] = useState(WALLETS[0]!);
  const [paying, setPaying] = useState(false);
  const [waitingForBank, setWaitingForBank] = useState(false);
  const [failure, setFailure] = useState<Failure | undefined>(undefined);
  /** The current payment attempt: its details and the Idempotency-Key its retries reuse. */
  const attempt = useRef<{ details: string; key: string } | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  useEffect(() => {
    if (booking.data && booking.data.status !== 'pending' && !failure) navigate(`/bookings/${bookingId}`, { replace: true });
  }, [booking.data, bookingId, failure]);

  const b = booking.data;
  // With a real gateway the customer pays on its page; the form here only asks for the built-in test gateway's details.
  const onGateway = gateway.data?.gateway === 'razorpay';
  // A payment in flight settles the booking itself, whatever the countdown says meanwhile.
  const lapsed = secondsLeft === 0 && !paying;
  const showForm = (!failure || failure.canRetry) && !lapsed;

  const body = (): PaymentRequest => {
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

  /** The key for these details: the current attempt's when nothing changed, else a new attempt's. */
  const keyFor = (request: PaymentRequest): string => {
    const details = JSON.stringify([bookingId, request]);
    if (attempt.current?.details !== details) attempt.current = { details, key: crypto.randomUUID() };
    return attempt.current.key;
  };

  /** After an answer that settles nothing (slow bank, or an earlier attempt still running): wait on the booking. */
  const awaitOutcome = async () => {
    setWaitingForBank(true);
    const settled = await settledBooking(bookingId, () => mounted.current);
    if (!mounted.current) return;
    setWaitingForBank(false);
    attempt.current = undefined;
    if (!settled)
      setFailure({
        title: 'Still waiting for the bank',
        detail:
          'The bank has not answered yet. Your booking will be confirmed, or any charge refunded, automatically: check the booking in a few minutes. Do not pay again.',
        seeBooking: true,
      });
    else if (settled.status === 'confirmed' || settled.status === 'cancelled') navigate(`/bookings/${bookingId}`);
    else if (settled.refund)
      setFailure({
        title: 'Payment refunded',
        detail: 'The hold lapsed before the bank answered, so the seats went back on sale and the charge is refunded in full.',
      });
    else
      setFailure({
        title: 'Payment not completed',
        detail:
          'The payment did not go through and your seats have been released. Should the bank still take the money, it is refunded in full automatically.',
      });
  };

  /** Pays one way or the other and answers the outcome: the ticket, a wait on the booking, or what went wrong. */
  const settle = async (send: () => Promise<'paid' | 'closed' | 'failed'>) => {
    setPaying(true);
    setFailure(undefined);
    try {
      const sent = await send();
      if (sent === 'paid') {
        attempt.current = undefined;
        navigate(`/bookings/${bookingId}`);
        return;
      }
      // Declined on the checkout: the gateway tells the server, which releases the seats.
      if (sent === 'failed') await awaitOutcome();
    } catch (e) {
      if (e instanceof ApiError && (e.kind === 'payment-pending' || e.kind === 'invalid-transition')) {
        // Pending: the charge runs on and settles the booking. Invalid transition: an earlier
        // attempt (a lost answer, another tab) is paying or has paid it. Either way the booking tells.
        await awaitOutcome();
      } else if (answerLost(e)) {
        // Still no answer after the retries: paying again resends this attempt with its key.
        setFailure({
          title: 'No answer yet',
          detail: `The payment could not be confirmed (${messageOf(e)}). Press Pay again to retry it: the same payment is retried, so you are never charged twice.`,
          canRetry: true,
        });
      } else {
        attempt.current = undefined; // a definitive answer: another try is another attempt
        if (e instanceof ApiError && e.kind === 'payment-declined') setFailure(DECLINED);
        else if (e instanceof ApiError && e.kind === 'hold-expired') setFailure((await seatsTakenSince(b)) ? TAKEN_MEANWHILE : HOLD_LAPSED);
        else setFailure({ title: 'Payment failed', detail: messageOf(e), canRetry: true });
      }
    }
    if (mounted.current) setPaying(false);
  };

  const pay = (event: Event) => {
    event.preventDefault();
    if (onGateway) return void settle(() => payOnGateway(bookingId));
    const request = body();
    const key = keyFor(request);
    void settle(async () => {
      await sendPayment(bookingId, request, key);
      return 'paid';
    });
  };

  if (booking.error) return <ErrorNotice>{booking.error}</ErrorNotice>;
  if (gateway.error) return <ErrorNotice>{gateway.error}</ErrorNotice>;
  if (!b || !gateway.data) return <p role="status">Loading…</p>;

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
        {b.seats
          .filter((s) => s.note)
          .map((s) => (
            <p key={s.id} class="seat-note">
              {s.label}: {s.note}
            </p>
          ))}
        <BillLines booking={b} caption="What you pay" />
        <p>
          Total: <strong data-testid="checkout-total">{formatMoney(b.total)}</strong>
        </p>
        {showForm && (
          <p class={`countdown ${lapsed ? 'lapsed' : ''}`} role="timer" aria-live="off">
            {lapsed ? 'Your hold has lapsed.' : `Seats held for ${minutes}:${seconds}`}
          </p>
        )}
      </div>
      {waitingForBank && (
        <InfoNotice>
          The bank is taking longer than usual. Waiting for its answer: your booking is confirmed, or any charge refunded, automatically.
        </InfoNotice>
      )}
      {failure && (
        <ErrorNotice>
          <h2>{failure.title}</h2>
          <p>{failure.detail}</p>
          {!failure.canRetry && (
            <p>
              {failure.seeBooking ? (
                <Link href={`/bookings/${b.id}`}>See the booking</Link>
              ) : (
                <Link href={`/shows/${b.showId}`}>Choose seats again</Link>
              )}
            </p>
          )}
        </ErrorNotice>
      )}
      {(!failure || failure.canRetry) && lapsed && (
        <ErrorNotice>
          <h2>Your hold lapsed</h2>
          <p>The time to pay ran out, so the seats went back on sale.</p>
          <p>
            <Link href={`/shows/${b.showId}`}>Choose seats again</Link>
          </p>
        </ErrorNotice>
      )}
      {showForm && (
        <form class="card payment-form" onSubmit={pay}>
          {onGateway && <p class="muted">You pay on Razorpay's secure page: card, UPI, net banking or wallet.</p>}
          {!onGateway && (
            <fieldset class="method-tabs">
              <legend>Payment method</legend>
              {METHODS.map((m) => (
                <label key={m.id} class="method-option">
                  <input type="radio" name="method" value={m.id} checked={method === m.id} onChange={() => setMethod(m.id)} />
                  {m.name}
                </label>
              ))}
            </fieldset>
          )}
          {!onGateway && method === 'card' && (
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
          {!onGateway && method === 'upi' && (
            <label class="field">
              <span>UPI ID</span>
              <input required placeholder="name@bank" value={upiId} onInput={(e) => setUpiId(e.currentTarget.value)} />
            </label>
          )}
          {!onGateway && method === 'net_banking' && (
            <label class="field">
              <span>Bank</span>
              <select value={bank} onChange={(e) => setBank(e.currentTarget.value)}>
                {BANKS.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
          )}
          {!onGateway && method === 'wallet' && (
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
            {waitingForBank ? 'Waiting for the bank…' : paying ? 'Paying…' : `Pay ${formatMoney(b.total)}`}
          </button>
        </form>
      )}
    </section>
  );
}
