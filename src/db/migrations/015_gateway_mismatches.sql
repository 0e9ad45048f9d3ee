-- A payment the gateway took that does not match the attempt it was reported for (another
-- amount, another currency than INR, or a payment of an order that is not Houseful's) confirms
-- nothing. It is kept here, once per gateway payment: one taken for another amount in rupees on
-- Houseful's own order is refunded whole (refund-pending until the gateway has refunded it); any
-- other is left to staff (needs-staff), who list them at GET /api/admin/payments/mismatches.
CREATE TABLE gateway_mismatches (
  gateway            text NOT NULL,
  gateway_payment_id text NOT NULL,
  payment_id         text NOT NULL REFERENCES payments (id), -- the attempt it was reported for
  gateway_order_id   text NOT NULL,                         -- the order the gateway says it paid
  amount             integer NOT NULL CHECK (amount >= 0),  -- in the currency's minor unit
  currency           text NOT NULL,
  reason             text NOT NULL,
  status             text NOT NULL CHECK (status IN ('refund-pending', 'refunded', 'needs-staff')),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  PRIMARY KEY (gateway, gateway_payment_id)
);
CREATE INDEX gateway_mismatches_refund_pending ON gateway_mismatches (updated_at) WHERE status = 'refund-pending';
