-- Food and drink: each cinema's items, and what a booking took of them.

-- An item on a cinema's menu. `stock` is what is left to sell; null when the cinema does not count
-- it. The CHECK is the last word on "never below zero": a hold takes stock only where enough is left.
CREATE TABLE items (
  id         text PRIMARY KEY,
  cinema_id  text NOT NULL REFERENCES cinemas (id),
  name       text NOT NULL,
  price      integer NOT NULL CHECK (price > 0), -- paise, entered as the cinema enters its ticket prices (with or without GST)
  tax_bp     integer NOT NULL CHECK (tax_bp BETWEEN 0 AND 10000), -- CGST + SGST, in basis points
  stock      integer CHECK (stock >= 0),
  retired_at timestamptz, -- no longer sold; kept for the bookings that had it
  created_at timestamptz NOT NULL
);
CREATE INDEX items_cinema ON items (cinema_id, name);

-- The items a booking took, written by the transaction that holds its seats, with the code its
-- customer collects them with. `stock_returned_at` is set when a booking that ends unpaid gives
-- its stock back, so it is given back once.
CREATE TABLE item_orders (
  booking_id        text PRIMARY KEY REFERENCES bookings (id),
  pickup_code       text NOT NULL,
  stock_returned_at timestamptz
);

CREATE TABLE item_order_lines (
  booking_id text NOT NULL REFERENCES item_orders (booking_id),
  item_id    text NOT NULL REFERENCES items (id),
  quantity   integer NOT NULL CHECK (quantity > 0),
  price      integer NOT NULL, -- each, as sold
  PRIMARY KEY (booking_id, item_id)
);
CREATE INDEX item_order_lines_item ON item_order_lines (item_id);
