// One strategy per payment method: how its details are checked before anything is charged.
import { InvalidInput } from '../domain/errors.ts';

export type PaymentMethod = 'credit_card' | 'debit_card' | 'upi' | 'net_banking' | 'wallet';

export type PaymentRequest =
  | { method: 'credit_card' | 'debit_card'; card: { number: string; expiry: string; cvv: string } }
  | { method: 'upi'; upiId: string }
  | { method: 'net_banking'; bank: string }
  | { method: 'wallet'; walletId: string };

export interface PaymentMethodStrategy<R extends PaymentRequest = PaymentRequest> {
  /** Throws InvalidInput naming the field when the details cannot be charged at all. */
  validate(request: R, now: Date): void;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

export const cardNumber = (request: { card: { number: string } }) => request.card.number.replace(/[\s-]/g, '');

const card: PaymentMethodStrategy<Extract<PaymentRequest, { card: unknown }>> = {
  validate(request, now) {
    const number = cardNumber(request);
    if (!/^\d{12,19}$/.test(number) || !luhnValid(number)) throw new InvalidInput('card.number', 'is not a valid card number');
    const expiry = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(request.card.expiry);
    if (!expiry) throw new InvalidInput('card.expiry', 'must be MM/YY');
    const endOfMonth = new Date(Date.UTC(2000 + Number(expiry[2]), Number(expiry[1]), 1));
    if (endOfMonth <= now) throw new InvalidInput('card.expiry', 'the card has expired');
    if (!/^\d{3,4}$/.test(request.card.cvv)) throw new InvalidInput('card.cvv', 'must be 3 or 4 digits');
  },
};

const upi: PaymentMethodStrategy<Extract<PaymentRequest, { method: 'upi' }>> = {
  validate(request) {
    if (!/^[\w.-]{2,256}@[a-zA-Z][a-zA-Z0-9.-]{1,64}$/.test(request.upiId)) {
      throw new InvalidInput('upiId', 'must look like name@bank');
    }
  },
};

const netBanking: PaymentMethodStrategy<Extract<PaymentRequest, { method: 'net_banking' }>> = {
  validate(request) {
    if (!request.bank.trim()) throw new InvalidInput('bank', 'must name a bank');
  },
};

const wallet: PaymentMethodStrategy<Extract<PaymentRequest, { method: 'wallet' }>> = {
  validate(request) {
    if (!request.walletId.trim()) throw new InvalidInput('walletId', 'must name a wallet');
  },
};

const strategies = {
  credit_card: card,
  debit_card: card,
  upi,
  net_banking: netBanking,
  wallet,
} as const;

export function strategyFor<R extends PaymentRequest>(request: R): PaymentMethodStrategy<R> {
  // The map is keyed by the same discriminant as the request union, so this pairing is exact.
  return strategies[request.method] as unknown as PaymentMethodStrategy<R>;
}
