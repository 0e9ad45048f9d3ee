-- Written by `npm run sql:plans` from src/items/repository.ts on the benchmark's data; do not edit.

-- items/repository.ts: itemsForHold
SELECT i.id, i.name, i.price, i.tax_bp, i.stock, i.retired_at IS NULL AS on_sale,
    i.cinema_id IS NOT DISTINCT FROM (SELECT h.cinema_id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = $1) AS here
  FROM items i WHERE i.id = ANY($2::text[]);

-- plan
--   Seq Scan on items i
--     Filter: (id = ANY ($2))
--     InitPlan 1 (returns $0)
--       ->  Nested Loop
--             Join Filter: (s.hall_id = h.id)
--             ->  Seq Scan on shows s
--                   Filter: (id = $1)
--             ->  Seq Scan on halls h

-- items/repository.ts: takeStock
WITH within AS (
    SELECT $5::int IS NULL OR (
      SELECT coalesce(sum(l.quantity), 0) FROM bookings b JOIN item_order_lines l ON l.booking_id = b.id
      WHERE b.user_id = $3 AND b.status = 'pending' AND b.expires_at > $4
    ) + (SELECT coalesce(sum(q), 0) FROM unnest($2::int[]) q) <= $5::int AS yes),
  taken AS (
    UPDATE items i SET stock = i.stock - w.quantity
    FROM (SELECT id FROM items WHERE id = ANY($1::text[]) AND (SELECT yes FROM within) ORDER BY id FOR UPDATE) l,
         unnest($1::text[], $2::int[]) AS w (item_id, quantity)
    WHERE i.id = l.id AND w.item_id = i.id AND i.retired_at IS NULL AND (i.stock IS NULL OR i.stock >= w.quantity)
    RETURNING i.id)
  SELECT coalesce((SELECT array_agg(id) FROM taken), '{}') AS taken, (SELECT yes FROM within) AS within_cap;

-- plan
--   Result
--     CTE within
--       ->  Result
--             InitPlan 1 (returns $0)
--               ->  Aggregate
--                     ->  Nested Loop
--                           Join Filter: (b.id = l.booking_id)
--                           ->  Seq Scan on bookings b
--                                 Filter: ((expires_at > $4) AND (user_id = $3) AND (status = 'pending'::text))
--                           ->  Seq Scan on item_order_lines l
--             InitPlan 2 (returns $1)
--               ->  Aggregate
--                     ->  Function Scan on unnest q
--     CTE taken
--       ->  Update on items i
--             ->  Nested Loop
--                   Join Filter: (i.id = l_1.id)
--                   ->  Hash Join
--                         Hash Cond: (w.item_id = i.id)
--                         Join Filter: ((i.stock IS NULL) OR (i.stock >= w.quantity))
--                         ->  Function Scan on w
--                         ->  Hash
--                               ->  Seq Scan on items i
--                                     Filter: (retired_at IS NULL)
--                   ->  Subquery Scan on l_1
--                         ->  LockRows
--                               InitPlan 4 (returns $3)
--                                 ->  CTE Scan on within
--                               ->  Sort
--                                     Sort Key: items.id
--                                     ->  Result
--                                           One-Time Filter: $3
--                                           ->  Seq Scan on items
--                                                 Filter: (id = ANY ($1))
--     InitPlan 6 (returns $7)
--       ->  Aggregate
--             ->  CTE Scan on taken
--     InitPlan 7 (returns $8)
--       ->  CTE Scan on within within_1

-- items/repository.ts: giveStockBack
WITH back AS (
    UPDATE item_orders o SET stock_returned_at = $2
    WHERE o.booking_id = ANY($1::text[]) AND o.stock_returned_at IS NULL
      AND (SELECT b.confirmed_at FROM bookings b WHERE b.id = o.booking_id) IS NULL
    RETURNING o.booking_id),
  returned AS (
    SELECT l.item_id, sum(l.quantity)::int AS n FROM item_order_lines l JOIN back ON back.booking_id = l.booking_id GROUP BY l.item_id)
  UPDATE items i SET stock = i.stock + r.n
  FROM (SELECT id FROM items WHERE id IN (SELECT item_id FROM returned) ORDER BY id FOR UPDATE) l, returned r
  WHERE i.id = l.id AND r.item_id = i.id AND i.stock IS NOT NULL;

-- plan
--   Update on items i
--     CTE back
--       ->  Update on item_orders o
--             ->  Seq Scan on item_orders o
--                   Filter: ((stock_returned_at IS NULL) AND (booking_id = ANY ($1)) AND ((SubPlan 1) IS NULL))
--                   SubPlan 1
--                     ->  Seq Scan on bookings b
--                           Filter: (id = o.booking_id)
--     CTE returned
--       ->  HashAggregate
--             Group Key: l_1.item_id
--             ->  Nested Loop
--                   Join Filter: (l_1.booking_id = back.booking_id)
--                   ->  Seq Scan on item_order_lines l_1
--                   ->  CTE Scan on back
--     ->  Nested Loop
--           Join Filter: (i.id = r.item_id)
--           ->  Nested Loop
--                 Join Filter: (i.id = l.id)
--                 ->  Seq Scan on items i
--                       Filter: (stock IS NOT NULL)
--                 ->  Subquery Scan on l
--                       ->  LockRows
--                             ->  Sort
--                                   Sort Key: items.id
--                                   ->  Nested Loop Semi Join
--                                         Join Filter: (items.id = returned.item_id)
--                                         ->  Seq Scan on items
--                                         ->  CTE Scan on returned
--           ->  CTE Scan on returned r
