// Generated from docs/openapi.json by scripts/openapi.ts (npm run openapi). Do not edit by hand.
export interface paths {
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign up */
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
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
          'application/json': {
            id: string;
            name: string;
            email: string;
            phone: string | null;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            token: string;
            user: {
              id: string;
              name: string;
              email: string;
              phone: string | null;
              role: string;
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            name: string;
            email: string;
            phone: string | null;
            role: string;
            /** @description the roles of a member of staff at cinemas (an admin has every cinema and needs none) */
            cinemaRoles: {
              cinemaId: string;
              role: string;
            }[];
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            name: string;
            state: string;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            title: string;
            durationMinutes: number;
            language: string;
            genre: string;
            description: string | null;
            releaseDate: string | null;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              /** @description integer minor units (paise) */
              regular: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              premium: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              vip: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
          }[];
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              /** @description integer minor units (paise) */
              regular: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              premium: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              vip: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
          };
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            showId: string;
            seats: {
              id: string;
              label: string;
              row: string;
              number: number;
              type: string;
              kind: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'available' | 'held' | 'booked';
              /**
               * @description held back by the cinema: the seat reads booked
               * @enum {boolean}
               */
              blocked?: true;
              /** @description what to know before buying it, e.g. a restricted view */
              note?: string;
            }[];
            rows: {
              label: string;
              seatType: string;
              seats: number;
              aislesAfter: number[];
              kinds?: {
                [key: string]: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              };
            }[];
          };
        };
      };
      /** @description not modified: the If-None-Match tag is still current (no body) */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            name: string;
            state: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
            rows: {
              label: string;
              seatType: string;
              seats: number;
              aislesAfter: number[];
              kinds?: {
                [key: string]: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              };
            }[];
            cinemaName: string;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
            seatType: 'regular' | 'premium' | 'vip';
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
            rows: {
              label: string;
              seatType: string;
              seats: number;
              aislesAfter: number[];
              kinds?: {
                [key: string]: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              };
            }[];
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            title: string;
            durationMinutes: number;
            language: string;
            genre: string;
            description: string | null;
            releaseDate: string | null;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            title: string;
            durationMinutes: number;
            language: string;
            genre: string;
            description: string | null;
            releaseDate: string | null;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
        'application/json': {
          /** @description opaque id */
          showId: string;
          /** @description the seats to hold; or send quantity */
          seatIds?: string[];
          /** @description instead of seatIds: hold the best block of this many adjacent seats */
          quantity?: number;
          seatType?: 'regular' | 'premium' | 'vip';
          /** @description an offer code; refused with 409 promo-code-not-applicable and a reason */
          promoCode?: string;
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
      /** @description a booking as its customer sees it */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
        'application/json': {
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
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            /** @enum {string} */
            gateway: 'razorpay';
            /** @description the gateway's public key id the checkout is opened with */
            keyId: string;
            /** @description the gateway's checkout script */
            scriptUrl: string;
            /** @description the booking's order at the gateway: the same on every call */
            orderId: string;
            /** @description integer minor units (paise) */
            amount: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
        'application/json': {
          razorpay_payment_id: string;
          razorpay_order_id: string;
          razorpay_signature: string;
        };
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      402: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            cancellable: boolean;
            /** @description integer minor units (paise) */
            refund: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
    /** @description optional: which seats to cancel */
    requestBody: {
      content: {
        'application/json': {
          /** @description the seats to cancel; left out, every seat the booking still has */
          seatIds?: string[];
        } | null;
      };
    };
    responses: {
      /** @description a booking as its customer sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
            showId: string;
            seats: {
              id: string;
              label: string;
              type: string;
              kind?: 'standard' | 'wheelchair' | 'companion' | 'couple' | 'recliner' | 'restricted-view';
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description what to know about the seat before paying, e.g. a restricted view */
              note?: string;
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            /** @description what the total is made of: the amounts sum to total exactly */
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description once the booking is cancelled: the sum of its refunds */
            refund?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              status: 'refunded' | 'pending';
            };
            /** @description every refund of the booking, oldest first; absent until there is one */
            refunds?: {
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              /** @description a tax invoice or credit note */
              creditNote?: {
                /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
                number: string;
                /** @description ISO 8601 with the offset of the cinema (or UTC) */
                issuedAt: string;
                /** @description where its PDF is */
                url: string;
              };
            }[];
            /** @description a tax invoice or credit note */
            invoice?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description its latest credit note */
            creditNote?: {
              /** @description its number in the cinema’s series for the financial year, e.g. INV/2627/000042 */
              number: string;
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              issuedAt: string;
              /** @description where its PDF is */
              url: string;
            };
            /** @description what the customer says at the counter to collect the food and drink */
            pickupCode?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            maxSeatsPerBooking: number;
            holdTtlSeconds: number;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              status: 'pending' | 'confirmed' | 'expired' | 'cancelled';
              customer: {
                name: string;
                email: string;
              };
              seats: string[];
              /** @description integer minor units (paise) */
              total: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              createdAt: string;
              paymentMethod: string | null;
            }[];
            refundOnCancel: {
              bookings: number;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              /** @description integer minor units (paise) */
              regular: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              premium: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              vip: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            bookingsCancelled: number;
            /** @description integer minor units (paise) */
            refunded: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
            /** @description integer minor units (paise) */
            refunded: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            checkedInAt: string | null;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            /** @description test: send payment details to POST /api/bookings/{id}/payment; razorpay: open its checkout (POST /api/bookings/{id}/checkout) */
            gateway: 'test' | 'razorpay';
            /** @description the gateway's checkout script, for a hosted checkout */
            checkoutScriptUrl?: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  receiveGatewayWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        gateway: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the event is applied (or was before); anything but 2xx makes the gateway deliver it again */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {boolean} */
            received: true;
            event: string;
            /** @description this event was applied before, and is not applied again */
            duplicate: boolean;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              revenue: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description revenue less GST and convenience fees */
              net: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description CGST + SGST charged */
              gst: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description convenience fees before GST */
              fees: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description taken off by promo codes, before GST */
              discounts: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, tickets with their GST */
              tickets: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, food and drink with their GST */
              items: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold at the box office */
              counter: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold online */
              online: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            byDay: {
              date: string;
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description revenue less GST and convenience fees */
              net: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description CGST + SGST charged */
              gst: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description convenience fees before GST */
              fees: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description taken off by promo codes, before GST */
              discounts: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, tickets with their GST */
              tickets: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, food and drink with their GST */
              items: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold at the box office */
              counter: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold online */
              online: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
              revenue: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description revenue less GST and convenience fees */
              net: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description CGST + SGST charged */
              gst: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description convenience fees before GST */
              fees: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description taken off by promo codes, before GST */
              discounts: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, tickets with their GST */
              tickets: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, food and drink with their GST */
              items: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold at the box office */
              counter: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold online */
              online: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              occupancy: number;
            }[];
            totals: {
              seatsTotal: number;
              seatsBooked: number;
              /** @description food and drink sold, in units */
              itemsSold: number;
              /** @description what paid bookings were charged, less the refunds made (not those still pending) */
              revenue: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description revenue less GST and convenience fees */
              net: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description CGST + SGST charged */
              gst: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description convenience fees before GST */
              fees: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description taken off by promo codes, before GST */
              discounts: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, tickets with their GST */
              tickets: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, food and drink with their GST */
              items: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold at the box office */
              counter: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description of the revenue, sold online */
              online: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              occupancy: number;
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            refunds: {
              count: number;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            };
            /** @description charges less refunds: what the gateway should pay out for the day */
            payout: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            byMethod: {
              method: string;
              /** @description integer minor units (paise) */
              charges: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              refunds: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description integer minor units (paise) */
              payout: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            entries: {
              /** @description ISO 8601 with the offset of the cinema (or UTC) */
              at: string;
              kind: 'charge' | 'refund';
              bookingId: string;
              paymentId: string;
              refundId: string | null;
              method: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            bookingId: string;
            token: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description paid back since */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description taken less paid back, all methods */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description paid back since */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description taken less paid back, all methods */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description paid back since */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description taken less paid back, all methods */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description paid back since */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description taken less paid back, all methods */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
              /** @description paid back since */
              refunded: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description taken less paid back, all methods */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          seatType?: 'regular' | 'premium' | 'vip';
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            payment: {
              id: string;
              method: string;
              status: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
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
              /** @description integer minor units (paise) */
              price: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            /** @description integer minor units (paise) */
            total: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            lines: {
              kind: 'ticket' | 'fee' | 'tax' | 'discount' | 'item';
              label: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
            }[];
            payment: {
              id: string;
              method: string;
              status: string;
              /** @description integer minor units (paise) */
              amount: {
                amount: number;
                /** @enum {string} */
                currency: 'INR';
              };
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
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            name: string;
            /** @description integer minor units (paise) */
            price: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            taxPercent: number;
            soldOut: boolean;
            /** @description how many are left when counted; null when not */
            left: number | null;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            /** @description integer minor units (paise) */
            price: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            taxPercent: number;
            /** @description left to sell; null when not counted */
            stock: number | null;
            /** @description when it stopped being sold */
            retiredAt: string | null;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            createdAt: string;
          }[];
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            /** @description integer minor units (paise) */
            price: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            taxPercent: number;
            /** @description left to sell; null when not counted */
            stock: number | null;
            /** @description when it stopped being sold */
            retiredAt: string | null;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            createdAt: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            /** @description integer minor units (paise) */
            price: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            taxPercent: number;
            /** @description left to sell; null when not counted */
            stock: number | null;
            /** @description when it stopped being sold */
            retiredAt: string | null;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            createdAt: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
          'application/json': {
            id: string;
            cinemaId: string;
            name: string;
            /** @description integer minor units (paise) */
            price: {
              amount: number;
              /** @enum {string} */
              currency: 'INR';
            };
            taxPercent: number;
            /** @description left to sell; null when not counted */
            stock: number | null;
            /** @description when it stopped being sold */
            retiredAt: string | null;
            /** @description ISO 8601 with the offset of the cinema (or UTC) */
            createdAt: string;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
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
      /** @description text/event-stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
      /** @description the request was refused: see `type` and `detail` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': {
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
          } & {
            [key: string]: unknown;
          };
        };
      };
    };
  };
}
