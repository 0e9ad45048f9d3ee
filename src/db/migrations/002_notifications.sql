-- Telling people: the outbox of mail and SMS, show waitlists, and ticket check-ins.

-- docs/design.md rule 5: every message is a row written in the transaction of the change it reports,
-- then delivered by a worker (src/jobs/outbox-worker.ts). Only the kind, the recipient and what
-- the message is about are stored; subject and body are rendered at delivery time.
CREATE TABLE outbox (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            text NOT NULL CHECK (kind IN ('booking-confirmed', 'booking-cancelled', 'show-cancelled', 'hold-expired', 'seats-free')),
  channel         text NOT NULL CHECK (channel IN ('mail', 'sms')),
  recipient       text NOT NULL, -- an email address or a phone number
  subject_id      text NOT NULL, -- the booking, or for seats-free the show
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- A claimed row is leased: while locked_until is ahead, no other worker takes it.
  locked_until    timestamptz,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_subject ON outbox (subject_id);
-- Delivered rows are purged after a while by the sweeper.
CREATE INDEX outbox_sent ON outbox (sent_at) WHERE status = 'sent';

-- Customers waiting for seats of a sold-out show; told once (notified_at), oldest first.
CREATE TABLE show_watchers (
  show_id     text NOT NULL REFERENCES shows (id),
  user_id     text NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  notified_at timestamptz,
  PRIMARY KEY (show_id, user_id)
);
CREATE INDEX show_watchers_waiting ON show_watchers (show_id, created_at) WHERE notified_at IS NULL;

-- A ticket is checked in once; the row says when and by whom.
CREATE TABLE ticket_checkins (
  booking_id    text PRIMARY KEY REFERENCES bookings (id),
  checked_in_at timestamptz NOT NULL,
  checked_in_by text NOT NULL REFERENCES users (id)
);
