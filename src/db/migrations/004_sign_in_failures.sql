-- Wrong passwords in a row per email (known or not), so the sign-in backoff holds across
-- instances. A successful sign-in deletes its row; the sweeper purges rows left alone.
CREATE TABLE sign_in_failures (
  email          text PRIMARY KEY, -- trimmed and lower-cased, as accounts store it
  failures       integer NOT NULL,
  last_failed_at timestamptz NOT NULL,
  blocked_until  timestamptz
);
CREATE INDEX sign_in_failures_last ON sign_in_failures (last_failed_at);
