-- Password reset by mail and email verification (docs/api.md, "Accounts").
--
-- Accounts made before verification existed count as verified: they were never asked, and a
-- REQUIRE_VERIFIED_EMAIL switched on later must not lock their holders out. The column is added
-- with true for them, then new accounts start unverified.
ALTER TABLE users ADD COLUMN email_verified boolean NOT NULL DEFAULT true;
ALTER TABLE users ALTER COLUMN email_verified SET DEFAULT false;

-- The one pending code of each purpose per account, kept only as its SHA-256: a new code replaces
-- the last, using it deletes it, and once wrong_attempts reaches the bound it no longer works.
CREATE TABLE account_codes (
  user_id        text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose        text NOT NULL CHECK (purpose IN ('password-reset', 'email-verification')),
  code_hash      text NOT NULL,
  expires_at     timestamptz NOT NULL,
  wrong_attempts integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, purpose)
);

-- Account mail goes through the outbox; the code is made and mailed at delivery, never in the request.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
  CHECK (kind IN ('booking-confirmed', 'booking-cancelled', 'show-cancelled', 'hold-expired', 'seats-free', 'seats-cancelled',
                  'password-reset', 'email-verification'));
-- How many of them one address or account was sent lately (the limits on asking for them).
CREATE INDEX outbox_account_mail ON outbox (recipient, kind, created_at) WHERE kind IN ('password-reset', 'email-verification');
