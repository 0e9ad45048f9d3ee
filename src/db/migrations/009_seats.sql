-- Seats as halls really are: each seat's kind, the stretch of its row it sits in, a couple
-- seat's partner; seats staff hold back from a show; and a cinema's rule against lone seats.

-- A seat's kind (standard unless the hall's row says otherwise), the stretch of its row between
-- aisles (0 from the row's start, one more after each aisle: seats of one stretch are neighbours),
-- and for a couple seat the seat it is sold with.
ALTER TABLE seats ADD COLUMN kind text NOT NULL DEFAULT 'standard'
  CHECK (kind IN ('standard', 'wheelchair', 'companion', 'couple', 'recliner', 'restricted-view'));
ALTER TABLE seats ADD COLUMN stretch integer NOT NULL DEFAULT 0;
ALTER TABLE seats ADD COLUMN partner_id text REFERENCES seats (id);
-- A hall's wheelchair spaces, for the listing of shows with one free and the companion seat rule.
CREATE INDEX seats_wheelchair ON seats (hall_id) WHERE kind = 'wheelchair';

-- Halls made before: a seat's stretch is how many of its row's aisles come before it.
UPDATE seats se SET stretch = (
  SELECT count(*) FROM halls h, jsonb_array_elements(h.layout) r, jsonb_array_elements(r -> 'aislesAfter') a
  WHERE h.id = se.hall_id AND r ->> 'label' = se.row_label AND (a #>> '{}')::int < se.number);

-- A seat staff hold back reads `booked` and belongs to no booking; the reason says why.
ALTER TABLE show_seats ADD COLUMN blocked_reason text;
ALTER TABLE show_seats ADD COLUMN blocked_at timestamptz;
ALTER TABLE show_seats DROP CONSTRAINT show_seats_check;
ALTER TABLE show_seats ADD CONSTRAINT show_seats_booking_or_block CHECK (
  CASE WHEN blocked_reason IS NULL THEN (status = 'available') = (booking_id IS NULL)
       ELSE status = 'booked' AND booking_id IS NULL AND blocked_at IS NOT NULL END);
CREATE INDEX show_seats_blocked ON show_seats (show_id) WHERE blocked_reason IS NOT NULL;

-- With the rule on, a hold may not leave one free seat alone (bookings/repository.ts, HOLD_STATEMENT).
ALTER TABLE cinemas ADD COLUMN no_single_seat_gaps boolean NOT NULL DEFAULT false;
