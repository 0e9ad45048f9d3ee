-- Written by `npm run sql:plans` from src/bookings/repository.ts on the benchmark's data; do not edit.

-- bookings/repository.ts: precheckHold
SELECT
  EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $3)
    AND wanted.found = cardinality($2::text[]) AS request_ok,
  wanted.free_ids,
  (SELECT count(*)::int FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
    WHERE b.user_id = $4 AND b.show_id = $1 AND ss.show_id = $1 AND (ss.status = 'held' AND ss.held_until > $3)) AS mine,
  CASE WHEN cardinality(wanted.free_ids) = cardinality($2::text[]) THEN (SELECT json_agg(json_build_object('id', ss.seat_id, 'label', se.label, 'type', se.seat_type, 'price', ss.price, 'kind', se.kind,
'partnerId', se.partner_id, 'row', se.row_index, 'number', se.number, 'stretch', se.stretch,
      'partnerLabel', (SELECT p.label FROM seats p WHERE p.id = se.partner_id)))
    FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1 AND ss.seat_id = ANY($2::text[])) END AS priced,
  CASE WHEN cardinality(wanted.free_ids) = cardinality($2::text[]) THEN (SELECT json_build_object('cinemaId', h.cinema_id, 'movieId', s.movie_id, 'settings', cb.settings,
    'noSingleSeatGaps', ci.no_single_seat_gaps)
  FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas ci ON ci.id = h.cinema_id
  LEFT JOIN cinema_billing cb ON cb.cinema_id = h.cinema_id WHERE s.id = $1) END AS billing,
  CASE WHEN cardinality(wanted.free_ids) = cardinality($2::text[]) THEN (SELECT coalesce(json_agg(json_build_object('appliesTo', applies_to, 'above', above, 'upTo', up_to,
  'rateBp', rate_bp, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json)
FROM tax_rates WHERE valid_from <= $3 AND (valid_until IS NULL OR valid_until > $3)) END AS rates,
  CASE WHEN cardinality(wanted.free_ids) = cardinality($2::text[]) THEN (SELECT json_build_object('code', p.code, 'percentOff', p.percent_off,
    'amountOff', p.amount_off, 'maxDiscount', p.max_discount, 'minTotal', p.min_total, 'validFrom', p.valid_from,
    'validUntil', p.valid_until, 'maxUses', p.max_uses, 'maxUsesPerCustomer', p.max_uses_per_customer, 'cinemaId', p.cinema_id,
    'movieId', p.movie_id, 'uses', p.uses,
    'mine', (SELECT count(*) FROM promo_code_uses u WHERE u.code = p.code AND u.user_id = $4 AND u.released_at IS NULL))
  FROM promo_codes p WHERE $5::text IS NOT NULL AND p.code = $5::text) END AS promo,
  CASE WHEN cardinality(wanted.free_ids) = cardinality($2::text[]) AND EXISTS (SELECT 1 FROM seats WHERE id = ANY($2::text[]) AND kind = 'companion')
    THEN (SELECT count(*)::int FROM shows s JOIN seats se ON se.hall_id = s.hall_id AND se.kind = 'wheelchair'
      JOIN show_seats ss ON ss.show_id = s.id AND ss.seat_id = se.id WHERE s.id = $1 AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $3))) END AS wheelchair_free
FROM (SELECT count(*) AS found, coalesce(array_agg(seat_id) FILTER (WHERE (show_seats.status = 'available' OR (show_seats.status = 'held' AND show_seats.held_until <= $3))), '{}') AS free_ids
      FROM show_seats WHERE show_id = $1 AND seat_id = ANY($2::text[])) AS wanted;

