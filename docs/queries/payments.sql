-- Written by `npm run sql:plans` from src/payments/repository.ts on the benchmark's data; do not edit.

-- payments/repository.ts: insertPendingPayment
INSERT INTO payments (id, booking_id, method, amount, status, idempotency_key, created_at, updated_at)
  VALUES ($1, $2, $3, $4, 'pending', $5, $6, $6) ON CONFLICT DO NOTHING;

-- plan
--   Insert on payments
--     Conflict Resolution: NOTHING
--     ->  Result

-- payments/repository.ts: movePayment
UPDATE payments SET status = $3, updated_at = $4, gateway_ref = coalesce($5, gateway_ref),
    refunded_amount = CASE WHEN $3 = 'refunded' THEN amount ELSE refunded_amount END
  WHERE id = $1 AND status = $2;

-- plan
--   Update on payments
--     ->  Seq Scan on payments
--           Filter: ((id = $1) AND (status = $2))

-- payments/repository.ts: leaseUnsettledPayments
UPDATE payments SET updated_at = $1
  WHERE id IN (SELECT id FROM payments WHERE status IN ('pending', 'refund_pending') AND updated_at < $2
                 AND NOT EXISTS (SELECT 1 FROM refunds r WHERE r.payment_id = payments.id)
               ORDER BY updated_at LIMIT $3 FOR UPDATE SKIP LOCKED)
  RETURNING id, booking_id, amount, status, method, gateway_order_id;

-- plan
--   Update on payments
--     ->  Hash Semi Join
--           Hash Cond: (payments.id = "ANY_subquery".id)
--           ->  Seq Scan on payments
--           ->  Hash
--                 ->  Subquery Scan on "ANY_subquery"
--                       ->  Limit
--                             ->  LockRows
--                                   ->  Sort
--                                         Sort Key: payments_1.updated_at
--                                         ->  Nested Loop Anti Join
--                                               Join Filter: (r.payment_id = payments_1.id)
--                                               ->  Seq Scan on payments payments_1
--                                                     Filter: ((status = ANY ('{pending,refund_pending}'::text[])) AND (updated_at < $2))
--                                               ->  Seq Scan on refunds r
