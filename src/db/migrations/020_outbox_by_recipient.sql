-- Mail sent to one address in the last hour is counted before each delivery (MAIL_PER_RECIPIENT_PER_HOUR,
-- src/jobs/outbox-worker.ts): by recipient, over the rows already sent.
CREATE INDEX outbox_mail_sent_to ON outbox (recipient, sent_at) WHERE status = 'sent' AND channel = 'mail';