-- plan
--   Subquery Scan on wanted
--     InitPlan 1 (returns $0)
--       ->  Seq Scan on shows
--             Filter: ((starts_at > $3) AND (id = $1) AND (status = 'upcoming'::text))
--     InitPlan 2 (returns $2)
--       ->  Aggregate
--             ->  Nested Loop
--                   ->  Seq Scan on bookings b
--                         Filter: ((user_id = $4) AND (show_id = $1))
--                   ->  Bitmap Heap Scan on show_seats ss
--                         Recheck Cond: (booking_id = b.id)
--                         Filter: ((held_until > $3) AND (show_id = $1) AND (status = 'held'::text))
--                         ->  Bitmap Index Scan on show_seats_booking
--                               Index Cond: (booking_id = b.id)
--     InitPlan 4 (returns $4)
--       ->  Aggregate
--             ->  Hash Join
--                   Hash Cond: (se.id = ss_1.seat_id)
--                   ->  Seq Scan on seats se
--                   ->  Hash
--                         ->  Bitmap Heap Scan on show_seats ss_1
--                               Recheck Cond: ((show_id = $1) AND (seat_id = ANY ($2)))
--                               ->  Bitmap Index Scan on show_seats_pkey
--                                     Index Cond: ((show_id = $1) AND (seat_id = ANY ($2)))
--             SubPlan 3
--               ->  Index Scan using seats_pkey on seats p
--                     Index Cond: (id = se.partner_id)
--     InitPlan 5 (returns $5)
--       ->  Nested Loop Left Join
--             Join Filter: (cb.cinema_id = h.cinema_id)
--             ->  Nested Loop
--                   Join Filter: (h.cinema_id = ci.id)
--                   ->  Nested Loop
--                         Join Filter: (s.hall_id = h.id)
--                         ->  Seq Scan on shows s
--                               Filter: (id = $1)
--                         ->  Seq Scan on halls h
--                   ->  Seq Scan on cinemas ci
--             ->  Seq Scan on cinema_billing cb
--     InitPlan 6 (returns $6)
--       ->  Aggregate
--             ->  Seq Scan on tax_rates
--                   Filter: ((valid_from <= $3) AND ((valid_until IS NULL) OR (valid_until > $3)))
--     InitPlan 8 (returns $8)
--       ->  Result
--             One-Time Filter: ($5 IS NOT NULL)
--             ->  Seq Scan on promo_codes p_1
--                   Filter: (code = $5)
--             SubPlan 7
--               ->  Aggregate
--                     ->  Seq Scan on promo_code_uses u
--                           Filter: ((released_at IS NULL) AND (code = p_1.code) AND (user_id = $4))
--     InitPlan 9 (returns $9)
--       ->  Seq Scan on seats
--             Filter: ((kind = 'companion'::text) AND (id = ANY ($2)))
--     InitPlan 10 (returns $11)
--       ->  Aggregate
--             ->  Nested Loop
--                   ->  Nested Loop
--                         Join Filter: (s_1.hall_id = se_1.hall_id)
--                         ->  Seq Scan on shows s_1
--                               Filter: (id = $1)
--                         ->  Index Scan using seats_wheelchair on seats se_1
--                   ->  Index Scan using show_seats_pkey on show_seats ss_2
--                         Index Cond: ((show_id = $1) AND (seat_id = se_1.id))
--                         Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $3)))
--     ->  Aggregate
--           ->  Bitmap Heap Scan on show_seats
--                 Recheck Cond: ((show_id = $1) AND (seat_id = ANY ($2)))
--                 ->  Bitmap Index Scan on show_seats_pkey
--                       Index Cond: ((show_id = $1) AND (seat_id = ANY ($2)))

