-- What a booking costs (docs/design.md, "Money"): each cinema's billing settings, GST rates as
-- data with validity dates (a rate change is a row, not a release), and each booking's bill.

-- A cinema without a row here has the defaults (billing/bill.ts DEFAULT_BILLING).
CREATE TABLE cinema_billing (
  cinema_id  text PRIMARY KEY REFERENCES cinemas (id),
  settings   jsonb NOT NULL, -- { legalName, gstin, pricesIncludeTax, convenienceFee, refundPolicy }
  updated_at timestamptz NOT NULL
);

-- GST bands: the rate applies where a unit's price before tax is above `above` and at most
-- `up_to` (paise; null is unbounded), from valid_from until valid_until.
CREATE TABLE tax_rates (
  id          serial PRIMARY KEY,
  applies_to  text NOT NULL CHECK (applies_to IN ('admission', 'fee')),
  above       integer,
  up_to       integer,
  rate_bp     integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000), -- CGST + SGST, in basis points
  valid_from  timestamptz NOT NULL,
  valid_until timestamptz,
  CHECK (valid_until IS NULL OR valid_until > valid_from)
);
-- Cinema admission since 1 January 2019: 12% up to ₹100 a ticket before tax, 18% above; 18% on the booking fee.
INSERT INTO tax_rates (applies_to, above, up_to, rate_bp, valid_from) VALUES
  ('admission', NULL, 10000, 1200, '2019-01-01T00:00:00+05:30'),
  ('admission', 10000, NULL, 1800, '2019-01-01T00:00:00+05:30'),
  ('fee', NULL, NULL, 1800, '2017-07-01T00:00:00+05:30');

-- The bill as the hold computed it: { supplies, offer }; null for bookings made before bills
-- (read with the default rules).
ALTER TABLE bookings ADD COLUMN bill jsonb;

-- Tax invoices and credit notes. Numbers run without gaps per cinema, financial year and kind:
-- the counter row is taken and raised in the transaction that confirms (or refunds) the booking,
-- so a rollback gives its number back and two instances wait for each other on the row. A
-- PostgreSQL sequence would not: its values are never given back, so a rollback leaves a gap.
CREATE TABLE tax_document_counters (
  cinema_id      text NOT NULL REFERENCES cinemas (id),
  financial_year text NOT NULL, -- '2026-27': April to March in the cinema's zone
  kind           text NOT NULL CHECK (kind IN ('invoice', 'credit-note')),
  last_number    integer NOT NULL CHECK (last_number > 0),
  PRIMARY KEY (cinema_id, financial_year, kind)
);

-- Each document as issued: who supplied what to whom, frozen, so a later change of settings or
-- rates never rewrites an invoice.
CREATE TABLE tax_documents (
  id             text PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('invoice', 'credit-note')),
  booking_id     text NOT NULL REFERENCES bookings (id),
  cinema_id      text NOT NULL REFERENCES cinemas (id),
  financial_year text NOT NULL,
  number         integer NOT NULL,
  document_no    text NOT NULL,
  issued_at      timestamptz NOT NULL,
  refers_to      text REFERENCES tax_documents (id), -- a credit note's invoice
  supplier       jsonb NOT NULL, -- { legalName, gstin, cinema, address, state }
  recipient      jsonb NOT NULL, -- { name, email }
  supplies       jsonb NOT NULL, -- billing/bill.ts Supply[]
  offer          text,
  total          integer NOT NULL CHECK (total >= 0),
  UNIQUE (cinema_id, financial_year, kind, number)
);
CREATE UNIQUE INDEX tax_documents_one_per_booking ON tax_documents (booking_id, kind);
CREATE INDEX tax_documents_issued ON tax_documents (issued_at);

-- Promo codes. `uses` counts the uses taken by live holds and paid bookings: the hold statement
-- raises it only while it is below max_uses, on the row's latest version, so the last use goes to
-- exactly one booking; a booking that expires or is cancelled unpaid gives its use back.
CREATE TABLE promo_codes (
  code                  text PRIMARY KEY, -- upper case
  percent_off           numeric(5, 2) CHECK (percent_off > 0 AND percent_off <= 100),
  amount_off            integer CHECK (amount_off > 0),
  max_discount          integer CHECK (max_discount >= 0),
  min_total             integer CHECK (min_total >= 0),
  valid_from            timestamptz,
  valid_until           timestamptz,
  max_uses              integer CHECK (max_uses > 0),
  max_uses_per_customer integer CHECK (max_uses_per_customer > 0),
  cinema_id             text REFERENCES cinemas (id),
  movie_id              text REFERENCES movies (id),
  uses                  integer NOT NULL DEFAULT 0 CHECK (uses >= 0 AND (max_uses IS NULL OR uses <= max_uses)),
  created_at            timestamptz NOT NULL,
  CHECK ((percent_off IS NULL) <> (amount_off IS NULL)),
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from)
);

-- Each use, with the booking that took it; released_at is set when the use was given back.
CREATE TABLE promo_code_uses (
  booking_id  text PRIMARY KEY,
  code        text NOT NULL REFERENCES promo_codes (code),
  user_id     text NOT NULL REFERENCES users (id),
  taken_at    timestamptz NOT NULL,
  released_at timestamptz
);
CREATE INDEX promo_code_uses_customer ON promo_code_uses (code, user_id) WHERE released_at IS NULL;
