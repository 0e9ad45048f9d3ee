// The ways money is taken at a cinema's counter (the online methods are gateways/methods.ts).

/** How the cashier took a counter sale's money. */
export type CounterMethod = 'cash' | 'card-terminal' | 'upi-qr';