-- bookings/repository.ts: precheckBestAvailable
SELECT
  EXISTS (SELECT 1 FROM shows WHERE id = $1 AND status = 'upcoming' AND starts_at > $2) AS request_ok,
  (SELECT count(*)::int FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
    WHERE b.user_id = $3 AND b.show_id = $1 AND ss.show_id = $1 AND (ss.status = 'held' AND ss.held_until > $2)) AS mine,
  (SELECT json_agg(json_build_object('id', ss.seat_id, 'label', se.label, 'type', se.seat_type, 'price', ss.price, 'kind', se.kind,
'partnerId', se.partner_id, 'row', se.row_index, 'number', se.number, 'stretch', se.stretch, 'free', (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $2))) ORDER BY se.row_index, se.number)
    FROM show_seats ss JOIN seats se ON se.id = ss.seat_id WHERE ss.show_id = $1) AS seats,
  (SELECT json_build_object('cinemaId', h.cinema_id, 'movieId', s.movie_id, 'settings', cb.settings,
    'noSingleSeatGaps', ci.no_single_seat_gaps)
  FROM shows s JOIN halls h ON h.id = s.hall_id JOIN cinemas ci ON ci.id = h.cinema_id
  LEFT JOIN cinema_billing cb ON cb.cinema_id = h.cinema_id WHERE s.id = $1) AS billing,
  (SELECT coalesce(json_agg(json_build_object('appliesTo', applies_to, 'above', above, 'upTo', up_to,
  'rateBp', rate_bp, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json)
FROM tax_rates WHERE valid_from <= $2 AND (valid_until IS NULL OR valid_until > $2)) AS rates,
  (SELECT json_build_object('code', p.code, 'percentOff', p.percent_off,
    'amountOff', p.amount_off, 'maxDiscount', p.max_discount, 'minTotal', p.min_total, 'validFrom', p.valid_from,
    'validUntil', p.valid_until, 'maxUses', p.max_uses, 'maxUsesPerCustomer', p.max_uses_per_customer, 'cinemaId', p.cinema_id,
    'movieId', p.movie_id, 'uses', p.uses,
    'mine', (SELECT count(*) FROM promo_code_uses u WHERE u.code = p.code AND u.user_id = $3 AND u.released_at IS NULL))
  FROM promo_codes p WHERE $4::text IS NOT NULL AND p.code = $4::text) AS promo;

-- plan
--   Result
--     InitPlan 1 (returns $0)
--       ->  Seq Scan on shows
--             Filter: ((starts_at > $2) AND (id = $1) AND (status = 'upcoming'::text))
--     InitPlan 2 (returns $2)
--       ->  Aggregate
--             ->  Nested Loop
--                   ->  Seq Scan on bookings b
--                         Filter: ((user_id = $3) AND (show_id = $1))
--                   ->  Bitmap Heap Scan on show_seats ss
--                         Recheck Cond: (booking_id = b.id)
--                         Filter: ((held_until > $2) AND (show_id = $1) AND (status = 'held'::text))
--                         ->  Bitmap Index Scan on show_seats_booking
--                               Index Cond: (booking_id = b.id)
--     InitPlan 3 (returns $3)
--       ->  Aggregate
--             ->  Hash Join
--                   Hash Cond: (se.id = ss_1.seat_id)
--                   ->  Seq Scan on seats se
--                   ->  Hash
--                         ->  Bitmap Heap Scan on show_seats ss_1
--                               Recheck Cond: (show_id = $1)
--                               ->  Bitmap Index Scan on show_seats_pkey
--                                     Index Cond: (show_id = $1)
--     InitPlan 4 (returns $4)
--       ->  Nested Loop Left Join
--             Join Filter: (cb.cinema_id = h.cinema_id)
--             ->  Nested Loop
--                   Join Filter: (h.cinema_id = ci.id)
--                   ->  Nested Loop
--                         Join Filter: (s.hall_id = h.id)
--                         ->  Seq Scan on shows s
--                               Filter: (id = $1)
--                         ->  Seq Scan on halls h
--                   ->  Seq Scan on cinemas ci
--             ->  Seq Scan on cinema_billing cb
--     InitPlan 5 (returns $5)
--       ->  Aggregate
--             ->  Seq Scan on tax_rates
--                   Filter: ((valid_from <= $2) AND ((valid_until IS NULL) OR (valid_until > $2)))
--     InitPlan 7 (returns $7)
--       ->  Result
--             One-Time Filter: ($4 IS NOT NULL)
--             ->  Seq Scan on promo_codes p
--                   Filter: (code = $4)
--             SubPlan 6
--               ->  Aggregate
--                     ->  Seq Scan on promo_code_uses u
--                           Filter: ((released_at IS NULL) AND (code = p.code) AND (user_id = $3))

-- bookings/repository.ts: claimSeats
WITH mine AS (
  SELECT count(*)::int AS n FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
  WHERE b.user_id = $2 AND b.show_id = $3 AND ss.show_id = $3 AND (ss.status = 'held' AND ss.held_until > $5)),
everywhere AS (
  SELECT $8::int IS NULL OR (
    SELECT count(*) FROM bookings b JOIN show_seats ss ON ss.booking_id = b.id
    WHERE b.user_id = $2 AND b.status = 'pending' AND (ss.status = 'held' AND ss.held_until > $5)) + cardinality($6::text[]) <= $8::int AS within_cap),
bookable AS (
  SELECT EXISTS (SELECT 1 FROM shows WHERE id = $3 AND status = 'upcoming' AND starts_at > $5) AS upcoming),
visible AS (
  SELECT count(*) AS found,
    coalesce(array_agg(seat_id) FILTER (WHERE (show_seats.status = 'available' OR (show_seats.status = 'held' AND show_seats.held_until <= $5))), '{}') AS free_ids
  FROM show_seats WHERE show_id = $3 AND seat_id = ANY($6::text[])),
segment AS (
  SELECT ss.seat_id, se.row_index, se.stretch, se.number,
    (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $5)) AS free_before,
    (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $5)) AND ss.seat_id <> ALL($6::text[]) AS free_after
  FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
  WHERE $12::boolean AND ss.show_id = $3 AND cardinality((SELECT free_ids FROM visible)) = cardinality($6::text[])
    AND (se.row_index, se.stretch) IN (SELECT w.row_index, w.stretch FROM seats w WHERE w.id = ANY($6::text[]))),
strands AS (
  SELECT array_agg(seat_id ORDER BY row_index, number) FILTER (WHERE (free_after AND left_after IS NOT TRUE AND right_after IS NOT TRUE AND (left_after IS FALSE OR right_after IS FALSE)) AND NOT (free_before AND left_before IS NOT TRUE AND right_before IS NOT TRUE AND (left_before IS FALSE OR right_before IS FALSE))) AS ids
  FROM (SELECT seat_id, row_index, number, free_before, free_after,
          lag(free_before) OVER w AS left_before, lead(free_before) OVER w AS right_before,
          lag(free_after) OVER w AS left_after, lead(free_after) OVER w AS right_after
        FROM segment WINDOW w AS (PARTITION BY row_index, stretch ORDER BY number)) neighbours),
claimable AS (
  SELECT seat_id FROM show_seats
  WHERE show_id = $3 AND seat_id = ANY($6::text[])
    AND (show_seats.status = 'available' OR (show_seats.status = 'held' AND show_seats.held_until <= $5))
    AND cardinality((SELECT free_ids FROM visible)) = cardinality($6::text[])
    AND (SELECT upcoming FROM bookable) AND (SELECT within_cap FROM everywhere) AND (SELECT ids FROM strands) IS NULL
  ORDER BY seat_id FOR UPDATE),
