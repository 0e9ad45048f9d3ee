// Razorpay's checkout: its script loaded once from the URL the server names, opened for the
// booking's order. It hands back the signed answer of a payment, a failure, or the customer
// closing it; the server verifies the answer and settles the booking.
import type { CheckoutAnswer, HostedCheckout } from './types.ts';

interface RazorpayCheckout {
  open(): void;
  on(event: 'payment.failed', handler: (response: { error?: { description?: string } }) => void): void;
}

type RazorpayConstructor = new (options: Record<string, unknown>) => RazorpayCheckout;

declare global {
  interface Window {
    Razorpay?: RazorpayConstructor;
  }
}

const scripts = new Map<string, Promise<RazorpayConstructor>>();

function loadCheckout(url: string): Promise<RazorpayConstructor> {
  let loaded = scripts.get(url);
  if (!loaded) {
    loaded = new Promise<RazorpayConstructor>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = url;
      script.async = true;
      script.onload = () => (window.Razorpay ? resolve(window.Razorpay) : reject(new Error('the payment page did not load')));
      script.onerror = () => {
        scripts.delete(url); // a later try loads it again
        reject(new Error('the payment page could not be loaded; check the connection and try again'));
      };
      document.head.append(script);
    });
    scripts.set(url, loaded);
  }
  return loaded;
}

export type CheckoutResult = { kind: 'paid'; answer: CheckoutAnswer } | { kind: 'failed'; reason: string } | { kind: 'closed' };

export async function payOnRazorpay(checkout: HostedCheckout): Promise<CheckoutResult> {
  const Razorpay = await loadCheckout(checkout.scriptUrl);
  const secondsLeft = Math.floor((Date.parse(checkout.expiresAt) - Date.now()) / 1000);
  return new Promise<CheckoutResult>((resolve) => {
    const razorpay = new Razorpay({
      key: checkout.keyId,
      order_id: checkout.orderId,
      amount: checkout.amount.amount,
      currency: checkout.amount.currency,
      name: 'Houseful',
      description: checkout.description,
      prefill: checkout.prefill,
      // One try per checkout, as with any payment here: a decline releases the seats.
      retry: { enabled: false },
      // Closed when the hold lapses (the gateway allows no less than a minute).
      timeout: Math.max(60, secondsLeft),
      handler: (answer: CheckoutAnswer) => resolve({ kind: 'paid', answer }),
      modal: { ondismiss: () => resolve({ kind: 'closed' }) },
    });
    razorpay.on('payment.failed', (response) => resolve({ kind: 'failed', reason: response.error?.description ?? 'declined' }));
    razorpay.open();
  });
}
