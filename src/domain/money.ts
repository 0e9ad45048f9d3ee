// Money is integer minor units (paise) everywhere; this is its one wire shape.
export interface Money {
  amount: number;
  currency: 'INR';
}

export function inr(amount: number): Money {
  return { amount, currency: 'INR' };
}

export function formatInr(amount: number): string {
  return `₹${(amount / 100).toLocaleString('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
