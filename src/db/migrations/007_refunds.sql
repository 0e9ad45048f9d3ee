-- Refunds by a cinema's policy, per seat, and the ledger of money moved (docs/design.md, "Refunds").
--
-- A refund gives back part or all of what was paid for some seats of a confirmed booking: the
-- customer cancelling some or all of them (at the tier of the cinema's refund policy in force at
-- that moment), staff refunding, or the cinema cancelling the show. It is written as pending in
-- the cancelling transaction and sent to the gateway after it, under its own id, so asking twice
-- never refunds twice; recovery retries the ones a crash or a failing gateway left pending.
CREATE TABLE refunds (
  id          text PRIMARY KEY,
  booking_id  text NOT NULL REFERENCES bookings (id),
  payment_id  text NOT NULL REFERENCES payments (id),
  seat_ids    text[] NOT NULL,
  seats_value integer NOT NULL CHECK (seats_value >= 0), -- what was paid for those seats, fees and taxes included
  amount      integer NOT NULL CHECK (amount >= 0 AND amount <= seats_value),
  percent     numeric(5, 2) NOT NULL CHECK (percent >= 0 AND percent <= 100),
  reason      text NOT NULL CHECK (reason IN ('customer', 'staff', 'show-cancelled')),
  status      text NOT NULL CHECK (status IN ('pending', 'refunded')),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  refunded_at timestamptz
);
CREATE INDEX refunds_booking ON refunds (booking_id, created_at);
CREATE INDEX refunds_pending ON refunds (updated_at) WHERE status = 'pending';

-- A seat given back by a refund is no longer the booking's; the booking keeps the row as a record.
ALTER TABLE booking_seats ADD COLUMN refund_id text REFERENCES refunds (id);

-- A ticket is reissued when some of its seats are cancelled: a token carries the version it was
-- issued for, and the door refuses an older one.
ALTER TABLE bookings ADD COLUMN ticket_version integer NOT NULL DEFAULT 0;

-- A booking now has a credit note per refund.
DROP INDEX tax_documents_one_per_booking;
CREATE UNIQUE INDEX tax_documents_one_invoice ON tax_documents (booking_id) WHERE kind = 'invoice';
ALTER TABLE tax_documents ADD COLUMN refund_id text REFERENCES refunds (id);
CREATE UNIQUE INDEX tax_documents_one_per_refund ON tax_documents (refund_id) WHERE refund_id IS NOT NULL;

-- Every charge and refund the gateway made, per booking, when it made it: a charge when a capture
-- is settled (confirmed, or found lapsed and refunded), a refund when the gateway has refunded.
-- Rows are only ever added, each at most once (the unique indexes), so per booking
-- charges - refunds - refunds still pending = what was paid for the seats kept + what policies kept back.
CREATE TABLE ledger_entries (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  booking_id text NOT NULL REFERENCES bookings (id),
  cinema_id  text NOT NULL REFERENCES cinemas (id),
  payment_id text NOT NULL REFERENCES payments (id),
  refund_id  text REFERENCES refunds (id), -- null for a charge, and for a whole charge refunded because its hold had lapsed
  kind       text NOT NULL CHECK (kind IN ('charge', 'refund')),
  amount     integer NOT NULL CHECK (amount >= 0),
  at         timestamptz NOT NULL
);
CREATE UNIQUE INDEX ledger_one_charge ON ledger_entries (payment_id) WHERE kind = 'charge';
CREATE UNIQUE INDEX ledger_one_whole_refund ON ledger_entries (payment_id) WHERE kind = 'refund' AND refund_id IS NULL;
CREATE UNIQUE INDEX ledger_one_per_refund ON ledger_entries (refund_id) WHERE refund_id IS NOT NULL;
CREATE INDEX ledger_by_cinema ON ledger_entries (cinema_id, at);
CREATE INDEX ledger_by_booking ON ledger_entries (booking_id);

-- Cancelling some seats of a booking mails the customer the seats given back, the refund and the reissued ticket.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('booking-confirmed', 'booking-cancelled', 'show-cancelled', 'hold-expired', 'seats-free', 'seats-cancelled'));

-- The built-in test gateway refunds part of a charge under the refund's id, once.
CREATE TABLE test_gateway_refunds (
  refund_id  text PRIMARY KEY,
  reference  text NOT NULL REFERENCES test_gateway_charges (reference),
  amount     integer NOT NULL CHECK (amount >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE test_gateway_charges ADD COLUMN refunded_amount integer NOT NULL DEFAULT 0;
UPDATE test_gateway_charges SET refunded_amount = amount WHERE status = 'refunded';

-- What happened before this migration, in the same terms: a booking cancelled after it was paid
-- was refunded in full, every seat, by the customer (staff and show refunds read the same).
INSERT INTO refunds (id, booking_id, payment_id, seat_ids, seats_value, amount, percent, reason, status, created_at, updated_at, refunded_at)
SELECT 'ref_' || p.id, p.booking_id, p.id,
  (SELECT coalesce(array_agg(bs.seat_id ORDER BY bs.seat_id), '{}') FROM booking_seats bs WHERE bs.booking_id = b.id),
  p.amount, p.amount, 100, 'customer', CASE WHEN p.status = 'refunded' THEN 'refunded' ELSE 'pending' END,
  coalesce(b.cancelled_at, p.updated_at), p.updated_at, CASE WHEN p.status = 'refunded' THEN p.updated_at END
FROM payments p JOIN bookings b ON b.id = p.booking_id
WHERE p.status IN ('refund_pending', 'refunded') AND b.confirmed_at IS NOT NULL;
UPDATE booking_seats bs SET refund_id = r.id FROM refunds r WHERE r.booking_id = bs.booking_id;
UPDATE tax_documents td SET refund_id = r.id FROM refunds r WHERE td.kind = 'credit-note' AND td.booking_id = r.booking_id;
INSERT INTO ledger_entries (booking_id, cinema_id, payment_id, kind, amount, at)
SELECT p.booking_id, h.cinema_id, p.id, 'charge', p.amount, coalesce(b.confirmed_at, p.updated_at)
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id
WHERE p.status IN ('completed', 'refund_pending', 'refunded');
INSERT INTO ledger_entries (booking_id, cinema_id, payment_id, refund_id, kind, amount, at)
SELECT p.booking_id, h.cinema_id, p.id, r.id, 'refund', p.amount, p.updated_at
FROM payments p JOIN bookings b ON b.id = p.booking_id JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id
LEFT JOIN refunds r ON r.payment_id = p.id
WHERE p.status = 'refunded';