decision AS (
  SELECT (SELECT upcoming FROM bookable) AND (SELECT found FROM visible) = cardinality($6::text[]) AS request_ok,
         (SELECT n FROM mine) + cardinality($6::text[]) <= $7 AS within_limit,
         (SELECT within_cap FROM everywhere) AS within_cap,
         (SELECT ids FROM strands) IS NULL AS no_strand,
         (SELECT count(*) FROM claimable) = cardinality($6::text[]) AS all_free),
promo AS (
  UPDATE promo_codes p SET uses = p.uses + 1
  FROM decision d
  WHERE $11::text IS NOT NULL AND p.code = $11::text AND d.request_ok AND d.within_limit AND d.within_cap AND d.no_strand AND d.all_free
    AND (p.max_uses IS NULL OR p.uses < p.max_uses)
    AND (p.valid_from IS NULL OR p.valid_from <= $5) AND (p.valid_until IS NULL OR p.valid_until > $5)
    AND (p.max_uses_per_customer IS NULL OR (SELECT count(*) FROM promo_code_uses u
      WHERE u.code = $11::text AND u.user_id = $2 AND u.released_at IS NULL) < p.max_uses_per_customer)
  RETURNING p.code),
promo_taken AS (
  SELECT $11::text IS NULL OR EXISTS (SELECT 1 FROM promo) AS yes),
granted AS (
  SELECT request_ok AND within_limit AND within_cap AND no_strand AND all_free AND (SELECT yes FROM promo_taken) AS yes FROM decision),
promo_use AS (
  INSERT INTO promo_code_uses (booking_id, code, user_id, taken_at)
  SELECT $1, code, $2, $5 FROM promo, granted WHERE granted.yes),
claimed AS (
  UPDATE show_seats ss SET status = 'held', booking_id = $1, held_until = $4
  FROM claimable c, granted g
  WHERE g.yes AND ss.show_id = $3 AND ss.seat_id = c.seat_id
  RETURNING ss.seat_id, ss.price),
booking AS (
  INSERT INTO bookings (id, user_id, show_id, status, total, expires_at, created_at, bill)
  SELECT $1, $2, $3, 'pending', coalesce($9::int, (SELECT coalesce(sum(price), 0)::int FROM claimed)), $4, $5, $10::jsonb
  FROM granted WHERE yes),
booking_seat_rows AS (
  INSERT INTO booking_seats (booking_id, seat_id, price) SELECT $1, seat_id, price FROM claimed),
notified AS (
  SELECT pg_notify('houseful_seats', json_build_object('showId', $3::text, 'seatIds', array_agg(seat_id ORDER BY seat_id), 'status', 'held')::text)
  FROM claimed HAVING count(*) > 0)
SELECT d.request_ok, d.within_limit, d.within_cap, d.all_free, d.no_strand, (SELECT yes FROM promo_taken) AS promo_ok,
  (SELECT ids FROM strands) AS stranded_seat_ids,
  (SELECT count(*) FROM notified) AS notices,
  CASE WHEN cardinality(v.free_ids) = cardinality($6::text[])
    THEN coalesce((SELECT array_agg(seat_id) FROM claimable), '{}')
    ELSE v.free_ids END AS free_seat_ids,
  (SELECT json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'kind', se.kind, 'price', c.price)
     ORDER BY se.row_index, se.number)
   FROM claimed c JOIN seats se ON se.id = c.seat_id) AS seats,
  (SELECT json_build_object('startsAt', s.starts_at, 'timeZone', ci.time_zone, 'movieId', m.id, 'title', m.title,
     'cinemaId', ci.id, 'cinemaName', ci.name, 'hallId', h.id, 'hallName', h.name)
   FROM shows s JOIN movies m ON m.id = s.movie_id JOIN halls h ON h.id = s.hall_id JOIN cinemas ci ON ci.id = h.cinema_id
   WHERE s.id = $3 AND (SELECT yes FROM granted)) AS show
FROM decision d, visible v;

