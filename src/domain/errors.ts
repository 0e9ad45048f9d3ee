// Typed errors of Houseful's rules. They know nothing of HTTP; http/problems.ts maps
// each to a status and problem+json in one place.
// Longer than most files, and kept whole on purpose: every stable error name a client can meet is
// here, side by side, so a new one is checked against the rest and the problem table beside it.

export abstract class DomainError extends Error {
  /** Stable problem name: the last segment of the problem+json `type`. */
  abstract readonly problem: string;
  /** False when the outcome is not known yet, so an idempotent replay must not repeat this answer. */
  readonly final: boolean = true;
  /** Extra members for the problem body. */
  extra(): Record<string, unknown> {
    return {};
  }
}

export class NotFound extends DomainError {
  readonly problem = 'not-found';
  constructor(readonly resource: string) {
    super(`${resource} not found`);
  }
}

/** A paid booking's tax invoice (or a refunded one's credit note) is asked for before there is one. */
export class DocumentNotIssued extends DomainError {
  readonly problem = 'document-not-issued';
  constructor(readonly kind: 'invoice' | 'credit-note') {
    super(kind === 'invoice' ? 'a booking has a tax invoice once it is paid' : 'a booking has a credit note once its payment is refunded');
  }
}

/** A promo code that cannot be used for this booking, with why in words a customer understands. */
export class PromoCodeNotApplicable extends DomainError {
  readonly problem = 'promo-code-not-applicable';
  constructor(
    readonly code: string,
    /** `unknown` also for a code that exists but gives no offer on this booking (promos.ts, noOffer). */
    readonly why: 'unknown' | 'used-by-you',
    readonly reason: string,
  ) {
    super(`promo code ${code} cannot be used: ${reason}`);
  }
  override extra() {
    return { code: this.code, why: this.why, reason: this.reason };
  }
}

/** A promo code that already exists. */
export class PromoCodeTaken extends DomainError {
  readonly problem = 'promo-code-taken';
  constructor(readonly code: string) {
    super(`there is already a promo code ${code}`);
  }
}

/** A promo code's limit of uses is lowered below the uses already taken. */
export class PromoCodeUsesTaken extends DomainError {
  readonly problem = 'promo-code-uses-taken';
  constructor(
    readonly code: string,
    readonly uses: number,
  ) {
    super(`promo code ${code} has already been used ${uses} times: maxUses cannot be less than that`);
  }
  override extra() {
    return { code: this.code, uses: this.uses, field: 'maxUses' };
  }
}

export class InvalidInput extends DomainError {
  readonly problem = 'invalid-input';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
  override extra() {
    return { field: this.field, errors: [{ field: this.field, message: this.reason }] };
  }
}

export class Unauthenticated extends DomainError {
  readonly problem = 'unauthenticated';
}

export class Forbidden extends DomainError {
  readonly problem = 'forbidden';
}

export class SeatsUnavailable extends DomainError {
  readonly problem = 'seats-unavailable';
  constructor(readonly unavailableSeatIds: string[]) {
    super(`${unavailableSeatIds.length} of the requested seats are held or booked by someone else`);
  }
  override extra() {
    return { unavailableSeatIds: this.unavailableSeatIds };
  }
}

export class HoldLimitReached extends DomainError {
  readonly problem = 'hold-limit-reached';
  constructor(
    readonly limit: number,
    /** `show`: MAX_SEATS_PER_BOOKING in one show; `account`: MAX_HELD_SEATS_PER_ACCOUNT across all shows. */
    readonly scope: 'show' | 'account' = 'show',
  ) {
    super(
      `a customer may hold at most ${limit} seats ${scope === 'show' ? 'of one show' : 'across all shows'} at a time; pay for or cancel a pending booking first`,
    );
  }
  override extra() {
    return { limit: this.limit };
  }
}

export class HoldExpired extends DomainError {
  readonly problem = 'hold-expired';
  constructor() {
    super('the hold on these seats has lapsed or they were taken since; nothing was charged');
  }
}

export class PaymentDeclined extends DomainError {
  readonly problem = 'payment-declined';
  constructor(readonly reason: string) {
    super(`the payment was declined: ${reason}; the seats were released`);
  }
}

export class ShowNotUpcoming extends DomainError {
  readonly problem = 'show-not-upcoming';
  constructor(readonly status: string) {
    super(`the show is ${status}, not upcoming`);
  }
  override extra() {
    return { showStatus: this.status };
  }
}

export class InvalidTransition extends DomainError {
  readonly problem = 'invalid-transition';
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`a ${from} ${entity} cannot become ${to}`);
  }
  override extra() {
    return { currentStatus: this.from };
  }
}

export class ShowStarted extends DomainError {
  readonly problem = 'show-started';
  constructor() {
    super('the show has already started; confirmed bookings can no longer be cancelled');
  }
}

