-- A payment made on a hosted checkout (PAYMENT_GATEWAY=razorpay) is an order at the gateway
-- first: the order id is kept with the attempt, one attempt per order, so the gateway's word
-- about an order (the customer's return, a webhook, recovery) finds its attempt.
ALTER TABLE payments ADD COLUMN gateway_order_id text;
CREATE UNIQUE INDEX payments_gateway_order ON payments (gateway_order_id) WHERE gateway_order_id IS NOT NULL;
-- Refund events name the gateway's payment id, kept in gateway_ref.
CREATE INDEX payments_gateway_ref ON payments (gateway_ref) WHERE gateway_order_id IS NOT NULL;

-- Each webhook event applied, by the gateway's own event id: a redelivery is answered and ignored.
CREATE TABLE gateway_events (
  gateway    text NOT NULL,
  event_id   text NOT NULL,
  event      text NOT NULL,
  applied_at timestamptz NOT NULL,
  PRIMARY KEY (gateway, event_id)
);
