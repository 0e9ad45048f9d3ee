-- Food and drink are refunded as items, not shared among the seats (docs/design.md, "Refunds").
--
-- A refund names the units of each item it gave back, `[{ "itemId", "quantity", "from" }]`, `from`
-- being how many of that item earlier refunds had given back (so each refund's units are known, as
-- its seats are), and what was paid for them; it never gives back more than was paid for its
-- seats and its items together.
ALTER TABLE refunds ADD COLUMN items jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE refunds ADD COLUMN items_value integer NOT NULL DEFAULT 0 CHECK (items_value >= 0);
ALTER TABLE refunds DROP CONSTRAINT refunds_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_within CHECK (amount >= 0 AND amount <= seats_value + items_value);

-- How many of each item a booking's refunds gave back: the counter hands over only the rest.
ALTER TABLE item_order_lines ADD COLUMN refunded_quantity integer NOT NULL DEFAULT 0
  CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity);