export class EmailTaken extends DomainError {
  readonly problem = 'email-taken';
  constructor() {
    super('an account with this email already exists');
  }
}

export class ShowOverlap extends DomainError {
  readonly problem = 'show-overlap';
  constructor(readonly conflictingShowId: string) {
    super('the hall already has a show at that time');
  }
  override extra() {
    return { conflictingShowId: this.conflictingShowId };
  }
}

export class IdempotencyKeyReused extends DomainError {
  readonly problem = 'idempotency-key-reused';
  constructor() {
    super('this Idempotency-Key was already used with a different request');
  }
}

export class IdempotencyKeyInUse extends DomainError {
  readonly problem = 'idempotency-key-in-use';
  constructor() {
    super('a request with this Idempotency-Key is still being processed; retry shortly');
  }
}

export class PaymentPending extends DomainError {
  readonly problem = 'payment-pending';
  override readonly final = false;
  constructor() {
    super(
      'the bank is taking longer than usual; the booking is confirmed, or the charge refunded, automatically: check the booking shortly',
    );
  }
  // A 503 says when to look again: the booking (or this same request, replayed by its key) has the outcome by then or soon after.
  override extra() {
    return { retryAfterSeconds: 2 };
  }
}

export class TicketInvalid extends DomainError {
  readonly problem = 'ticket-invalid';
  constructor() {
    super('this is not a ticket Houseful issued: the token is malformed or its signature does not match');
  }
  override extra() {
    return { field: 'token' };
  }
}

export class TicketNotValid extends DomainError {
  readonly problem = 'ticket-not-valid';
  constructor(readonly bookingStatus: string) {
    super(`the ticket's booking is ${bookingStatus}, not confirmed: refuse entry`);
  }
  override extra() {
    return { field: 'token', bookingStatus: this.bookingStatus };
  }
}

export class TicketAlreadyUsed extends DomainError {
  readonly problem = 'ticket-already-used';
  constructor(readonly checkedInAt: string) {
    super(`this ticket was already checked in at ${checkedInAt}`);
  }
  override extra() {
    return { field: 'token', checkedInAt: this.checkedInAt };
  }
}

export class TooManyAttempts extends DomainError {
  readonly problem = 'too-many-attempts';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many wrong passwords for this account; try again in ${retryAfterSeconds} s`);
  }
  override extra() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** Too many promo codes refused lately for this account or client address: holds with a code wait. */
export class TooManyPromoCodeAttempts extends DomainError {
  readonly problem = 'too-many-promo-code-attempts';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many promo codes were refused lately; try a code again in ${retryAfterSeconds} s, or hold without one`);
  }
  override extra() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

export class NewAccountHoldLimit extends DomainError {
  readonly problem = 'new-account-hold-limit';
  constructor(
    readonly limit: number,
    readonly minutes: number,
  ) {
    super(`an account made less than ${minutes} minutes ago may hold at most ${limit} seats at a time, across all shows`);
  }
  override extra() {
    return { limit: this.limit };
  }
}

export class TicketCheckedIn extends DomainError {
  readonly problem = 'ticket-checked-in';
  constructor(readonly checkedInAt: string) {
    super(
      `the ticket was checked in at ${checkedInAt}: its seats were used, so the booking cannot be cancelled or refunded here; ask the cinema`,
    );
  }
  override extra() {
    return { checkedInAt: this.checkedInAt };
  }
}

export class ShowStartedBeforePayment extends DomainError {
  readonly problem = 'show-started-before-payment';
  constructor() {
    super('the show started before this booking was paid for: nothing was charged and the seats were let go');
  }
}

export class CheckInNotOpen extends DomainError {
  readonly problem = 'check-in-not-open';
  constructor(readonly opensAt: string) {
    super(`check-in for this show opens at ${opensAt}: come back then`);
  }
  override extra() {
    return { field: 'token', opensAt: this.opensAt };
  }
}

export class CheckInClosed extends DomainError {
  readonly problem = 'check-in-closed';
  constructor(readonly endedAt: string) {
    super(`the show ended at ${endedAt}: its tickets can no longer be checked in`);
  }
  override extra() {
    return { field: 'token', endedAt: this.endedAt };
  }
}

/** A counter sale, or a shift's close, needs the cashier's open shift at that cinema. */
export class NoOpenShift extends DomainError {
  readonly problem = 'no-open-shift';
  constructor(readonly cinemaId: string) {
    super('open a shift at this cinema first: every counter sale goes into an open shift');
  }
  override extra() {
    return { cinemaId: this.cinemaId };
  }
}

/** A cashier has one open shift at a time. */
export class ShiftAlreadyOpen extends DomainError {
  readonly problem = 'shift-already-open';
  constructor(readonly shiftId: string) {
    super('this account already has an open shift: close it before opening another');
  }
  override extra() {
    return { shiftId: this.shiftId };
  }
}

