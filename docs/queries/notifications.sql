-- Written by `npm run sql:plans` from src/notifications/repository.ts on the benchmark's data; do not edit.

-- notifications/repository.ts: queueBookingMessages
WITH queued AS (
    INSERT INTO outbox (kind, channel, recipient, subject_id)
    SELECT $1, channel.name, CASE channel.name WHEN 'mail' THEN u.email ELSE u.phone END, b.id
    FROM bookings b JOIN users u ON u.id = b.user_id
    CROSS JOIN (VALUES ('mail'), ('sms')) AS channel (name)
    WHERE b.id = ANY($2::text[])
      AND (channel.name = 'mail' OR ($3 AND u.phone IS NOT NULL))
    ORDER BY b.id, channel.name
    RETURNING id)
  SELECT pg_notify('houseful_outbox', '') FROM (SELECT 1 FROM queued LIMIT 1) AS any_queued;

-- plan
--   Subquery Scan on any_queued
--     CTE queued
--       ->  Insert on outbox
--             ->  Subquery Scan on "*SELECT*"
--                   ->  Sort
--                         Sort Key: b.id, "*VALUES*".column1
--                         ->  Nested Loop
--                               Join Filter: (("*VALUES*".column1 = 'mail'::text) OR ($3 AND (u.phone IS NOT NULL)))
--                               ->  Nested Loop
--                                     ->  Seq Scan on bookings b
--                                           Filter: (id = ANY ($2))
--                                     ->  Index Scan using users_pkey on users u
--                                           Index Cond: (id = b.user_id)
--                               ->  Materialize
--                                     ->  Values Scan on "*VALUES*"
--     ->  Limit
--           ->  CTE Scan on queued

-- notifications/repository.ts: claimDueMessages
UPDATE outbox SET attempts = attempts + 1, locked_until = now() + make_interval(secs => $1)
  WHERE id IN (SELECT id FROM outbox
               WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until <= now())
               ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
  RETURNING id, kind, channel, recipient, subject_id, attempts, created_at;

-- plan
--   Update on outbox
--     ->  Hash Semi Join
--           Hash Cond: (outbox.id = "ANY_subquery".id)
--           ->  Seq Scan on outbox
--           ->  Hash
--                 ->  Subquery Scan on "ANY_subquery"
--                       ->  Limit
--                             ->  LockRows
--                                   ->  Sort
--                                         Sort Key: outbox_1.id
--                                         ->  Seq Scan on outbox outbox_1
--                                               Filter: ((status = 'pending'::text) AND (next_attempt_at <= now()) AND ((locked_until IS NULL) OR (locked_until <= now())))