-- plan
--   Nested Loop
--     CTE everywhere
--       ->  Result
--             InitPlan 1 (returns $1)
--               ->  Aggregate
--                     ->  Nested Loop
--                           ->  Seq Scan on bookings b
--                                 Filter: ((user_id = $2) AND (status = 'pending'::text))
--                           ->  Bitmap Heap Scan on show_seats ss
--                                 Recheck Cond: (booking_id = b.id)
--                                 Filter: ((held_until > $5) AND (status = 'held'::text))
--                                 ->  Bitmap Index Scan on show_seats_booking
--                                       Index Cond: (booking_id = b.id)
--     CTE bookable
--       ->  Result
--             InitPlan 3 (returns $3)
--               ->  Seq Scan on shows
--                     Filter: ((starts_at > $5) AND (id = $3) AND (status = 'upcoming'::text))
--     CTE visible
--       ->  Aggregate
--             ->  Bitmap Heap Scan on show_seats
--                   Recheck Cond: ((show_id = $3) AND (seat_id = ANY ($6)))
--                   ->  Bitmap Index Scan on show_seats_pkey
--                         Index Cond: ((show_id = $3) AND (seat_id = ANY ($6)))
--     CTE strands
--       ->  Aggregate
--             ->  WindowAgg
--                   InitPlan 6 (returns $6)
--                     ->  CTE Scan on visible
--                   ->  Sort
--                         Sort Key: se.row_index, se.stretch, se.number
--                         ->  Result
--                               One-Time Filter: ($12 AND (cardinality($6) = cardinality($6)))
--                               ->  Hash Join
--                                     Hash Cond: ((se.row_index = w.row_index) AND (se.stretch = w.stretch))
--                                     ->  Hash Join
--                                           Hash Cond: (se.id = ss_1.seat_id)
--                                           ->  Seq Scan on seats se
--                                           ->  Hash
--                                                 ->  Bitmap Heap Scan on show_seats ss_1
--                                                       Recheck Cond: (show_id = $3)
--                                                       ->  Bitmap Index Scan on show_seats_pkey
--                                                             Index Cond: (show_id = $3)
--                                     ->  Hash
--                                           ->  HashAggregate
--                                                 Group Key: w.row_index, w.stretch
--                                                 ->  Seq Scan on seats w
--                                                       Filter: (id = ANY ($6))
--     CTE claimable
--       ->  LockRows
--             InitPlan 8 (returns $8)
--               ->  CTE Scan on visible visible_1
--             InitPlan 9 (returns $9)
--               ->  CTE Scan on bookable
--             InitPlan 10 (returns $10)
--               ->  CTE Scan on everywhere
--             InitPlan 11 (returns $11)
--               ->  CTE Scan on strands
--             ->  Sort
--                   Sort Key: show_seats_1.seat_id
--                   ->  Result
--                         One-Time Filter: ((cardinality($8) = cardinality($6)) AND $9 AND $10 AND ($11 IS NULL))
--                         ->  Bitmap Heap Scan on show_seats show_seats_1
--                               Recheck Cond: ((show_id = $3) AND (seat_id = ANY ($6)))
--                               Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $5)))
--                               ->  Bitmap Index Scan on show_seats_pkey
--                                     Index Cond: ((show_id = $3) AND (seat_id = ANY ($6)))
--     CTE decision
--       ->  Result
--             InitPlan 13 (returns $14)
--               ->  CTE Scan on bookable bookable_1
--             InitPlan 14 (returns $15)
--               ->  CTE Scan on visible visible_2
--             InitPlan 15 (returns $17)
--               ->  Aggregate
--                     ->  Nested Loop
--                           ->  Seq Scan on bookings b_1
--                                 Filter: ((user_id = $2) AND (show_id = $3))
--                           ->  Bitmap Heap Scan on show_seats ss_2
--                                 Recheck Cond: (booking_id = b_1.id)
--                                 Filter: ((held_until > $5) AND (show_id = $3) AND (status = 'held'::text))
--                                 ->  Bitmap Index Scan on show_seats_booking
--                                       Index Cond: (booking_id = b_1.id)
--             InitPlan 16 (returns $18)
--               ->  CTE Scan on everywhere everywhere_1
--             InitPlan 17 (returns $19)
--               ->  CTE Scan on strands strands_1
--             InitPlan 18 (returns $20)
--               ->  Aggregate
--                     ->  CTE Scan on claimable
--     CTE promo
--       ->  Update on promo_codes p
--             InitPlan 20 (returns $22)
--               ->  Aggregate
--                     ->  Seq Scan on promo_code_uses u
--                           Filter: ((released_at IS NULL) AND (code = $11) AND (user_id = $2))
--             ->  Result
--                   One-Time Filter: ($11 IS NOT NULL)
--                   ->  Nested Loop
--                         ->  Seq Scan on promo_codes p
--                               Filter: (((max_uses IS NULL) OR (uses < max_uses)) AND ((valid_from IS NULL) OR (valid_from <= $5)) AND ((valid_until IS NULL) OR (valid_until > $5)) AND ((max_uses_per_customer IS NULL) OR ($22 < max_uses_per_customer)) AND (code = $11))
--                         ->  CTE Scan on decision d_1
--                               Filter: (request_ok AND within_limit AND within_cap AND no_strand AND all_free)
--     CTE promo_taken
--       ->  Result
--             InitPlan 22 (returns $25)
--               ->  CTE Scan on promo
--     CTE granted
--       ->  CTE Scan on decision
--             InitPlan 24 (returns $27)
--               ->  CTE Scan on promo_taken
--     CTE promo_use
--       ->  Insert on promo_code_uses
--             ->  Nested Loop
--                   ->  CTE Scan on promo promo_1
--                   ->  CTE Scan on granted
--                         Filter: yes
--     CTE claimed
--       ->  Update on show_seats ss_3
--             ->  Nested Loop
--                   ->  CTE Scan on granted g
--                         Filter: yes
--                   ->  Nested Loop
--                         ->  CTE Scan on claimable c
--                         ->  Index Scan using show_seats_pkey on show_seats ss_3
--                               Index Cond: ((show_id = $3) AND (seat_id = c.seat_id))
--     CTE booking
--       ->  Insert on bookings
--             InitPlan 28 (returns $34)
--               ->  Aggregate
--                     ->  CTE Scan on claimed
--             ->  CTE Scan on granted granted_1
--                   Filter: yes
--     CTE booking_seat_rows
--       ->  Insert on booking_seats
--             ->  CTE Scan on claimed claimed_1
--     CTE notified
--       ->  Aggregate
--             Filter: (count(*) > 0)
--             ->  CTE Scan on claimed claimed_2
--     InitPlan 32 (returns $40)
--       ->  CTE Scan on promo_taken promo_taken_1
--     InitPlan 33 (returns $41)
--       ->  CTE Scan on strands strands_2
--     InitPlan 34 (returns $42)
--       ->  Aggregate
--             ->  CTE Scan on notified
--     InitPlan 35 (returns $43)
--       ->  Aggregate
--             ->  CTE Scan on claimable claimable_1
--     InitPlan 36 (returns $45)
--       ->  Aggregate
--             ->  Nested Loop
--                   ->  CTE Scan on claimed c_1
--                   ->  Index Scan using seats_pkey on seats se_1
--                         Index Cond: (id = c_1.seat_id)
--     InitPlan 38 (returns $47)
--       ->  Result
--             One-Time Filter: $46
--             InitPlan 37 (returns $46)
--               ->  CTE Scan on granted granted_2
--             ->  Nested Loop
--                   Join Filter: (h.cinema_id = ci.id)
--                   ->  Nested Loop
--                         Join Filter: (s.hall_id = h.id)
--                         ->  Nested Loop
--                               Join Filter: (s.movie_id = m.id)
--                               ->  Seq Scan on shows s
--                                     Filter: (id = $3)
--                               ->  Seq Scan on movies m
--                         ->  Seq Scan on halls h
--                   ->  Seq Scan on cinemas ci
--     ->  CTE Scan on decision d
--     ->  CTE Scan on visible v

