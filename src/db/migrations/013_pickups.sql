-- Food and drink handed over at the counter: when, and by whom, once per booking.
ALTER TABLE item_orders ADD COLUMN collected_at timestamptz;
ALTER TABLE item_orders ADD COLUMN collected_by text REFERENCES users (id);

-- The counter finds an order by the code its customer says.
CREATE INDEX item_orders_pickup_code ON item_orders (pickup_code);
