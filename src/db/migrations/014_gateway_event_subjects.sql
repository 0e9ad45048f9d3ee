-- A webhook event is known by what its signed body names: the gateway's payment (or refund) and
-- the event type. The X-Razorpay-Event-Id header is outside the signature, so a replay under a
-- fresh header is still the same event; payment.captured after payment.authorized is a new one.
-- Events applied before this are kept under their header's id: applying one again reads the
-- payment as the gateway has it now, and changes nothing.
ALTER TABLE gateway_events ADD COLUMN subject_id text;
UPDATE gateway_events SET subject_id = event_id;
ALTER TABLE gateway_events ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE gateway_events DROP CONSTRAINT gateway_events_pkey;
ALTER TABLE gateway_events ADD PRIMARY KEY (gateway, subject_id, event);
-- The header's id, kept to trace a delivery in the gateway's dashboard.
ALTER TABLE gateway_events ALTER COLUMN event_id DROP NOT NULL;