-- bookings/repository.ts: findBookingRow
SELECT b.id, b.user_id, b.status, b.show_id, b.total, b.expires_at, b.created_at, b.bill,
  CASE WHEN b.bill IS NULL THEN (SELECT coalesce(json_agg(json_build_object('appliesTo', applies_to, 'above', above, 'upTo', up_to,
  'rateBp', rate_bp, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json)
FROM tax_rates WHERE valid_from <= b.created_at AND (valid_until IS NULL OR valid_until > b.created_at)) END AS legacy_rates,
  (SELECT json_object_agg(td.kind, json_build_object('number', td.document_no, 'issuedAt', td.issued_at)
     ORDER BY td.issued_at, td.number)
   FROM tax_documents td WHERE td.booking_id = b.id) AS documents,
  (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code,
  s.starts_at, c.time_zone, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name,
  h.id AS hall_id, h.name AS hall_name,
  (SELECT coalesce(json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'kind', se.kind, 'price', bs.price,
     'refunded', bs.refund_id IS NOT NULL) ORDER BY se.row_index, se.number), '[]'::json)
   FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'amount', r.amount, 'seatIds', r.seat_ids,
     'seatLabels', (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM seats se WHERE se.id = ANY(r.seat_ids)),
     'status', r.status,
     'percent', r.percent, 'createdAt', r.created_at, 'creditNote', (SELECT json_build_object('id', td.id, 'number', td.document_no,
     'issuedAt', td.issued_at) FROM tax_documents td WHERE td.refund_id = r.id)) ORDER BY r.created_at, r.id), '[]'::json)
   FROM refunds r WHERE r.booking_id = b.id) AS refunds,
  (SELECT json_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount)
   FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
   ORDER BY p.created_at DESC LIMIT 1) AS payment
FROM bookings b
JOIN shows s ON s.id = b.show_id
JOIN movies m ON m.id = s.movie_id
JOIN halls h ON h.id = s.hall_id
JOIN cinemas c ON c.id = h.cinema_id WHERE b.id = $1 AND b.user_id = $2;

