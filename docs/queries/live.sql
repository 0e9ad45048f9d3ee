-- Written by `npm run sql:plans` from src/live/repository.ts on the benchmark's data; do not edit.

-- live/repository.ts: notifySeatChange
SELECT pg_notify('houseful_seats', payload) FROM unnest($1::text[]) AS notice (payload);

-- plan
--   Function Scan on unnest notice
