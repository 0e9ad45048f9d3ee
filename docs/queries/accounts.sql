-- Written by `npm run sql:plans` from src/accounts/repository.ts on the benchmark's data; do not edit.

-- accounts/repository.ts: userForSession
SELECT u.id, u.name, u.email, u.phone, u.role, u.created_at AS "createdAt", EXISTS (SELECT 1 FROM staff_roles r WHERE r.user_id = u.id) AS "hasCinemaRoles", s.expires_at AS "sessionExpiresAt"
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.expires_at > $2;

-- plan
--   Nested Loop
--     ->  Index Scan using sessions_pkey on sessions s
--           Index Cond: (token_hash = $1)
--           Filter: (expires_at > $2)
--     ->  Index Scan using users_pkey on users u
--           Index Cond: (id = s.user_id)
--     SubPlan 1
--       ->  Seq Scan on staff_roles r
--             Filter: (user_id = u.id)

-- accounts/repository.ts: findUserWithHash
SELECT id, name, email, phone, role, created_at AS "createdAt", EXISTS (SELECT 1 FROM staff_roles r WHERE r.user_id = users.id) AS "hasCinemaRoles", password_hash FROM users WHERE email = $1;

-- plan
--   Index Scan using users_email_key on users
--     Index Cond: (email = $1)
--     SubPlan 1
--       ->  Seq Scan on staff_roles r
--             Filter: (user_id = users.id)
