-- The cinema's own people: roles per cinema, the audit log's cinema, and the box office counter.

-- An account's role at a cinema. Admins (users.role = 'admin') have every cinema and need no row.
CREATE TABLE staff_roles (
  user_id    text NOT NULL REFERENCES users (id),
  cinema_id  text NOT NULL REFERENCES cinemas (id),
  role       text NOT NULL CHECK (role IN ('manager', 'box-office', 'door')),
  granted_by text NOT NULL REFERENCES users (id),
  granted_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, cinema_id)
);
CREATE INDEX staff_roles_cinema ON staff_roles (cinema_id);
-- Whether an account has a role is read with its session (accounts/session-cache.ts): a grant or a
-- revocation makes every instance forget that account's sessions, as a change to the account does.
CREATE FUNCTION houseful_cinema_roles_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('houseful_sessions', 'account:' || (CASE TG_OP WHEN 'DELETE' THEN OLD.user_id ELSE NEW.user_id END)); RETURN NULL; END $$;
CREATE TRIGGER cinema_roles_changed AFTER INSERT OR UPDATE OR DELETE ON staff_roles FOR EACH ROW EXECUTE FUNCTION houseful_cinema_roles_changed();

-- Which cinema each staff action was about, so a manager reads the log of their cinemas only;
-- null for what belongs to the whole chain (cities, movies, staff grants without a cinema).
ALTER TABLE admin_audit ADD COLUMN cinema_id text;
UPDATE admin_audit a SET cinema_id = coalesce(
  (SELECT id FROM cinemas WHERE id = a.subject_id),
  (SELECT cinema_id FROM halls WHERE id = a.subject_id),
  (SELECT h.cinema_id FROM shows s JOIN halls h ON h.id = s.hall_id WHERE s.id = a.subject_id),
  (SELECT h.cinema_id FROM bookings b JOIN shows s ON s.id = b.show_id JOIN halls h ON h.id = s.hall_id WHERE b.id = a.subject_id),
  (SELECT cinema_id FROM promo_codes WHERE code = a.subject_id));
CREATE INDEX admin_audit_at ON admin_audit (at DESC, id DESC);
CREATE INDEX admin_audit_cinema ON admin_audit (cinema_id, at DESC, id DESC);

-- A cashier's shift at one cinema's counter: every counter sale belongs to one. Closing freezes
-- what was taken by method, so a later correction never rewrites a closed drawer's report.
CREATE TABLE counter_shifts (
  id         text PRIMARY KEY,
  cinema_id  text NOT NULL REFERENCES cinemas (id),
  cashier_id text NOT NULL REFERENCES users (id),
  opened_at  timestamptz NOT NULL,
  closed_at  timestamptz,
  closed_by  text REFERENCES users (id),
  takings    jsonb, -- at closing: [ { method, sales, amount } ]
  CHECK ((closed_at IS NULL) = (takings IS NULL))
);
-- One open shift per cashier: a sale always knows whose drawer the money went into.
CREATE UNIQUE INDEX counter_shifts_one_open ON counter_shifts (cashier_id) WHERE closed_at IS NULL;
CREATE INDEX counter_shifts_cinema ON counter_shifts (cinema_id, opened_at DESC);

-- A booking sold at the counter: by whom, in which shift, paid how.
CREATE TABLE counter_sales (
  booking_id text PRIMARY KEY REFERENCES bookings (id),
  shift_id   text NOT NULL REFERENCES counter_shifts (id),
  sold_by    text NOT NULL REFERENCES users (id),
  method     text NOT NULL CHECK (method IN ('cash', 'card-terminal', 'upi-qr')),
  reference  text, -- the card slip's or UPI payment's reference, when the cashier notes one
  sold_at    timestamptz NOT NULL
);
CREATE INDEX counter_sales_shift ON counter_sales (shift_id);

-- A counter sale belongs to no customer account. It is held and confirmed by the same code as an
-- online booking (in the cashier's name, so the cashier's per-show lock and limit apply); the
-- moment it is confirmed it leaves the cashier's account, in the confirming transaction, so no
-- customer route can ever read, cancel or refund it and no confirmation mail is queued for it.
ALTER TABLE bookings ALTER COLUMN user_id DROP NOT NULL;
CREATE FUNCTION houseful_counter_sale_confirmed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF EXISTS (SELECT 1 FROM counter_sales WHERE booking_id = NEW.id) THEN NEW.user_id := NULL; END IF; RETURN NEW; END $$;
CREATE TRIGGER counter_sale_confirmed BEFORE UPDATE OF status ON bookings FOR EACH ROW WHEN (OLD.status = 'pending' AND NEW.status = 'confirmed') EXECUTE FUNCTION houseful_counter_sale_confirmed();
