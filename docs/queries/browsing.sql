-- Written by `npm run sql:plans` from src/browsing/repository.ts on the benchmark's data; do not edit.

-- browsing/repository.ts: seatRows
SELECT se.id, se.label, se.row_label, se.number, se.seat_type, se.kind, ss.price, CASE WHEN ss.status = 'held' AND ss.held_until <= $2 THEN 'available' ELSE ss.status END AS status,
    ss.blocked_reason IS NOT NULL AS blocked
  FROM show_seats ss JOIN seats se ON se.id = ss.seat_id
  WHERE ss.show_id = $1 ORDER BY se.row_index, se.number;

-- plan
--   Sort
--     Sort Key: se.row_index, se.number
--     ->  Hash Join
--           Hash Cond: (se.id = ss.seat_id)
--           ->  Seq Scan on seats se
--           ->  Hash
--                 ->  Bitmap Heap Scan on show_seats ss
--                       Recheck Cond: (show_id = $1)
--                       ->  Bitmap Index Scan on show_seats_pkey
--                             Index Cond: (show_id = $1)

-- browsing/repository.ts: hallLayoutOf
SELECT h.layout FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1;

-- plan
--   Nested Loop
--     Join Filter: (s.hall_id = h.id)
--     ->  Seq Scan on shows s
--           Filter: (id = $1)
--     ->  Seq Scan on halls h

-- browsing/repository.ts: showRows (city)
SELECT s.id, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.time_zone,
  h.id AS hall_id, h.name AS hall_name, s.starts_at, s.ends_at, s.status, h.total_seats AS seats_total,
  s.price_regular, s.price_premium, s.price_vip,
  (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $1))) AS seats_available
FROM shows s
JOIN movies m ON m.id = s.movie_id
JOIN halls h ON h.id = s.hall_id
JOIN cinemas c ON c.id = h.cinema_id WHERE c.city_id = $2 AND s.ends_at > $1 ORDER BY s.starts_at, s.id LIMIT 1000;

-- plan
--   Limit
--     ->  Result
--           ->  Incremental Sort
--                 Sort Key: s.starts_at, s.id
--                 Presorted Key: s.starts_at
--                 ->  Nested Loop
--                       Join Filter: (s.movie_id = m.id)
--                       ->  Nested Loop
--                             Join Filter: (h.id = s.hall_id)
--                             ->  Index Scan using shows_starts on shows s
--                                   Filter: (ends_at > $1)
--                             ->  Materialize
--                                   ->  Nested Loop
--                                         Join Filter: (h.cinema_id = c.id)
--                                         ->  Seq Scan on cinemas c
--                                               Filter: (city_id = $2)
--                                         ->  Seq Scan on halls h
--                       ->  Materialize
--                             ->  Seq Scan on movies m
--           SubPlan 1
--             ->  Aggregate
--                   ->  Bitmap Heap Scan on show_seats ss
--                         Recheck Cond: (show_id = s.id)
--                         Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $1)))
--                         ->  Bitmap Index Scan on show_seats_pkey
--                               Index Cond: (show_id = s.id)

-- browsing/repository.ts: showRows (city, wheelchair space free)
SELECT s.id, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.time_zone,
  h.id AS hall_id, h.name AS hall_name, s.starts_at, s.ends_at, s.status, h.total_seats AS seats_total,
  s.price_regular, s.price_premium, s.price_vip,
  (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $1))) AS seats_available
FROM shows s
JOIN movies m ON m.id = s.movie_id
JOIN halls h ON h.id = s.hall_id
JOIN cinemas c ON c.id = h.cinema_id WHERE c.city_id = $2 AND s.ends_at > $1 AND EXISTS (SELECT 1 FROM seats se JOIN show_seats ss ON ss.show_id = s.id AND ss.seat_id = se.id
    WHERE se.hall_id = s.hall_id AND se.kind = 'wheelchair' AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $1))) ORDER BY s.starts_at, s.id LIMIT 1000;

-- plan
--   Limit
--     ->  Result
--           ->  Incremental Sort
--                 Sort Key: s.starts_at, s.id
--                 Presorted Key: s.starts_at
--                 ->  Nested Loop
--                       Join Filter: (s.movie_id = m.id)
--                       ->  Nested Loop
--                             Join Filter: (h.id = s.hall_id)
--                             ->  Index Scan using shows_starts on shows s
--                                   Filter: ((ends_at > $1) AND (SubPlan 2))
--                                   SubPlan 2
--                                     ->  Nested Loop
--                                           ->  Index Scan using seats_wheelchair on seats se
--                                                 Index Cond: (hall_id = s.hall_id)
--                                           ->  Index Scan using show_seats_pkey on show_seats ss_1
--                                                 Index Cond: ((show_id = s.id) AND (seat_id = se.id))
--                                                 Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $1)))
--                             ->  Materialize
--                                   ->  Nested Loop
--                                         Join Filter: (h.cinema_id = c.id)
--                                         ->  Seq Scan on cinemas c
--                                               Filter: (city_id = $2)
--                                         ->  Seq Scan on halls h
--                       ->  Materialize
--                             ->  Seq Scan on movies m
--           SubPlan 1
--             ->  Aggregate
--                   ->  Bitmap Heap Scan on show_seats ss
--                         Recheck Cond: (show_id = s.id)
--                         Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $1)))
--                         ->  Bitmap Index Scan on show_seats_pkey
--                               Index Cond: (show_id = s.id)

-- browsing/repository.ts: showRow
SELECT s.id, m.id AS movie_id, m.title, c.id AS cinema_id, c.name AS cinema_name, c.time_zone,
  h.id AS hall_id, h.name AS hall_name, s.starts_at, s.ends_at, s.status, h.total_seats AS seats_total,
  s.price_regular, s.price_premium, s.price_vip,
  (SELECT count(*)::int FROM show_seats ss WHERE ss.show_id = s.id AND (ss.status = 'available' OR (ss.status = 'held' AND ss.held_until <= $1))) AS seats_available
FROM shows s
JOIN movies m ON m.id = s.movie_id
JOIN halls h ON h.id = s.hall_id
JOIN cinemas c ON c.id = h.cinema_id WHERE s.id = $2;

-- plan
--   Nested Loop
--     Join Filter: (h.cinema_id = c.id)
--     ->  Nested Loop
--           Join Filter: (s.hall_id = h.id)
--           ->  Nested Loop
--                 Join Filter: (s.movie_id = m.id)
--                 ->  Seq Scan on shows s
--                       Filter: (id = $2)
--                 ->  Seq Scan on movies m
--           ->  Seq Scan on halls h
--     ->  Seq Scan on cinemas c
--     SubPlan 1
--       ->  Aggregate
--             ->  Bitmap Heap Scan on show_seats ss
--                   Recheck Cond: (show_id = s.id)
--                   Filter: ((status = 'available'::text) OR ((status = 'held'::text) AND (held_until <= $1)))
--                   ->  Bitmap Index Scan on show_seats_pkey
--                         Index Cond: (show_id = s.id)
