import type { Api } from './api.ts';

const CARD = { method: 'credit_card', card: { number: '4242424242424242', expiry: '12/30', cvv: '123' } };

/** Holds the seats and pays with the test card that succeeds; returns the confirmed booking. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies are asserted field by field (see api.ts)
export async function bookAndPay(api: Api, token: string, showId: string, seatIds: string[]): Promise<any> {
  const hold = await api.post('/api/bookings', { showId, seatIds }, token);
  if (hold.status !== 201) throw new Error(`hold failed: ${hold.status} ${JSON.stringify(hold.body)}`);
  const paid = await api.post(`/api/bookings/${hold.body.id}/payment`, CARD, token, { 'Idempotency-Key': `pay-${hold.body.id}` });
  if (paid.status !== 200) throw new Error(`payment failed: ${paid.status} ${JSON.stringify(paid.body)}`);
  return paid.body;
}
