// GET /api/me/export: a copy of everything Houseful holds about the caller (the DPDP Act's right
// to information about one's personal data), read from every table that names the account.
import { listBookings } from '../bookings/read.ts';
import type { Context } from '../context.ts';
import { NotFound } from '../domain/errors.ts';
import { inr } from '../domain/money.ts';
import {
  accountOf,
  cinemaRolesOf,
  idempotencyKeysOf,
  messagesOf,
  paymentsOf,
  promoCodeUsesOf,
  sessionsOf,
  signInFailuresOf,
  staffActionsOf,
  staffWorkOf,
  taxDocumentsOf,
  watchesOf,
} from './repository.ts';
import type { AccountExportView } from './schemas.ts';

const iso = (at: Date) => at.toISOString();
const isoOrNull = (at: Date | null) => (at === null ? null : at.toISOString());

export async function exportAccount(ctx: Context, userId: string): Promise<AccountExportView> {
  const { db } = ctx;
  const account = await accountOf(db, userId);
  if (!account) throw new NotFound('account');
  const [roles, sessions, bookings, payments, documents, watches, promoUses, keys, messages, failures, actions, work] = await Promise.all([
    cinemaRolesOf(db, userId),
    sessionsOf(db, userId),
    listBookings(db, ctx.clock, userId),
    paymentsOf(db, userId),
    taxDocumentsOf(db, userId),
    watchesOf(db, userId),
    promoCodeUsesOf(db, userId),
    idempotencyKeysOf(db, userId),
    messagesOf(db, account),
    signInFailuresOf(db, account.email),
    staffActionsOf(db, userId),
    staffWorkOf(db, userId),
  ]);
  return {
    exportedAt: iso(ctx.clock.now()),
    account: {
      id: account.id,
      name: account.name,
      email: account.email,
      emailVerified: account.email_verified,
      phone: account.phone,
      role: account.role,
      createdAt: iso(account.created_at),
      cinemaRoles: roles.map((r) => ({ cinemaId: r.cinema_id, role: r.role, grantedAt: iso(r.granted_at) })),
    },
    sessions: sessions.map((s) => ({ createdAt: iso(s.created_at), expiresAt: iso(s.expires_at) })),
    bookings: bookings.map((booking) => ({
      ...booking,
      payments: payments
        .filter((p) => p.booking_id === booking.id)
        .map((p) => ({
          id: p.id,
          method: p.method,
          amount: inr(p.amount),
          refunded: inr(p.refunded_amount),
          status: p.status,
          createdAt: iso(p.created_at),
        })),
      taxDocuments: documents
        .filter((d) => d.booking_id === booking.id)
        .map((d) => ({ kind: d.kind, number: d.document_no, issuedAt: iso(d.issued_at), total: inr(d.total), recipient: d.recipient })),
    })),
    waitlist: watches.map((w) => ({ showId: w.show_id, since: iso(w.created_at), notifiedAt: isoOrNull(w.notified_at) })),
    promoCodeUses: promoUses.map((u) => ({
      code: u.code,
      bookingId: u.booking_id,
      takenAt: iso(u.taken_at),
      releasedAt: isoOrNull(u.released_at),
    })),
    idempotencyKeys: keys.map((k) => ({ key: k.key, createdAt: iso(k.created_at) })),
    messages: messages.map((m) => ({
      kind: m.kind,
      channel: m.channel,
      recipient: m.recipient,
      subjectId: m.subject_id,
      status: m.status,
      createdAt: iso(m.created_at),
      sentAt: isoOrNull(m.sent_at),
    })),
    signInFailures: failures.map((f) => ({
      failures: f.failures,
      lastFailedAt: iso(f.last_failed_at),
      blockedUntil: isoOrNull(f.blocked_until),
    })),
    staffActions: actions.map((a) => ({
      action: a.action,
      subjectId: a.subject_id,
      cinemaId: a.cinema_id,
      details: a.details,
      at: iso(a.at),
    })),
    staffWork: work.map((w) => ({
      kind: w.kind as AccountExportView['staffWork'][number]['kind'],
      subjectId: w.subject_id,
      at: iso(w.at),
    })),
  };
}
