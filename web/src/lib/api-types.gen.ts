// Generated from docs/openapi.json by scripts/openapi.ts (npm run openapi). Do not edit by hand.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the process runs */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the server may take traffic: migrations done, the admin account made, the database answering within 2 s */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus figures: only with METRICS_TOKEN on the server (else 404), only to its bearer (else 401) */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign up: a mail "Confirm your email" carries the code for POST /api/me/email-verification */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in: returns a bearer token
     * @description Limited per client address (SIGN_IN_LIMIT_PER_MINUTE) and per account: after SIGN_IN_BACKOFF_AFTER wrong passwords in a row each try must wait twice as long as the last (429 `too-many-attempts` with Retry-After), the right password too.
     */
    post: operations['signIn'];
    /** Sign out: ends this session, or with ?all=true every session of the account */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change my password: every other session of the account ends, this one goes on */
    put: operations['changePassword'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['getMe'];
    put?: never;
    post?: never;
    /**
     * Erase my account: name, email and phone anonymised, every session ended; bookings and tax documents are kept
     * @description The password confirms it (400 naming `password` when wrong or missing, and nothing changes). Refused with 409 `account-has-open-bookings` (naming them in `bookingIds`) while the account holds seats, has a paid show not over yet, or a payment or refund still under way, and with 409 `account-is-admin` for an admin. The email may be signed up with again at once.
     */
    delete: operations['eraseMe'];
    options?: never;
    head?: never;
    /** Change my phone (null: none); a different number is no longer verified */
    patch: operations['updateMe'];
    trace?: never;
  };
  '/api/password-resets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Forgot password: mails a code to the address when an account has it
     * @description Answers 202 alike whether or not an account has the address. When one has, a mail "Reset your password" carries a code that works once, for 30 minutes. At most 3 such mails go to one address an hour; further requests are answered alike and send nothing.
     */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/password-resets/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the mailed code: every session of the account ends
     * @description A wrong, used or lapsed code: 400 `reset-code-invalid` and nothing changes. After 5 wrong codes the pending code stops working; ask for a new one.
     */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email-verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm my email with the mailed code
     * @description A wrong or lapsed code: 400 `verification-code-invalid`. After 5 wrong codes the pending code stops working; ask for a new one.
     */
    post: operations['verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email-verification/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail me a new email verification code
     * @description At most 4 verification mails an hour per account (the sign-up’s and three more): past that, 429 `too-many-mails` with Retry-After. An account already verified is sent nothing.
     */
    post: operations['resendEmailVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/phone-verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a code by SMS to my account's phone, to verify it
     * @description The SMS leaves through the outbox, moments after the answer. A code is 6 digits, works for 10 minutes and once; after 5 wrong tries it stops working and a new one must be asked for. Codes asked for are limited per phone (SMS_CODES_PER_PHONE_PER_HOUR) and per client address (SMS_CODES_PER_ADDRESS_PER_HOUR): past either, 429 `too-many-code-requests` with Retry-After. Without SMS_WEBHOOK_URL: 503 `sms-unavailable`.
     */
    post: operations['requestPhoneVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/phone-verification/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify my phone with the code the SMS brought
     * @description A wrong, used or lapsed code, or one sent before the phone changed: 400 `phone-code-invalid` naming `code`.
     */
    post: operations['confirmPhoneVerification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/otp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in by SMS, step 1: send a code to a verified phone
     * @description The same 202 whether or not an account has verified this phone; when several have, the code signs in the one that verified it last. A code is 6 digits, works for 10 minutes and once; after 5 wrong tries it stops working and a new one must be asked for. Codes asked for are limited per phone (SMS_CODES_PER_PHONE_PER_HOUR) and per client address (SMS_CODES_PER_ADDRESS_PER_HOUR): past either, 429 `too-many-code-requests` with Retry-After. Without SMS_WEBHOOK_URL: 503 `sms-unavailable`.
     */
    post: operations['requestSignInCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/otp/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in by SMS, step 2: the code opens a session, as POST /api/sessions does
     * @description A wrong, used or lapsed code: 400 `phone-code-invalid` naming `code`, the same whichever it is.
     */
    post: operations['signInWithCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every city with cinemas */
    get: operations['listCities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities/{cityId}/movies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Movies with upcoming shows in the city */
    get: operations['listMoviesInCity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cities/{cityId}/cinemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cinemas of a city */
    get: operations['listCinemasInCity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Shows, filtered; without a date, those not yet over; wheelchair=true: those with a wheelchair space free
     * @description Answers carry an ETag; send it back in If-None-Match to get 304 while the listing is unchanged.
     */
    get: operations['listShows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One show
     * @description Answers carry an ETag; send it back in If-None-Match to get 304 while the show is unchanged.
     */
    get: operations['getShow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/seats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The seat map; a lapsed hold reads as available
     * @description Answers carry an ETag; send it back in If-None-Match to get 304 while the map is unchanged. A seat change made through any instance shows within a second.
     */
    get: operations['getSeatMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a city */
    post: operations['createCity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cinemas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every cinema with its city (for staff other than admins: their own cinemas) */
    get: operations['listAllCinemas'];
    put?: never;
    /** Add a cinema to a city */
    post: operations['createCinema'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/halls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Halls with their layouts, optionally of one cinema */
    get: operations['listHalls'];
    put?: never;
    /** Lay out a hall row by row; seats are labelled A1, A2, … */
    post: operations['createHall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/movies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every movie, showing or not */
    get: operations['listAllMovies'];
    put?: never;
    /** Add a movie */
    post: operations['createMovie'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Schedule a show with a price per seat type; 409 when it overlaps another show in the hall */
    post: operations['scheduleShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/show-clashes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shows a new show would overlap, checked before saving it */
    get: operations['findShowClashes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cinemas/{id}/billing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cinema's billing settings (the defaults until set) */
    get: operations['getCinemaBilling'];
    /** Set a cinema's legal name, GSTIN, whether prices include GST, convenience fee and refund policy */
    put: operations['setCinemaBilling'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/invoice': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tax invoice of a paid booking (PDF); 409 before it is paid */
    get: operations['getInvoice'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/credit-note': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The credit note of a refunded booking (PDF); 409 before a refund */
    get: operations['getCreditNote'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/credit-notes/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One credit note of a booking, as its refunds list them (PDF) */
    get: operations['getCreditNoteOfRefund'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/tax-documents.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month's tax invoices and credit notes as CSV (month in India's time zone), for the accountant */
    get: operations['taxDocumentsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/promo-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every promo code, newest first, with its uses (for a manager: those of their cinemas and of the whole chain) */
    get: operations['listPromoCodes'];
    put?: never;
    /** Add a promo code: percent or amount off, a cap, a minimum, a window, limits, a cinema or film */
    post: operations['createPromoCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/promo-codes/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a promo code's window and limits, or end it now; bookings already held with it keep their bill */
    patch: operations['changePromoCode'];
    trace?: never;
  };
  '/api/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My bookings, newest first */
    get: operations['listMyBookings'];
    put?: never;
    /** Hold seats: all of them or none; or, with quantity, the best block of adjacent seats */
    post: operations['holdSeats'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my bookings, with its payment once paid */
    get: operations['getBooking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/booking-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many seats one booking may hold, and for how long */
    get: operations['getBookingRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/bookings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A show's bookings and what cancelling the show would refund */
    get: operations['listShowBookings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pay for a held booking (send an Idempotency-Key header) */
    post: operations['payForBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pay on the gateway's checkout (PAYMENT_GATEWAY=razorpay): the booking's order, made once */
    post: operations['openCheckout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/checkout/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The checkout's signed answer: the booking confirmed (200), declined (402), too late (409) or still pending (503) */
    post: operations['completeCheckout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What cancelling some or all seats now would give back, by the cinema’s refund policy */
    get: operations['quoteCancellation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel some seats or all: a confirmed booking gives them back by the cinema’s refund policy at this moment; a pending one frees its seats */
    post: operations['cancelBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a show: confirmed bookings are cancelled and refunded in full, pending ones released */
    post: operations['cancelShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/bookings/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel and refund one confirmed booking in full, with a reason (audited); also once its ticket was checked in */
    post: operations['refundBooking'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/gateway': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which gateway takes the money: what the checkout page shows */
    get: operations['getPaymentGateway'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/payments/mismatches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments the gateway took that were not for their booking's order, amount or currency: refunded, or for staff */
    get: operations['listGatewayMismatches'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/webhooks/{gateway}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The gateway's events, signed (X-Razorpay-Signature); each applied once, in any order */
    post: operations['receiveGatewayWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/blocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A show's seats held back by the cinema, with why */
    get: operations['listShowBlocks'];
    put?: never;
    /**
     * Hold seats of a show back (house seats, a broken seat, guests): all or none
     * @description Blocked seats read `booked` with `blocked: true` and cannot be held. A seat someone holds or has bought is refused with 409 seats-unavailable naming it; seats of another show are a 400.
     */
    post: operations['blockShowSeats'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shows/{id}/blocks/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Let blocked seats of a show go; seats not blocked are left as they are */
    post: operations['releaseShowSeats'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cinemas/{id}/seating': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cinema's seating rule */
    get: operations['getCinemaSeating'];
    /** Turn the rule against lone seats on or off */
    put: operations['setCinemaSeating'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Occupancy and revenue per show, day and cinema for shows starting in [from, to), of the caller's cinemas */
    get: operations['getDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/dashboard.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dashboard’s figures as CSV, one row per show, day or cinema (amounts in rupees) */
    get: operations['getDashboardCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reports/settlement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cinema's charges and refunds of one day, and what the gateway should pay out for it */
    get: operations['getSettlement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/reports/settlement.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A cinema's charges and refunds of one day as CSV, with the payout */
    get: operations['settlementCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/watch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join the waitlist: one mail when seats of this show come free again */
    post: operations['watchShow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bookings/{id}/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ticket of a confirmed booking: the token its QR code encodes */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/checkins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a ticket in at the door: accepted once; refused when forged, cancelled, already used or of another cinema than the caller's */
    post: operations['checkInTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every admin and every account with a role at a cinema */
    get: operations['listStaff'];
    put?: never;
    /** Give an existing account a role: admin (every cinema), or manager, box-office or door at the cinemas named */
    post: operations['grantStaffRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/staff/{id}/cinemas/{cinemaId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take an account's role at one cinema away */
    delete: operations['revokeStaffRole'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take every role an account has away (at every cinema, and admin): it is a customer again; not your own */
    delete: operations['revokeAllStaffRoles'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who did what, when and at which cinema, newest first: all of it for an admin, a manager's cinemas for a manager */
    get: operations['readAuditLog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shifts, newest first: a manager's every shift of their cinemas, a cashier's own */
    get: operations['listShifts'];
    put?: never;
    /** Open the caller's shift at a cinema's counter (one open shift per cashier) */
    post: operations['openShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shifts/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's open shift, with what it has taken so far; 404 when none is open */
    get: operations['getCurrentShift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shifts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A shift and its takings by method */
    get: operations['getShift'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/shifts/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a shift (the cashier, or a manager of its cinema): its takings by method are frozen as its report */
    post: operations['closeShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/counter-sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sell seats at the counter into the cashier's open shift: a confirmed booking with no customer account and no convenience fee, invoiced */
    post: operations['sellAtCounter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/counter-sales/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A counter sale, with its ticket token for printing */
    get: operations['getCounterSale'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/counter-sales/{id}/ticket.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A counter sale's ticket as a PDF to print, with the QR code the door scans; 409 unless confirmed */
    get: operations['getCounterTicketPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/pickups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand over a booking's food and drink at the cinema's counter by its pickup code, once: what to hand over */
    post: operations['collectPickup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cinemas/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The food and drink a cinema sells now, to add to a booking */
    get: operations['listCinemaMenu'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/cinemas/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every item of a cinema with its stock, retired ones last */
    get: operations['listItems'];
    put?: never;
    /** Add food or drink to a cinema’s menu: price, GST (5% unless set) and, when counted, stock */
    post: operations['createItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an item’s name, price or GST, or set its stock to what is on the shelf */
    patch: operations['changeItem'];
    trace?: never;
  };
  '/api/admin/items/{id}/retire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stop selling an item; bookings that have it keep it */
    post: operations['retireItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download my data: everything Houseful holds about the signed-in account, as a JSON attachment */
    get: operations['exportMyData'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/shows/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live seat changes as text/event-stream: event `seats`, data { seatIds, status }
     * @description Send Last-Event-ID when reconnecting: missed events are replayed, or a `snapshot` event (the seat map) comes first. `?snapshot=true` asks for a snapshot on a fresh connection too. A comment line is sent every 15 s as a heartbeat. Past the streams one address (or the server) may keep open, the answer is 503 `too-many-streams` with Retry-After.
     */
    get: operations['streamSeatEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * Problem
     * @description RFC 9457 problem details
     */
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      field?: string;
      errors?: {
        field: string;
        message: string;
      }[];
      unavailableSeatIds?: string[];
      /** @description would-strand-seat: the seats the hold would leave alone */
      strandedSeatIds?: string[];
      /** @description items-unavailable: the items of which too few are left */
      unavailableItemIds?: string[];
      conflictingShowId?: string;
      /** @description promo-code-not-applicable: why, in words for the customer */
      reason?: string;
      /** @description account-has-open-bookings: the holds and paid shows still open that keep the account */
      bookingIds?: string[];
    } & {
      [key: string]: unknown;
    };
    /** User */
    User: {
      id: string;
      name: string;
      email: string;
      phone: string | null;
      /** @description whether the account confirmed its email with the mailed code */
      emailVerified: boolean;
    };
    /** SignedInUser */
    SignedInUser: {
      id: string;
      name: string;
      email: string;
      phone: string | null;
      /** @description whether the account confirmed its email with the mailed code */
      emailVerified: boolean;
      role: string;
      /** @description the account proved, with a code sent by SMS, that its phone is its own */
      phoneVerified: boolean;
    };
    /** Session */
    Session: {
      token: string;
      user: components['schemas']['SignedInUser'];
    };
    /** Me */
    Me: {
      id: string;
      name: string;
      email: string;
      phone: string | null;
      /** @description whether the account confirmed its email with the mailed code */
      emailVerified: boolean;
      role: string;
      /** @description the account proved, with a code sent by SMS, that its phone is its own */
      phoneVerified: boolean;
      /** @description the roles of a member of staff at cinemas (an admin has every cinema and needs none) */
      cinemaRoles: {
        cinemaId: string;
        role: string;
      }[];
    };
    /** City */
    City: {
      id: string;
      name: string;
      state: string;
    };
    /** Movie */
    Movie: {
      id: string;
      title: string;
      durationMinutes: number;
      language: string;
      genre: string;
      description: string | null;
      releaseDate: string | null;
    };
    /**
     * Money
     * @description integer minor units (paise)
     */
    Money: {
      amount: number;
      /** @enum {string} */
      currency: 'INR';
    };
    /** Show */
    Show: {
      id: string;
      movie: {
        id: string;
        title: string;
      };
      cinema: {
        id: string;
        name: string;
        timeZone: string;
      };
      hall: {
        id: string;
        name: string;
      };
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      startsAt: string;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      endsAt: string;
      status: 'upcoming' | 'ongoing' | 'completed' | 'cancelled';
      seatsAvailable: number;
      seatsTotal: number;
      prices: {
        regular: components['schemas']['Money'];
        premium: components['schemas']['Money'];
        vip: components['schemas']['Money'];
      };
    };
    /** SeatKind */
    SeatKind: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
    /** SeatStatus */
    SeatStatus: 'available' | 'held' | 'booked';
    /** Seat */
    Seat: {
      id: string;
      label: string;
      row: string;
      number: number;
      type: string;
      kind: components['schemas']['SeatKind'];
      price: components['schemas']['Money'];
      status: components['schemas']['SeatStatus'];
      /**
       * @description held back by the cinema: the seat reads booked
       * @enum {boolean}
       */
      blocked?: true;
      /** @description what to know before buying it, e.g. a restricted view */
      note?: string;
    };
    /** HallRow */
    HallRow: {
      label: string;
      seatType: string;
      seats: number;
      aislesAfter: number[];
      kinds?: {
        [key: string]: components['schemas']['SeatKind'];
      };
    };
    /** SeatMap */
    SeatMap: {
      showId: string;
      seats: components['schemas']['Seat'][];
      rows: components['schemas']['HallRow'][];
    };
    /** SeatType */
    SeatType: 'regular' | 'premium' | 'vip';
    /** PromoCode */
    PromoCode: {
      code: string;
      percentOff?: number;
      amountOff?: number;
      maxDiscount?: number;
      minTotal?: number;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      validFrom?: string;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      validUntil?: string;
      maxUses?: number;
      maxUsesPerCustomer?: number;
      cinemaId?: string;
      movieId?: string;
      /** @description uses taken by live holds and paid bookings */
      uses: number;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      createdAt: string;
    };
    /** HoldRequest */
    HoldRequest: {
      /** @description opaque id */
      showId: string;
      /** @description the seats to hold; or send quantity */
      seatIds?: string[];
      /** @description instead of seatIds: hold the best block of this many adjacent seats */
      quantity?: number;
      seatType?: components['schemas']['SeatType'];
      /** @description an offer code; refused with 409 promo-code-not-applicable and a reason */
      promoCode?: string;
      /** @description food and drink with the seats: billed as lines of kind item, held with the seats or not at all */
      items?: {
        /** @description opaque id */
        itemId: string;
        quantity: number;
      }[];
    };
    /** BookingStatus */
    BookingStatus: 'pending' | 'confirmed' | 'expired' | 'cancelled';
    /**
     * Line
     * @description one line of what a booking costs; a discount's amount is negative
     */
    Line: {
      kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
      label: string;
      amount: components['schemas']['Money'];
    };
    /**
     * TaxDocument
     * @description a tax invoice or credit note
     */
    TaxDocument: {
      /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
      number: string;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      issuedAt: string;
      /** @description where its PDF is */
      url: string;
    };
    /**
     * Refund
     * @description seats given back and what was refunded for them
     */
    Refund: {
      amount: components['schemas']['Money'];
      /** @description the seats it gave back */
      seatIds: string[];
      /** @description their labels, as on the seat map */
      seatLabels: string[];
      /** @description pending until the gateway has made it */
      status: 'pending' | 'refunded';
      /** @description the refund policy's percent applied (100 for a cancelled show or a staff refund) */
      percent: number;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      createdAt: string;
      creditNote?: components['schemas']['TaxDocument'];
    };
    /**
     * Booking
     * @description a booking as its customer sees it
     */
    Booking: {
      id: string;
      status: components['schemas']['BookingStatus'];
      showId: string;
      seats: {
        id: string;
        label: string;
        type: string;
        kind?: components['schemas']['SeatKind'];
        price: components['schemas']['Money'];
        /** @description what to know about the seat before paying, e.g. a restricted view */
        note?: string;
      }[];
      total: components['schemas']['Money'];
      /** @description what the total is made of: the amounts sum to total exactly */
      lines: components['schemas']['Line'][];
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      expiresAt: string;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      createdAt: string;
      show: {
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        startsAt: string;
        movie: {
          id: string;
          title: string;
        };
        cinema: {
          id: string;
          name: string;
        };
        hall: {
          id: string;
          name: string;
        };
      };
      payment?: {
        id: string;
        method: string;
        status: string;
        amount: components['schemas']['Money'];
      };
      /** @description once the booking is cancelled: the sum of its refunds */
      refund?: {
        amount: components['schemas']['Money'];
        status: 'refunded' | 'pending';
      };
      /** @description every refund of the booking, oldest first; absent until there is one */
      refunds?: components['schemas']['Refund'][];
      invoice?: components['schemas']['TaxDocument'];
      /** @description its latest credit note */
      creditNote?: components['schemas']['TaxDocument'];
      /** @description what the customer says at the counter to collect the food and drink */
      pickupCode?: string;
    };
    /** BookingRules */
    BookingRules: {
      maxSeatsPerBooking: number;
      holdTtlSeconds: number;
    };
    /**
     * PaymentRequest
     * @description method plus the one detail it needs: card, upiId, bank or walletId
     */
    PaymentRequest: {
      method: 'credit_card' | 'debit_card' | 'upi' | 'net_banking' | 'wallet';
      card?: {
        number: string;
        /** @description MM/YY */
        expiry: string;
        cvv: string;
      };
      upiId?: string;
      bank?: string;
      walletId?: string;
    };
    /**
     * Checkout
     * @description what the gateway's checkout is opened with
     */
    Checkout: {
      /** @enum {string} */
      gateway: 'razorpay';
      /** @description the gateway's public key id the checkout is opened with */
      keyId: string;
      /** @description the gateway's checkout script */
      scriptUrl: string;
      /** @description the booking's order at the gateway: the same on every call */
      orderId: string;
      amount: components['schemas']['Money'];
      bookingId: string;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      expiresAt: string;
      description: string;
      prefill: {
        name: string;
        email: string;
        contact?: string;
      };
    };
    /**
     * CheckoutAnswer
     * @description the checkout's answer, exactly as it gave it to the page
     */
    CheckoutAnswer: {
      razorpay_payment_id: string;
      razorpay_order_id: string;
      razorpay_signature: string;
    };
    /**
     * CancellationQuote
     * @description what cancelling now would give back; the cancel itself applies the tier in force at the moment it is made, which may differ by then
     */
    CancellationQuote: {
      cancellable: boolean;
      refund: components['schemas']['Money'];
      /** @description why it cannot be cancelled now */
      reason?: string;
      /** @description the seats the quote is for */
      seatIds: string[];
      /** @description the percent of the refund policy's tier in force now */
      percent?: number;
      /** @description that tier: from this many hours before the show */
      hoursBefore?: number;
      feesRefundable?: boolean;
    };
    /**
     * CancelRequest
     * @description optional: which seats to cancel, and which food and drink to give back with them; send no body to cancel every seat left
     */
    CancelRequest: {
      /** @description the seats to cancel; left out, every seat the booking still has */
      seatIds?: string[];
      /** @description food and drink to give back with some seats, by the same policy; left out, the booking keeps them. With its last seats every item not yet handed over goes back anyway; items handed over never do */
      items?: {
        /** @description opaque id */
        itemId: string;
        quantity: number;
      }[];
    } | null;
    /**
     * PaymentGateway
     * @description who takes the money on this server
     */
    PaymentGateway: {
      /** @description test: send payment details to POST /api/bookings/{id}/payment; razorpay: open its checkout (POST /api/bookings/{id}/checkout) */
      gateway: 'test' | 'razorpay';
      /** @description the gateway's checkout script, for a hosted checkout */
      checkoutScriptUrl?: string;
    };
    /**
     * GatewayEvent
     * @description the gateway's event, exactly as it sent it
     */
    GatewayEvent: {
      /** @description e.g. payment.captured, payment.failed, order.paid, refund.processed, refund.failed */
      event: string;
      /** @description the entities of the event (payment, order, refund) */
      payload: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * WebhookReceipt
     * @description the event is applied (or was before); anything but 2xx makes the gateway deliver it again
     */
    WebhookReceipt: {
      /** @enum {boolean} */
      received: true;
      event: string;
      /** @description this event was applied before, and is not applied again */
      duplicate: boolean;
    };
    /** Ticket */
    Ticket: {
      bookingId: string;
      token: string;
    };
    /** StaffMember */
    StaffMember: {
      id: string;
      name: string;
      email: string;
      /** @description an admin has every cinema and the chain */
      admin: boolean;
      cinemas: {
        cinemaId: string;
        cinemaName: string;
        role: 'manager' | 'box-office' | 'door';
      }[];
    };
    /** Shift */
    Shift: {
      id: string;
      cinema: {
        id: string;
        name: string;
      };
      cashier: {
        id: string;
        name: string;
      };
      status: 'open' | 'closed';
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      openedAt: string;
      closedAt: string | null;
      /** @description by method: so far while open, as closed once closed */
      takings: {
        method: 'cash' | 'card-terminal' | 'upi-qr';
        sales: number;
        amount: components['schemas']['Money'];
        /** @description paid back since */
        refunded: components['schemas']['Money'];
      }[];
      /** @description taken less paid back, all methods */
      total: components['schemas']['Money'];
    };
    /** CounterSale */
    CounterSale: {
      /** @description the booking */
      id: string;
      status: string;
      show: {
        id: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        startsAt: string;
        movie: {
          id: string;
          title: string;
        };
        cinema: {
          id: string;
          name: string;
          address: string;
        };
        hall: {
          id: string;
          name: string;
        };
      };
      seats: {
        id: string;
        label: string;
        type: string;
        price: components['schemas']['Money'];
      }[];
      total: components['schemas']['Money'];
      lines: components['schemas']['Line'][];
      payment: {
        id: string;
        method: string;
        status: string;
        amount: components['schemas']['Money'];
      } | null;
      reference: string | null;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      soldAt: string;
      soldBy: {
        id: string;
        name: string;
      };
      shiftId: string;
      invoice: {
        number: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        issuedAt: string;
      } | null;
      ticket: {
        /** @description what the QR code encodes; checked in at the door */
        token: string;
      } | null;
      pickupCode: string | null;
    };
    /** MenuItem */
    MenuItem: {
      id: string;
      name: string;
      price: components['schemas']['Money'];
      taxPercent: number;
      soldOut: boolean;
      /** @description how many are left when counted; null when not */
      left: number | null;
    };
    /** Item */
    Item: {
      id: string;
      cinemaId: string;
      name: string;
      price: components['schemas']['Money'];
      taxPercent: number;
      /** @description left to sell; null when not counted */
      stock: number | null;
      /** @description when it stopped being sold */
      retiredAt: string | null;
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      createdAt: string;
    };
    /**
     * AccountExport
     * @description everything Houseful holds about the account
     */
    AccountExport: {
      /** @description ISO 8601 with the offset of the cinema (or UTC) */
      exportedAt: string;
      account: {
        id: string;
        name: string;
        email: string;
        emailVerified: boolean;
        phone: string | null;
        role: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        createdAt: string;
        cinemaRoles: {
          cinemaId: string;
          role: string;
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          grantedAt: string;
        }[];
      };
      /** @description the signed-in devices; their tokens are never stored, only a hash, and never exported */
      sessions: {
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        createdAt: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        expiresAt: string;
      }[];
      bookings: {
        id: string;
        status: components['schemas']['BookingStatus'];
        showId: string;
        seats: {
          id: string;
          label: string;
          type: string;
          kind?: components['schemas']['SeatKind'];
          price: components['schemas']['Money'];
          /** @description what to know about the seat before paying, e.g. a restricted view */
          note?: string;
        }[];
        total: components['schemas']['Money'];
        /** @description what the total is made of: the amounts sum to total exactly */
        lines: components['schemas']['Line'][];
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        expiresAt: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        createdAt: string;
        show: {
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          startsAt: string;
          movie: {
            id: string;
            title: string;
          };
          cinema: {
            id: string;
            name: string;
          };
          hall: {
            id: string;
            name: string;
          };
        };
        payment?: {
          id: string;
          method: string;
          status: string;
          amount: components['schemas']['Money'];
        };
        /** @description once the booking is cancelled: the sum of its refunds */
        refund?: {
          amount: components['schemas']['Money'];
          status: 'refunded' | 'pending';
        };
        /** @description every refund of the booking, oldest first; absent until there is one */
        refunds?: components['schemas']['Refund'][];
        invoice?: components['schemas']['TaxDocument'];
        /** @description its latest credit note */
        creditNote?: components['schemas']['TaxDocument'];
        /** @description what the customer says at the counter to collect the food and drink */
        pickupCode?: string;
        /** @description every attempt to pay, settled or not */
        payments: {
          id: string;
          method: string;
          amount: components['schemas']['Money'];
          refunded: components['schemas']['Money'];
          status: string;
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          createdAt: string;
        }[];
        taxDocuments: {
          kind: string;
          number: string;
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          issuedAt: string;
          total: components['schemas']['Money'];
          /** @description the recipient as the document was issued */
          recipient: unknown;
        }[];
      }[];
      waitlist: {
        showId: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        since: string;
        notifiedAt: string | null;
      }[];
      promoCodeUses: {
        code: string;
        bookingId: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        takenAt: string;
        releasedAt: string | null;
      }[];
      /** @description Idempotency-Key values sent with payments, kept a day so a retry is not charged twice */
      idempotencyKeys: {
        key: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        createdAt: string;
      }[];
      /** @description mail and SMS addressed to the account, sent or waiting */
      messages: {
        kind: string;
        channel: string;
        recipient: string;
        subjectId: string;
        status: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        createdAt: string;
        sentAt: string | null;
      }[];
      signInFailures: {
        failures: number;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        lastFailedAt: string;
        blockedUntil: string | null;
      }[];
      /** @description the audit log's entries of what the account did as staff */
      staffActions: {
        action: string;
        subjectId: string | null;
        cinemaId: string | null;
        details: unknown;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        at: string;
      }[];
      /** @description tickets checked in, counter shifts opened and closed, counter sales, food and drink handed over */
      staffWork: {
        kind: 'check-in' | 'counter-shift' | 'counter-shift-closed' | 'counter-sale' | 'pickup';
        subjectId: string;
        /** @description ISO 8601 with the offset of the cinema (or UTC) */
        at: string;
      }[];
    };
  };
  responses: {
    /** @description the request was refused: see `type` and `detail` */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type Problem = components['schemas']['Problem'];
export type User = components['schemas']['User'];
export type SignedInUser = components['schemas']['SignedInUser'];
export type Session = components['schemas']['Session'];
export type Me = components['schemas']['Me'];
export type City = components['schemas']['City'];
export type Movie = components['schemas']['Movie'];
export type Money = components['schemas']['Money'];
export type Show = components['schemas']['Show'];
export type SeatKind = components['schemas']['SeatKind'];
export type SeatStatus = components['schemas']['SeatStatus'];
export type Seat = components['schemas']['Seat'];
export type HallRow = components['schemas']['HallRow'];
export type SeatMap = components['schemas']['SeatMap'];
export type SeatType = components['schemas']['SeatType'];
export type PromoCode = components['schemas']['PromoCode'];
export type HoldRequest = components['schemas']['HoldRequest'];
export type BookingStatus = components['schemas']['BookingStatus'];
export type Line = components['schemas']['Line'];
export type TaxDocument = components['schemas']['TaxDocument'];
export type Refund = components['schemas']['Refund'];
export type Booking = components['schemas']['Booking'];
export type BookingRules = components['schemas']['BookingRules'];
export type PaymentRequest = components['schemas']['PaymentRequest'];
export type Checkout = components['schemas']['Checkout'];
export type CheckoutAnswer = components['schemas']['CheckoutAnswer'];
export type CancellationQuote = components['schemas']['CancellationQuote'];
export type CancelRequest = components['schemas']['CancelRequest'];
export type PaymentGateway = components['schemas']['PaymentGateway'];
export type GatewayEvent = components['schemas']['GatewayEvent'];
export type WebhookReceipt = components['schemas']['WebhookReceipt'];
export type Ticket = components['schemas']['Ticket'];
export type StaffMember = components['schemas']['StaffMember'];
export type Shift = components['schemas']['Shift'];
export type CounterSale = components['schemas']['CounterSale'];
export type MenuItem = components['schemas']['MenuItem'];
export type Item = components['schemas']['Item'];
export type AccountExport = components['schemas']['AccountExport'];
export type ResponseProblem = components['responses']['Problem'];
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
          };
        };
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the Prometheus text format */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          email: string;
          password: string;
          phone?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      400: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  signOut: {
    parameters: {
      query?: {
        /** @description true: sign out everywhere, on every device */
        all?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description signed out; the token is refused from now on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Me'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  eraseMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description the password; a request without it is refused, naming it */
    requestBody?: {
      content: {
        'application/json': {
          /** @description the account's password, to confirm it is the owner asking */
          password: string;
        } | null;
      };
    };
    responses: {
      /** @description erased; the token is refused from now on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          phone?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInUser'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description accepted: a mail is on its way if an account has the address */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          /** @description the code from the mail (case, spaces and dashes do not matter) */
          code: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description the password is changed; sign in with it */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  verifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the code from the mail (case, spaces and dashes do not matter) */
          code: string;
        };
      };
    };
    responses: {
      /** @description verified: emailVerified is true */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  resendEmailVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a mail with a new code is on its way */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  requestPhoneVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a code is on its way to the phone */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  confirmPhoneVerification: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the 6 digits of the SMS */
          code: string;
        };
      };
    };
    responses: {
      /** @description the phone is verified */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  requestSignInCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description a mobile number; 10 digits alone are taken as Indian (+91) */
          phone: string;
        };
      };
    };
    responses: {
      /** @description when an account has verified this phone, a code is on its way to it */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  signInWithCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description a mobile number; 10 digits alone are taken as Indian (+91) */
          phone: string;
          /** @description the 6 digits of the SMS */
          code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      400: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listCities: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['City'][];
        };
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listMoviesInCity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        cityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Movie'][];
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listCinemasInCity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        cityId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            address: string;
            timeZone: string;
          }[];
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listShows: {
    parameters: {
      query?: {
        /** @description opaque id */
        cityId?: string;
        /** @description opaque id */
        movieId?: string;
        /** @description opaque id */
        cinemaId?: string;
        /** @description YYYY-MM-DD in the cinema zone */
        date?: string;
        /** @description true: only shows with a wheelchair space free */
        wheelchair?: 'true' | 'false';
      };
      header?: {
        /** @description the ETag of an earlier answer: 304 while it is current */
        'if-none-match'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Show'][];
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getShow: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag of an earlier answer: 304 while it is current */
        'if-none-match'?: string;
      };
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Show'];
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getSeatMap: {
    parameters: {
      query?: never;
      header?: {
        /** @description the ETag of an earlier answer: 304 while it is current */
        'if-none-match'?: string;
      };
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeatMap'];
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createCity: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          state: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['City'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listAllCinemas: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            cityId: string;
            name: string;
            address: string;
            timeZone: string;
            cityName: string;
          }[];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createCinema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description opaque id */
          cityId: string;
          name: string;
          address: string;
          timeZone?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            cityId: string;
            name: string;
            address: string;
            timeZone: string;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listHalls: {
    parameters: {
      query?: {
        /** @description opaque id */
        cinemaId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            totalSeats: number;
            rows: components['schemas']['HallRow'][];
            cinemaName: string;
          }[];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createHall: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description opaque id */
          cinemaId: string;
          name: string;
          rows: {
            label: string;
            seatType: components['schemas']['SeatType'];
            seats: number;
            aislesAfter?: number[];
            /** @description seat number → kind, e.g. { "1": "wheelchair", "2": "companion" }; seats not named are standard */
            kinds?: {
              [key: string]: 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
            };
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            totalSeats: number;
            rows: components['schemas']['HallRow'][];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listAllMovies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Movie'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createMovie: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          durationMinutes: number;
          language: string;
          genre: string;
          description?: string;
          releaseDate?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Movie'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  scheduleShow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description opaque id */
          movieId: string;
          /** @description opaque id */
          hallId: string;
          startsAt: string;
          prices: {
            /** @description paise */
            regular: number;
            /** @description paise */
            premium: number;
            /** @description paise */
            vip: number;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            startsAt: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            endsAt: string;
            /** @enum {string} */
            status: 'upcoming';
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  findShowClashes: {
    parameters: {
      query: {
        /** @description opaque id */
        hallId: string;
        /** @description opaque id */
        movieId: string;
        startsAt: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            endsAt: string;
            clashes: {
              id: string;
              title: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              endsAt: string;
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCinemaBilling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cinemaId: string;
            legalName: string | null;
            gstin: string | null;
            pricesIncludeTax: boolean;
            /** @description online sales only, before GST (18%) */
            convenienceFee: {
              /** @description integer paise */
              perTicket?: number;
              /** @description percent of the tickets' price */
              percent?: number;
              /** @description integer paise */
              maxPerBooking?: number;
            };
            refundPolicy: {
              tiers: {
                hoursBefore: number;
                /** @description percent, to two decimals */
                percent: number;
              }[];
              feesRefundable: boolean;
            };
            /** @description the cinema's state: the place of supply for admission */
            placeOfSupply: string;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  setCinemaBilling: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the supplier on tax invoices */
          legalName: string;
          /** @description 15-character GSTIN; its check character is verified */
          gstin: string;
          /** @description true: show prices include GST; false: GST is added to them */
          pricesIncludeTax: boolean;
          /** @description online sales only, before GST (18%) */
          convenienceFee: {
            /** @description integer paise */
            perTicket?: number;
            /** @description percent of the tickets' price */
            percent?: number;
            /** @description integer paise */
            maxPerBooking?: number;
          };
          refundPolicy: {
            tiers: {
              hoursBefore: number;
              /** @description percent, to two decimals */
              percent: number;
            }[];
            feesRefundable: boolean;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cinemaId: string;
            legalName: string | null;
            gstin: string | null;
            pricesIncludeTax: boolean;
            /** @description online sales only, before GST (18%) */
            convenienceFee: {
              /** @description integer paise */
              perTicket?: number;
              /** @description percent of the tickets' price */
              percent?: number;
              /** @description integer paise */
              maxPerBooking?: number;
            };
            refundPolicy: {
              tiers: {
                hoursBefore: number;
                /** @description percent, to two decimals */
                percent: number;
              }[];
              feesRefundable: boolean;
            };
            /** @description the cinema's state: the place of supply for admission */
            placeOfSupply: string;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getInvoice: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCreditNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCreditNoteOfRefund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
        /** @description opaque id */
        documentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  taxDocumentsCsv: {
    parameters: {
      query: {
        /** @description YYYY-MM */
        month: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one row per document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listPromoCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromoCode'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createPromoCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description percentOff or amountOff, exactly one */
    requestBody: {
      content: {
        'application/json': {
          /** @description what customers type; matched without regard to case */
          code: string;
          /** @description percent off the tickets' price */
          percentOff?: number;
          /** @description paise off the tickets' price */
          amountOff?: number;
          /** @description the most a booking gets off, in paise */
          maxDiscount?: number;
          /** @description the least a booking must cost for the code to apply, in paise */
          minTotal?: number;
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          validFrom?: string;
          /** @description ISO 8601 with the offset of the cinema (or UTC) */
          validUntil?: string;
          maxUses?: number;
          maxUsesPerCustomer?: number;
          /** @description opaque id */
          cinemaId?: string;
          /** @description opaque id */
          movieId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromoCode'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  changePromoCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    /** @description only the fields given change; what a code takes off and where it applies stay */
    requestBody: {
      content: {
        'application/json': {
          /** @description null: no end */
          validUntil?: string | null;
          /** @description null: no limit */
          maxUses?: number | null;
          /** @description null: no limit */
          maxUsesPerCustomer?: number | null;
          /** @description null: no minimum */
          minTotal?: number | null;
          /** @description null: no cap */
          maxDiscount?: number | null;
          /**
           * @description false ends the code now (its validUntil becomes now)
           * @enum {boolean}
           */
          active?: false;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromoCode'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listMyBookings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  holdSeats: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['HoldRequest'];
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      429: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getBookingRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BookingRules'];
        };
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listShowBookings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookings: {
              id: string;
              status: components['schemas']['BookingStatus'];
              customer: {
                name: string;
                email: string;
              };
              seats: string[];
              total: components['schemas']['Money'];
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              paymentMethod: string | null;
            }[];
            refundOnCancel: {
              bookings: number;
              amount: components['schemas']['Money'];
            };
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  payForBooking: {
    parameters: {
      query?: never;
      header: {
        /** @description one per payment attempt, the same on its retries */
        'idempotency-key': string;
      };
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    /** @description method plus the one detail it needs: card, upiId, bank or walletId */
    requestBody: {
      content: {
        'application/json': components['schemas']['PaymentRequest'];
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      402: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  openCheckout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description what the gateway's checkout is opened with */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Checkout'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  completeCheckout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    /** @description the checkout's answer, exactly as it gave it to the page */
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckoutAnswer'];
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      402: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  quoteCancellation: {
    parameters: {
      query?: {
        /** @description comma-separated seat ids; left out, every seat left */
        seatIds?: string;
      };
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description what cancelling now would give back; the cancel itself applies the tier in force at the moment it is made, which may differ by then */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CancellationQuote'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  cancelBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    /** @description optional: which seats to cancel, and which food and drink to give back with them; send no body to cancel every seat left */
    requestBody?: {
      content: {
        'application/json': components['schemas']['CancelRequest'];
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Booking'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  cancelShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            movie: {
              id: string;
              title: string;
            };
            cinema: {
              id: string;
              name: string;
              timeZone: string;
            };
            hall: {
              id: string;
              name: string;
            };
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            startsAt: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            endsAt: string;
            status: 'upcoming' | 'ongoing' | 'completed' | 'cancelled';
            seatsAvailable: number;
            seatsTotal: number;
            prices: {
              regular: components['schemas']['Money'];
              premium: components['schemas']['Money'];
              vip: components['schemas']['Money'];
            };
            bookingsCancelled: number;
            refunded: components['schemas']['Money'];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  refundBooking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description why: kept in the audit log */
          reason: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            /** @enum {string} */
            status: 'cancelled';
            refunded: components['schemas']['Money'];
            checkedInAt: string | null;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getPaymentGateway: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description who takes the money on this server */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentGateway'];
        };
      };
      400: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listGatewayMismatches: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description payments the gateway took that matched no booking: newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            mismatches: {
              gateway: string;
              /** @description the payment's id at the gateway: look it up on its dashboard */
              gatewayPaymentId: string;
              /** @description the order the gateway says it paid */
              orderId: string;
              /** @description Houseful's attempt it was reported for */
              paymentId: string;
              bookingId: string;
              /** @description what the gateway took, in the currency's minor unit */
              amount: number;
              currency: string;
              /** @description why it confirms nothing */
              reason: string;
              /** @description refund-pending, refunded: given back whole by Houseful; needs-staff: for staff to settle with the customer */
              status: 'refund-pending' | 'refunded' | 'needs-staff';
              /** @description ISO 8601, UTC */
              seenAt: string;
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  receiveGatewayWebhook: {
    parameters: {
      query?: never;
      header: {
        /** @description HMAC-SHA256 of the raw body with the webhook secret */
        'x-razorpay-signature': string;
        /** @description the event id: an event is applied once per id */
        'x-razorpay-event-id'?: string;
      };
      path: {
        gateway: string;
      };
      cookie?: never;
    };
    /** @description the gateway's event, exactly as it sent it */
    requestBody: {
      content: {
        'application/json': components['schemas']['GatewayEvent'];
      };
    };
    responses: {
      /** @description the event is applied (or was before); anything but 2xx makes the gateway deliver it again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookReceipt'];
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listShowBlocks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the seats of a show held back by the cinema, in hall order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            showId: string;
            blocked: {
              id: string;
              label: string;
              reason: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              blockedAt: string;
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  blockShowSeats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description seats of this show */
          seatIds: string[];
          /** @description why: house seats, a broken seat, guests … */
          reason: string;
        };
      };
    };
    responses: {
      /** @description the seats of a show held back by the cinema, in hall order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            showId: string;
            blocked: {
              id: string;
              label: string;
              reason: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              blockedAt: string;
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  releaseShowSeats: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description seats of this show */
          seatIds: string[];
        };
      };
    };
    responses: {
      /** @description the seats of a show held back by the cinema, in hall order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            showId: string;
            blocked: {
              id: string;
              label: string;
              reason: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              blockedAt: string;
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCinemaSeating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cinemaId: string;
            /** @description true: a hold that would leave one free seat alone beside taken seats, a row end or an aisle is refused (409 would-strand-seat) */
            noSingleSeatGaps: boolean;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  setCinemaSeating: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description true: a hold that would leave one free seat alone beside taken seats, a row end or an aisle is refused (409 would-strand-seat) */
          noSingleSeatGaps: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cinemaId: string;
            /** @description true: a hold that would leave one free seat alone beside taken seats, a row end or an aisle is refused (409 would-strand-seat) */
            noSingleSeatGaps: boolean;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getDashboard: {
    parameters: {
      query?: {
        /** @description default: 7 days ago */
        from?: string;
        /** @description default: 14 days from now */
        to?: string;
        /** @description one cinema's figures; default: every cinema the caller manages */
        cinemaId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            shows: {
              showId: string;
              title: string;
              cinemaId: string;
              cinemaName: string;
              hallName: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              date: string;
              status: string;
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: components['schemas']['Money'];
              /** @description revenue less GST and convenience fees */
              net: components['schemas']['Money'];
              /** @description CGST + SGST charged */
              gst: components['schemas']['Money'];
              /** @description convenience fees before GST */
              fees: components['schemas']['Money'];
              /** @description taken off by promo codes, before GST */
              discounts: components['schemas']['Money'];
              /** @description of the revenue, tickets with their GST */
              tickets: components['schemas']['Money'];
              /** @description of the revenue, food and drink with their GST */
              items: components['schemas']['Money'];
              /** @description of the revenue, sold at the box office */
              counter: components['schemas']['Money'];
              /** @description of the revenue, sold online */
              online: components['schemas']['Money'];
            }[];
            byDay: {
              date: string;
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: components['schemas']['Money'];
              /** @description revenue less GST and convenience fees */
              net: components['schemas']['Money'];
              /** @description CGST + SGST charged */
              gst: components['schemas']['Money'];
              /** @description convenience fees before GST */
              fees: components['schemas']['Money'];
              /** @description taken off by promo codes, before GST */
              discounts: components['schemas']['Money'];
              /** @description of the revenue, tickets with their GST */
              tickets: components['schemas']['Money'];
              /** @description of the revenue, food and drink with their GST */
              items: components['schemas']['Money'];
              /** @description of the revenue, sold at the box office */
              counter: components['schemas']['Money'];
              /** @description of the revenue, sold online */
              online: components['schemas']['Money'];
              occupancy: number;
            }[];
            byCinema: {
              cinemaId: string;
              cinemaName: string;
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: components['schemas']['Money'];
              /** @description revenue less GST and convenience fees */
              net: components['schemas']['Money'];
              /** @description CGST + SGST charged */
              gst: components['schemas']['Money'];
              /** @description convenience fees before GST */
              fees: components['schemas']['Money'];
              /** @description taken off by promo codes, before GST */
              discounts: components['schemas']['Money'];
              /** @description of the revenue, tickets with their GST */
              tickets: components['schemas']['Money'];
              /** @description of the revenue, food and drink with their GST */
              items: components['schemas']['Money'];
              /** @description of the revenue, sold at the box office */
              counter: components['schemas']['Money'];
              /** @description of the revenue, sold online */
              online: components['schemas']['Money'];
              occupancy: number;
            }[];
            totals: {
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: components['schemas']['Money'];
              /** @description revenue less GST and convenience fees */
              net: components['schemas']['Money'];
              /** @description CGST + SGST charged */
              gst: components['schemas']['Money'];
              /** @description convenience fees before GST */
              fees: components['schemas']['Money'];
              /** @description taken off by promo codes, before GST */
              discounts: components['schemas']['Money'];
              /** @description of the revenue, tickets with their GST */
              tickets: components['schemas']['Money'];
              /** @description of the revenue, food and drink with their GST */
              items: components['schemas']['Money'];
              /** @description of the revenue, sold at the box office */
              counter: components['schemas']['Money'];
              /** @description of the revenue, sold online */
              online: components['schemas']['Money'];
              occupancy: number;
            };
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getDashboardCsv: {
    parameters: {
      query?: {
        /** @description default: 7 days ago */
        from?: string;
        /** @description default: 14 days from now */
        to?: string;
        /** @description one cinema's figures; default: every cinema the caller manages */
        cinemaId?: string;
        /** @description one row per; default show */
        by?: 'show' | 'day' | 'cinema';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the same figures as the dashboard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getSettlement: {
    parameters: {
      query: {
        /** @description opaque id */
        cinemaId: string;
        /** @description YYYY-MM-DD, a day in the cinema's time zone */
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            cinemaId: string;
            date: string;
            timeZone: string;
            charges: {
              count: number;
              amount: components['schemas']['Money'];
            };
            refunds: {
              count: number;
              amount: components['schemas']['Money'];
            };
            /** @description charges less refunds: what the gateway should pay out for the day */
            payout: components['schemas']['Money'];
            byMethod: {
              method: string;
              charges: components['schemas']['Money'];
              refunds: components['schemas']['Money'];
              payout: components['schemas']['Money'];
            }[];
            entries: {
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              at: string;
              kind: 'charge' | 'refund';
              bookingId: string;
              paymentId: string;
              refundId: string | null;
              method: string;
              amount: components['schemas']['Money'];
            }[];
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  settlementCsv: {
    parameters: {
      query: {
        /** @description opaque id */
        cinemaId: string;
        /** @description YYYY-MM-DD, a day in the cinema's time zone */
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description one row per charge or refund */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  watchShow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            showId: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            since: string;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Ticket'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  checkInTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            checkedInAt: string;
            movie: string;
            cinema: string;
            hall: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            startsAt: string;
            seats: string[];
            customer: string;
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      422: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listStaff: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffMember'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  grantStaffRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description an existing account */
          email: string;
          role: 'admin' | 'manager' | 'box-office' | 'door';
          /** @description where the role holds; required for every role but admin, which has every cinema */
          cinemaIds?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StaffMember'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  revokeStaffRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
        /** @description opaque id */
        cinemaId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  revokeAllStaffRoles: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  readAuditLog: {
    parameters: {
      query?: {
        /** @description opaque id */
        cinemaId?: string;
        /** @description the id of the entry to read on from (older ones) */
        before?: string;
        /** @description 1 to 500, default 100 */
        limit?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            at: string;
            user: {
              id: string;
              name: string | null;
              email: string | null;
            };
            /** @description what was done, like show.create or counter.sale */
            action: string;
            subjectId: string | null;
            /** @description null for the chain's own (cities, movies, staff) */
            cinemaId: string | null;
            details: unknown;
          }[];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listShifts: {
    parameters: {
      query?: {
        /** @description opaque id */
        cinemaId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  openShift: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description opaque id */
          cinemaId: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCurrentShift: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  closeShift: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Shift'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  sellAtCounter: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description opaque id */
          showId: string;
          /** @description the seats chosen on the map; or send quantity */
          seatIds?: string[];
          /** @description instead of seatIds: sell the best block of this many adjacent seats */
          quantity?: number;
          seatType?: components['schemas']['SeatType'];
          payment: {
            method: 'cash' | 'card-terminal' | 'upi-qr';
            /** @description the card slip's or UPI payment's reference, if noted */
            reference?: string;
          };
          /** @description food and drink with the seats: billed as lines of kind item, held with the seats or not at all */
          items?: {
            /** @description opaque id */
            itemId: string;
            quantity: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CounterSale'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCounterSale: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CounterSale'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getCounterTicketPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  collectPickup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the cinema whose counter hands the food and drink over */
          cinemaId: string;
          /** @description as the customer says it: case and spaces do not matter */
          pickupCode: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bookingId: string;
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode: string;
            show: {
              id: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              startsAt: string;
              movie: {
                title: string;
              };
              hall: {
                name: string;
              };
            };
            /** @description what to hand over */
            items: {
              itemId: string;
              name: string;
              quantity: number;
            }[];
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            collectedAt: string;
            collectedBy: {
              id: string;
              name: string;
            };
          };
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      413: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listCinemaMenu: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MenuItem'][];
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'][];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description paise; with or without GST as the cinema enters its ticket prices */
          price: number;
          /** @description GST, CGST + SGST; 5 unless set */
          taxPercent?: number;
          stock?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  changeItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description paise; with or without GST as the cinema enters its ticket prices */
          price?: number;
          /** @description GST, CGST + SGST; 5 unless set */
          taxPercent?: number;
          /** @description what is on the shelf now; null to stop counting */
          stock?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  retireItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Item'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      413: components['responses']['Problem'];
      414: components['responses']['Problem'];
      415: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  exportMyData: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description everything Houseful holds about the account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccountExport'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  streamSeatEvents: {
    parameters: {
      query?: {
        snapshot?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description opaque id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the stream: events `seats` (data { seatIds, status }) and `snapshot` (data: the seat map) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      400: components['responses']['Problem'];
      404: components['responses']['Problem'];
      414: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
}
