-- Houseful core schema: accounts, catalogue, per-show seats, bookings, payments.
-- Money is integer paise; every instant is timestamptz.

CREATE TABLE users (
  id            text PRIMARY KEY,
  name          text NOT NULL,
  email         text NOT NULL UNIQUE, -- stored lower-cased
  phone         text,
  password_hash text NOT NULL,
  role          text NOT NULL DEFAULT 'customer' CHECK (role IN ('customer', 'admin')),
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Session tokens are random; only their SHA-256 is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE cities (
  id    text PRIMARY KEY,
  name  text NOT NULL,
  state text NOT NULL
);

CREATE TABLE cinemas (
  id        text PRIMARY KEY,
  city_id   text NOT NULL REFERENCES cities (id),
  name      text NOT NULL,
  address   text NOT NULL,
  time_zone text NOT NULL
);
CREATE INDEX cinemas_city ON cinemas (city_id);

CREATE TABLE halls (
  id          text PRIMARY KEY,
  cinema_id   text NOT NULL REFERENCES cinemas (id),
  name        text NOT NULL,
  total_seats integer NOT NULL CHECK (total_seats > 0),
  layout      jsonb NOT NULL -- the rows as created, with their aisles, for drawing the map
);
CREATE INDEX halls_cinema ON halls (cinema_id);

CREATE TABLE seats (
  id        text PRIMARY KEY,
  hall_id   text NOT NULL REFERENCES halls (id),
  label     text NOT NULL,
  row_label text NOT NULL,
  row_index integer NOT NULL,
  number    integer NOT NULL,
  seat_type text NOT NULL CHECK (seat_type IN ('regular', 'premium', 'vip')),
  UNIQUE (hall_id, label)
);

CREATE TABLE movies (
  id               text PRIMARY KEY,
  title            text NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes > 0),
  language         text NOT NULL,
  genre            text NOT NULL,
  description      text,
  release_date     date
);

-- status holds only what cannot be derived from time: 'upcoming' or 'cancelled'.
-- ongoing and completed are read from starts_at / ends_at.
CREATE TABLE shows (
  id            text PRIMARY KEY,
  movie_id      text NOT NULL REFERENCES movies (id),
  hall_id       text NOT NULL REFERENCES halls (id),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  status        text NOT NULL DEFAULT 'upcoming' CHECK (status IN ('upcoming', 'cancelled')),
  price_regular integer NOT NULL CHECK (price_regular >= 0),
  price_premium integer NOT NULL CHECK (price_premium >= 0),
  price_vip     integer NOT NULL CHECK (price_vip >= 0),
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at)
);
CREATE INDEX shows_hall_time ON shows (hall_id, starts_at);
CREATE INDEX shows_movie ON shows (movie_id, starts_at);
CREATE INDEX shows_starts ON shows (starts_at);

CREATE TABLE bookings (
  id           text PRIMARY KEY,
  user_id      text NOT NULL REFERENCES users (id),
  show_id      text NOT NULL REFERENCES shows (id),
  status       text NOT NULL CHECK (status IN ('pending', 'confirmed', 'expired', 'cancelled')),
  total        integer NOT NULL CHECK (total >= 0),
  expires_at   timestamptz NOT NULL,
  created_at   timestamptz NOT NULL,
  confirmed_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX bookings_user ON bookings (user_id, created_at DESC);
CREATE INDEX bookings_show ON bookings (show_id, status);
CREATE INDEX bookings_pending ON bookings (expires_at) WHERE status = 'pending';

-- The seats a booking asked for, at the price it was quoted. Kept after the hold lapses.
CREATE TABLE booking_seats (
  booking_id text NOT NULL REFERENCES bookings (id),
  seat_id    text NOT NULL REFERENCES seats (id),
  price      integer NOT NULL,
  PRIMARY KEY (booking_id, seat_id)
);

-- One row per seat per show: the only place a seat's state lives.
-- A hold is live while held_until > now; after that the row reads as available.
CREATE TABLE show_seats (
  show_id    text NOT NULL REFERENCES shows (id),
  seat_id    text NOT NULL REFERENCES seats (id),
  price      integer NOT NULL,
  status     text NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'held', 'booked')),
  booking_id text REFERENCES bookings (id),
  held_until timestamptz,
  PRIMARY KEY (show_id, seat_id),
  CHECK ((status = 'available') = (booking_id IS NULL)),
  CHECK ((status = 'held') = (held_until IS NOT NULL))
);
CREATE INDEX show_seats_booking ON show_seats (booking_id) WHERE booking_id IS NOT NULL;

-- A payment attempt is recorded before the gateway is called (docs/design.md rule 3), so a crash
-- between charge and confirm leaves a row that recovery can finish.
CREATE TABLE payments (
  id          text PRIMARY KEY,
  booking_id  text NOT NULL REFERENCES bookings (id),
  method      text NOT NULL,
  amount      integer NOT NULL CHECK (amount >= 0),
  status      text NOT NULL CHECK (status IN ('pending', 'completed', 'declined', 'failed', 'refund_pending', 'refunded')),
  gateway_ref text,
  refunded_amount integer NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX payments_booking ON payments (booking_id);
CREATE INDEX payments_unsettled ON payments (updated_at) WHERE status IN ('pending', 'refund_pending');

-- Idempotency-Key: per caller, kept at least 24 hours.
CREATE TABLE idempotency_keys (
  user_id         text NOT NULL REFERENCES users (id),
  key             text NOT NULL,
  request_hash    text NOT NULL,
  response_status integer,
  response_body   jsonb,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);

-- The built-in test gateway's own ledger: the far side of payments, kept in the same
-- database so a charge survives a crash of the process that asked for it.
CREATE TABLE test_gateway_charges (
  reference  text PRIMARY KEY, -- Houseful's payment id: charging twice is a no-op
  amount     integer NOT NULL,
  method     text NOT NULL,
  status     text NOT NULL CHECK (status IN ('captured', 'declined', 'refunded')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE admin_audit (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id    text NOT NULL,
  action     text NOT NULL,
  subject_id text,
  details    jsonb,
  at         timestamptz NOT NULL DEFAULT now()
);

-- At most one payment per booking may be in flight or completed, so a booking is never charged twice.
CREATE UNIQUE INDEX payments_one_live ON payments (booking_id) WHERE status IN ('pending', 'completed', 'refund_pending');

-- One-off facts about this database, such as whether the demo catalogue was loaded.
CREATE TABLE settings (
  key   text PRIMARY KEY,
  value jsonb,
  at    timestamptz NOT NULL DEFAULT now()
);
