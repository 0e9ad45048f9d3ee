-- The hold's precheck and statement count the seats a customer holds in a show, starting from the
-- customer's bookings of that show: found by both columns at once, not among all of a hot show's.
CREATE INDEX bookings_user_show ON bookings (user_id, show_id);
