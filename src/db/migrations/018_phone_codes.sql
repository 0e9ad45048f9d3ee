-- One-time codes sent by SMS: to verify an account's phone, and to sign in with a verified phone.

-- The number an account proved it receives SMS at (normalised, domain/phone.ts), and when.
-- Changing the phone clears it. Sign-in by SMS looks accounts up by it.
ALTER TABLE users ADD COLUMN verified_phone text;
ALTER TABLE users ADD COLUMN phone_verified_at timestamptz;
CREATE INDEX users_verified_phone ON users (verified_phone, phone_verified_at) WHERE verified_phone IS NOT NULL;

-- Each code sent. The code itself is never stored: only its HMAC with the server's secret, salted
-- by the row's id. Only the newest code of a phone (sign-in) or an account (verify-phone) counts;
-- it works until used, until expires_at, or until its 5th wrong try.
CREATE TABLE phone_codes (
  id         text PRIMARY KEY,
  purpose    text NOT NULL CHECK (purpose IN ('verify-phone', 'sign-in')),
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  phone      text NOT NULL, -- normalised, where the SMS went
  code_hash  text NOT NULL,
  tries      integer NOT NULL DEFAULT 0, -- wrong tries (a try in flight counts until it is found right)
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);
CREATE INDEX phone_codes_by_phone ON phone_codes (phone, purpose, created_at);
CREATE INDEX phone_codes_by_user ON phone_codes (user_id, purpose, created_at);

-- Every request for a code, whether or not an SMS went out, so the limits per phone and per client
-- address hold across instances and answer alike for numbers with and without an account.
CREATE TABLE phone_code_requests (
  phone   text NOT NULL,
  address text NOT NULL,
  at      timestamptz NOT NULL
);
CREATE INDEX phone_code_requests_by_phone ON phone_code_requests (phone, at);
CREATE INDEX phone_code_requests_by_address ON phone_code_requests (address, at);
CREATE INDEX phone_code_requests_at ON phone_code_requests (at);

-- The code's SMS leaves through the outbox. The kinds allowed so far are kept, whichever
-- migration added them, and 'phone-code' joins them.
DO $$ DECLARE kinds text[]; BEGIN SELECT array_agg(DISTINCT m[1]) INTO kinds FROM pg_constraint c, regexp_matches(pg_get_constraintdef(c.oid), '''([a-z0-9-]+)''', 'g') AS m WHERE c.conname = 'outbox_kind_check' AND c.conrelid = 'outbox'::regclass; ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check; EXECUTE format('ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind = ANY (%L::text[]))', array_append(array_remove(kinds, 'phone-code'), 'phone-code')); END $$;