/** The payment gateway did not answer in time, or answered with an error of its own: try again shortly. */
export class GatewayUnavailable extends DomainError {
  readonly problem = 'gateway-unavailable';
  override readonly final = false;
  constructor(readonly why: string) {
    super(`the payment gateway is not answering (${why}); nothing changed here: try again shortly`);
  }
  override extra() {
    return { retryAfterSeconds: 5 };
  }
}

/** With a hosted-checkout gateway, card and bank details go to the gateway's own page, never here. */
export class CheckoutRequired extends DomainError {
  readonly problem = 'checkout-required';
  constructor(readonly bookingId: string) {
    super(`payments are taken on the gateway's checkout: POST /api/bookings/${bookingId}/checkout, then send its answer here`);
  }
  override extra() {
    return { checkout: `/api/bookings/${this.bookingId}/checkout` };
  }
}

/** The built-in test gateway takes payment details directly: there is no checkout page to open. */
export class NoHostedCheckout extends DomainError {
  readonly problem = 'no-hosted-checkout';
  constructor() {
    super('this server takes payments with the built-in test gateway: send the payment details to POST /api/bookings/{id}/payment');
  }
}

/** A hold that would leave free seats alone between taken seats, a row's end or an aisle, where the cinema asks for none. */
export class WouldStrandSeat extends DomainError {
  readonly problem = 'would-strand-seat';
  constructor(readonly strandedSeatIds: string[]) {
    super(
      `this choice would leave ${strandedSeatIds.length === 1 ? 'a seat' : 'seats'} on its own, which nobody would buy; move it by a seat`,
    );
  }
  override extra() {
    return { strandedSeatIds: this.strandedSeatIds };
  }
}

/** Companion seats are kept for wheelchair users' companions while the show has a wheelchair space free. */
export class CompanionSeatReserved extends DomainError {
  readonly problem = 'companion-seat-reserved';
  constructor(readonly seatIds: string[]) {
    super('companion seats are sold with a wheelchair space while the show has one free; hold one with them, or choose other seats');
  }
  override extra() {
    return { seatIds: this.seatIds };
  }
}

/** The cinema's refund policy gives nothing back at this point before the show, so its seats cannot be cancelled now. */
export class NoRefundNow extends DomainError {
  readonly problem = 'no-cancellation-now';
  constructor(readonly startsAt: string) {
    super(`the cinema's refund policy allows no cancellation this close to the show at ${startsAt}`);
  }
  override extra() {
    return { startsAt: this.startsAt };
  }
}

/** Seats asked to be cancelled that a cancellation already gave back. */
export class SeatsAlreadyCancelled extends DomainError {
  readonly problem = 'seats-already-cancelled';
  constructor(readonly seatIds: readonly string[]) {
    super(`seat(s) ${seatIds.join(', ')} of this booking were cancelled already`);
  }
  override extra() {
    return { seatIds: [...this.seatIds] };
  }
}

/** A ticket from before some of its seats were cancelled: the reissued one replaces it. */
export class TicketReissued extends DomainError {
  readonly problem = 'ticket-reissued';
  constructor() {
    super('this ticket was replaced when some of its seats were cancelled: scan the latest ticket of the booking');
  }
  override extra() {
    return { field: 'token' };
  }
}

/** Food and drink asked for with a booking, of which too little is left: nothing was held. */
export class ItemsUnavailable extends DomainError {
  readonly problem = 'items-unavailable';
  constructor(readonly unavailableItemIds: string[]) {
    super(`too few left of ${unavailableItemIds.length} of the items asked for; nothing was held`);
  }
  override extra() {
    return { field: 'items', unavailableItemIds: this.unavailableItemIds };
  }
}

/** An account already holds, unpaid, as many food and drink items as it may across its pending holds: nothing was held. */
export class HeldItemsLimitReached extends DomainError {
  readonly problem = 'held-items-limit-reached';
  constructor(readonly limit: number) {
    super(`an account may hold at most ${limit} food and drink items unpaid, across all its pending bookings; pay for or cancel one first`);
  }
  override extra() {
    return { field: 'items', limit: this.limit };
  }
}

/** A booking's food and drink are handed over once. */
export class ItemsAlreadyCollected extends DomainError {
  readonly problem = 'items-already-collected';
  /** `field`: the pickup code asked with, or the items asked back with a cancellation. */
  constructor(
    readonly collectedAt: string,
    readonly field: 'pickupCode' | 'items' = 'pickupCode',
  ) {
    super(
      field === 'items'
        ? `the food and drink of this booking were handed over at ${collectedAt}, so they are not given back`
        : `the food and drink of this pickup code were handed over at ${collectedAt}`,
    );
  }
  override extra() {
    return { field: this.field, collectedAt: this.collectedAt };
  }
}

