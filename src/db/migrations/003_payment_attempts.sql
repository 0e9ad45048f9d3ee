-- A payment remembers the Idempotency-Key it was made under, so a retry with that key after an
-- answer that was not final (503 payment-pending, an outage) is given the attempt's outcome
-- instead of starting a second one.
ALTER TABLE payments ADD COLUMN idempotency_key text;
CREATE INDEX payments_booking_key ON payments (booking_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- A key whose first request ended without a final answer: a retry may take it over at once.
ALTER TABLE idempotency_keys ADD COLUMN interrupted boolean NOT NULL DEFAULT false;