-- plan
--   Nested Loop
--     Join Filter: (h.cinema_id = c.id)
--     ->  Nested Loop
--           ->  Nested Loop
--                 ->  Hash Join
--                       Hash Cond: (s.id = b.show_id)
--                       ->  Seq Scan on shows s
--                       ->  Hash
--                             ->  Seq Scan on bookings b
--                                   Filter: ((id = $1) AND (user_id = $2))
--                 ->  Index Scan using movies_pkey on movies m
--                       Index Cond: (id = s.movie_id)
--           ->  Index Scan using halls_pkey on halls h
--                 Index Cond: (id = s.hall_id)
--     ->  Seq Scan on cinemas c
--     SubPlan 1
--       ->  Aggregate
--             ->  Seq Scan on tax_rates
--                   Filter: ((valid_from <= b.created_at) AND ((valid_until IS NULL) OR (valid_until > b.created_at)))
--     SubPlan 2
--       ->  Aggregate
--             ->  Seq Scan on tax_documents td
--                   Filter: (booking_id = b.id)
--     SubPlan 3
--       ->  Seq Scan on item_orders io
--             Filter: (booking_id = b.id)
--     SubPlan 4
--       ->  Aggregate
--             ->  Nested Loop
--                   ->  Seq Scan on booking_seats bs
--                         Filter: (booking_id = b.id)
--                   ->  Index Scan using seats_pkey on seats se
--                         Index Cond: (id = bs.seat_id)
--     SubPlan 7
--       ->  Aggregate
--             ->  Seq Scan on refunds r
--                   Filter: (booking_id = b.id)
--             SubPlan 5
--               ->  Aggregate
--                     ->  Seq Scan on seats se_1
--                           Filter: (id = ANY (r.seat_ids))
--             SubPlan 6
--               ->  Seq Scan on tax_documents td_1
--                     Filter: (refund_id = r.id)
--     SubPlan 8
--       ->  Limit
--             ->  Sort
--                   Sort Key: p.created_at DESC
--                   ->  Seq Scan on payments p
--                         Filter: ((booking_id = b.id) AND (status = ANY ('{completed,refund_pending,refunded}'::text[])))

-- bookings/repository.ts: bookingRowsOf
SELECT b.id, b.user_id, b.status, b.show_id, b.total, b.expires_at, b.created_at, b.bill,
  CASE WHEN b.bill IS NULL THEN (SELECT coalesce(json_agg(json_build_object('appliesTo', applies_to, 'above', above, 'upTo', up_to,
  'rateBp', rate_bp, 'validFrom', valid_from, 'validUntil', valid_until)), '[]'::json)
FROM tax_rates WHERE valid_from <= b.created_at AND (valid_until IS NULL OR valid_until > b.created_at)) END AS legacy_rates,
  (SELECT json_object_agg(td.kind, json_build_object('number', td.document_no, 'issuedAt', td.issued_at)
     ORDER BY td.issued_at, td.number)
   FROM tax_documents td WHERE td.booking_id = b.id) AS documents,
  (SELECT io.pickup_code FROM item_orders io WHERE io.booking_id = b.id) AS pickup_code,
  s.starts_at, c.time_zone, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name,
  h.id AS hall_id, h.name AS hall_name,
  (SELECT coalesce(json_agg(json_build_object('id', se.id, 'label', se.label, 'type', se.seat_type, 'kind', se.kind, 'price', bs.price,
     'refunded', bs.refund_id IS NOT NULL) ORDER BY se.row_index, se.number), '[]'::json)
   FROM booking_seats bs JOIN seats se ON se.id = bs.seat_id WHERE bs.booking_id = b.id) AS seats,
  (SELECT coalesce(json_agg(json_build_object('id', r.id, 'amount', r.amount, 'seatIds', r.seat_ids,
     'seatLabels', (SELECT array_agg(se.label ORDER BY se.row_index, se.number) FROM seats se WHERE se.id = ANY(r.seat_ids)),
     'status', r.status,
     'percent', r.percent, 'createdAt', r.created_at, 'creditNote', (SELECT json_build_object('id', td.id, 'number', td.document_no,
     'issuedAt', td.issued_at) FROM tax_documents td WHERE td.refund_id = r.id)) ORDER BY r.created_at, r.id), '[]'::json)
   FROM refunds r WHERE r.booking_id = b.id) AS refunds,
  (SELECT json_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount)
   FROM payments p WHERE p.booking_id = b.id AND p.status IN ('completed', 'refund_pending', 'refunded')
   ORDER BY p.created_at DESC LIMIT 1) AS payment
FROM bookings b
JOIN shows s ON s.id = b.show_id
JOIN movies m ON m.id = s.movie_id
JOIN halls h ON h.id = s.hall_id
JOIN cinemas c ON c.id = h.cinema_id WHERE b.user_id = $1 ORDER BY b.created_at DESC, b.id LIMIT 500;