/** The pickup code's food and drink were all given back by refunds: nothing is left to hand over. */
export class ItemsRefunded extends DomainError {
  readonly problem = 'items-refunded';
  constructor() {
    super('the food and drink of this pickup code were all given back with a cancellation: there is nothing to hand over');
  }
  override extra() {
    return { field: 'pickupCode' };
  }
}

/** A password reset's code is wrong, used, lapsed, or stopped working after too many wrong guesses; or no account has that email. */
export class ResetCodeInvalid extends DomainError {
  readonly problem = 'reset-code-invalid';
  constructor() {
    super('the code is wrong, used or lapsed; ask for a new one with POST /api/password-resets');
  }
  override extra() {
    return { field: 'code' };
  }
}

/** An email verification code is wrong, lapsed, or stopped working after too many wrong guesses. */
export class VerificationCodeInvalid extends DomainError {
  readonly problem = 'verification-code-invalid';
  constructor() {
    super('the code is wrong or lapsed; ask for a new one with POST /api/me/email-verification/resend');
  }
  override extra() {
    return { field: 'code' };
  }
}

/** REQUIRE_VERIFIED_EMAIL is on and the account has not confirmed its email. */
export class EmailNotVerified extends DomainError {
  readonly problem = 'email-not-verified';
  constructor() {
    super('confirm your email with the code we mailed you (POST /api/me/email-verification) before holding seats');
  }
}

/** Too many mails of one kind asked for one address lately. */
export class TooManyMails extends DomainError {
  readonly problem = 'too-many-mails';
  constructor(readonly retryAfterSeconds: number) {
    super(`enough mails have been sent to this address for now; ask again in ${retryAfterSeconds} s`);
  }
  override extra() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** An account cannot be erased while it holds seats, has a paid show still ahead or money still moving: those are named. */
export class AccountHasOpenBookings extends DomainError {
  readonly problem = 'account-has-open-bookings';
  constructor(readonly bookingIds: readonly string[]) {
    super(
      `this account has ${bookingIds.length} booking(s) still open (a hold not paid yet, a show not over, or a payment or ` +
        'refund the gateway has not finished): cancel them, or wait until the shows are over and the refunds made, then erase the account',
    );
  }
  override extra() {
    return { bookingIds: [...this.bookingIds] };
  }
}

/** An admin cannot erase their own account: another admin must take the role away first, so the chain keeps one. */
export class AccountIsAdmin extends DomainError {
  readonly problem = 'account-is-admin';
  constructor() {
    super('an admin account cannot be erased: another admin must take the admin role away first');
  }
}

/** Seats the customer let go (cancelled or let lapse unpaid) a moment ago: they are not theirs again until REHOLD_COOLDOWN_SECONDS passed. */
export class ReholdCooldown extends DomainError {
  readonly problem = 'rehold-cooldown';
  constructor(
    readonly seatIds: readonly string[],
    readonly retryAfterSeconds: number,
  ) {
    super(`you let these seats go a moment ago; you can hold them again in ${retryAfterSeconds} s (other seats are free to hold now)`);
  }
  override extra() {
    return { rule: 'rehold-cooldown', seatIds: this.seatIds, retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** The account's holds that ended unpaid in the last 24 hours reached DAILY_UNPAID_HOLDS. */
export class DailyHoldBudgetSpent extends DomainError {
  readonly problem = 'daily-hold-budget-spent';
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `${limit} holds of this account ended unpaid in the last 24 hours, as many as one account may have; you can hold seats again in ${retryAfterSeconds} s`,
    );
  }
  override extra() {
    return { rule: 'daily-unpaid-holds', limit: this.limit, retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** A one-time code sent by SMS that is wrong, used, lapsed, or past its wrong tries; the same answer for each. */
export class PhoneCodeInvalid extends DomainError {
  readonly problem = 'phone-code-invalid';
  constructor() {
    super('this code is wrong, used or no longer valid: ask for a new one');
  }
  override extra() {
    return { field: 'code', errors: [{ field: 'code', message: 'is wrong, used or no longer valid' }] };
  }
}

/** Too many codes asked for lately for this phone or from this client address. */
export class TooManyCodeRequests extends DomainError {
  readonly problem = 'too-many-code-requests';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many codes asked for this phone or from this address; try again in ${retryAfterSeconds} s`);
  }
  override extra() {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}

/** No SMS can be sent: SMS_WEBHOOK_URL is not set. */
export class SmsUnavailable extends DomainError {
  readonly problem = 'sms-unavailable';
  constructor() {
    super('this Houseful sends no SMS, so it cannot send a code; sign in with your email and password');
  }
}
