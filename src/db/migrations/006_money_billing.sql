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