-- plan
--   Limit
--     ->  Result
--           ->  Sort
--                 Sort Key: b.created_at DESC, b.id
--                 ->  Nested Loop
--                       Join Filter: (h.cinema_id = c.id)
--                       ->  Nested Loop
--                             ->  Nested Loop
--                                   ->  Hash Join
--                                         Hash Cond: (s.id = b.show_id)
--                                         ->  Seq Scan on shows s
--                                         ->  Hash
--                                               ->  Seq Scan on bookings b
--                                                     Filter: (user_id = $1)
--                                   ->  Index Scan using movies_pkey on movies m
--                                         Index Cond: (id = s.movie_id)
--                             ->  Index Scan using halls_pkey on halls h
--                                   Index Cond: (id = s.hall_id)
--                       ->  Seq Scan on cinemas c
--                       SubPlan 3
--                         ->  Seq Scan on item_orders io
--                               Filter: (booking_id = b.id)
--           SubPlan 1
--             ->  Aggregate
--                   ->  Seq Scan on tax_rates
--                         Filter: ((valid_from <= b.created_at) AND ((valid_until IS NULL) OR (valid_until > b.created_at)))
--           SubPlan 2
--             ->  Aggregate
--                   ->  Seq Scan on tax_documents td
--                         Filter: (booking_id = b.id)
--           SubPlan 4
--             ->  Aggregate
--                   ->  Nested Loop
--                         ->  Seq Scan on booking_seats bs
--                               Filter: (booking_id = b.id)
--                         ->  Index Scan using seats_pkey on seats se
--                               Index Cond: (id = bs.seat_id)
--           SubPlan 7
--             ->  Aggregate
--                   ->  Seq Scan on refunds r
--                         Filter: (booking_id = b.id)
--                   SubPlan 5
--                     ->  Aggregate
--                           ->  Seq Scan on seats se_1
--                                 Filter: (id = ANY (r.seat_ids))
--                   SubPlan 6
--                     ->  Seq Scan on tax_documents td_1
--                           Filter: (refund_id = r.id)
--           SubPlan 8
--             ->  Limit
--                   ->  Sort
--                         Sort Key: p.created_at DESC
--                         ->  Seq Scan on payments p
--                               Filter: ((booking_id = b.id) AND (status = ANY ('{completed,refund_pending,refunded}'::text[])))

-- bookings/repository.ts: findBookingState
SELECT b.id, b.status, b.show_id, b.total, b.expires_at, b.confirmed_at, s.starts_at,
    (SELECT count(*)::int FROM booking_seats bs WHERE bs.booking_id = b.id) AS seat_count
  FROM bookings b JOIN shows s ON s.id = b.show_id WHERE b.id = $1 AND b.user_id = $2;

-- plan
--   Hash Join
--     Hash Cond: (s.id = b.show_id)
--     ->  Seq Scan on shows s
--     ->  Hash
--           ->  Seq Scan on bookings b
--                 Filter: ((id = $1) AND (user_id = $2))
--     SubPlan 1
--       ->  Aggregate
--             ->  Seq Scan on booking_seats bs
--                   Filter: (booking_id = b.id)

-- bookings/repository.ts: countBookingSeats
SELECT count(*)::int AS n FROM booking_seats WHERE booking_id = $1;

-- plan
--   Aggregate
--     ->  Seq Scan on booking_seats
--           Filter: (booking_id = $1)

-- bookings/repository.ts: bookHeldSeats
UPDATE show_seats ss SET status = 'booked', held_until = NULL
  WHERE ss.booking_id = $1 AND (ss.status = 'held' AND ss.held_until > $2) RETURNING ss.show_id, ss.seat_id;

-- plan
--   Update on show_seats ss
--     ->  Bitmap Heap Scan on show_seats ss
--           Recheck Cond: (booking_id = $1)
--           Filter: ((held_until > $2) AND (status = 'held'::text))
--           ->  Bitmap Index Scan on show_seats_booking
--                 Index Cond: (booking_id = $1)

-- bookings/repository.ts: moveBooking
UPDATE bookings SET status = $3,
    confirmed_at = CASE WHEN $3 = 'confirmed' THEN $4::timestamptz ELSE confirmed_at END,
    cancelled_at = CASE WHEN $3 = 'cancelled' THEN $4::timestamptz ELSE cancelled_at END
  WHERE id = ANY($1::text[]) AND status = $2 RETURNING id;

-- plan
--   Update on bookings
--     ->  Seq Scan on bookings
--           Filter: ((status = $2) AND (id = ANY ($1)))

-- bookings/repository.ts: releaseSeatsOf
UPDATE show_seats SET status = 'available', booking_id = NULL, held_until = NULL
  WHERE booking_id = ANY($1::text[]) AND ($2::text[] IS NULL OR seat_id = ANY($2::text[])) RETURNING show_id, seat_id;

-- plan
--   Update on show_seats
--     ->  Bitmap Heap Scan on show_seats
--           Recheck Cond: (booking_id = ANY ($1))
--           Filter: (($2 IS NULL) OR (seat_id = ANY ($2)))
--           ->  Bitmap Index Scan on show_seats_booking
--                 Index Cond: (booking_id = ANY ($1))

-- bookings/repository.ts: expireLapsedBookings
UPDATE bookings SET status = 'expired'
  WHERE status = 'pending' AND id IN (SELECT id FROM bookings WHERE status = 'pending' AND expires_at <= $1
               ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)
  RETURNING id;

-- plan
--   Update on bookings
--     ->  Hash Semi Join
--           Hash Cond: (bookings.id = "ANY_subquery".id)
--           ->  Seq Scan on bookings
--                 Filter: (status = 'pending'::text)
--           ->  Hash
--                 ->  Subquery Scan on "ANY_subquery"
--                       ->  Limit
--                             ->  LockRows
--                                   ->  Index Scan using bookings_pending on bookings bookings_1
--                                         Index Cond: (expires_at <= $1)
--                                         Filter: (status = 'pending'::text)
