-- Each instance keeps the sessions it has seen in memory (accounts/session-cache.ts). These tell
-- every instance, from inside the transaction that does it, when a session ends (signing out, a
-- password change, an account removed) or an account changes (its role, its password).
-- Bodies stay on one line: migrations are split at a ';' that ends a line.
CREATE FUNCTION houseful_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('houseful_sessions', 'session:' || OLD.token_hash); RETURN NULL; END $$;
CREATE TRIGGER session_ended AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION houseful_session_ended();
CREATE FUNCTION houseful_account_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('houseful_sessions', 'account:' || NEW.id); RETURN NULL; END $$;
CREATE TRIGGER account_changed AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION houseful_account_changed();
