-- An account its owner erased (DELETE /api/me): the row stays for the bookings, tax documents and
-- staff records that refer to it, with its name, email and phone replaced, and says when.
ALTER TABLE users ADD COLUMN erased_at timestamptz;
