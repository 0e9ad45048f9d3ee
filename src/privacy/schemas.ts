// The wire shapes of a person's own data: what an export carries and how erasure is asked for.
import { Type, type Static, type TSchema } from 'typebox';
import { Booking } from '../bookings/schemas.ts';
import { Money, Timestamp } from '../http/schemas.ts';

export const EraseBody = Type.Object(
  { password: Type.String({ maxLength: 200, description: "the account's password, to confirm it is the owner asking" }) },
  { additionalProperties: false },
);

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const AccountExport = Type.Object(
  {
    exportedAt: Timestamp,
    account: Type.Object({
      id: Type.String(),
      name: Type.String(),
      email: Type.String(),
      emailVerified: Type.Boolean(),
      phone: Nullable(Type.String()),
      role: Type.String(),
      createdAt: Timestamp,
      cinemaRoles: Type.Array(Type.Object({ cinemaId: Type.String(), role: Type.String(), grantedAt: Timestamp })),
    }),
    sessions: Type.Array(Type.Object({ createdAt: Timestamp, expiresAt: Timestamp }), {
      description: 'the signed-in devices; their tokens are never stored, only a hash, and never exported',
    }),
    bookings: Type.Array(
      Type.Object({
        ...Booking.properties,
        payments: Type.Array(
          Type.Object({
            id: Type.String(),
            method: Type.String(),
            amount: Money,
            refunded: Money,
            status: Type.String(),
            createdAt: Timestamp,
          }),
          { description: 'every attempt to pay, settled or not' },
        ),
        taxDocuments: Type.Array(
          Type.Object({
            kind: Type.String(),
            number: Type.String(),
            issuedAt: Timestamp,
            total: Money,
            recipient: Type.Unknown({ description: 'the recipient as the document was issued' }),
          }),
        ),
      }),
    ),
    waitlist: Type.Array(Type.Object({ showId: Type.String(), since: Timestamp, notifiedAt: Nullable(Timestamp) })),
    promoCodeUses: Type.Array(
      Type.Object({ code: Type.String(), bookingId: Type.String(), takenAt: Timestamp, releasedAt: Nullable(Timestamp) }),
    ),
    idempotencyKeys: Type.Array(Type.Object({ key: Type.String(), createdAt: Timestamp }), {
      description: 'Idempotency-Key values sent with payments, kept a day so a retry is not charged twice',
    }),
    messages: Type.Array(
      Type.Object({
        kind: Type.String(),
        channel: Type.String(),
        recipient: Type.String(),
        subjectId: Type.String(),
        status: Type.String(),
        createdAt: Timestamp,
        sentAt: Nullable(Timestamp),
      }),
      { description: 'mail and SMS addressed to the account, sent or waiting' },
    ),
    signInFailures: Type.Array(Type.Object({ failures: Type.Integer(), lastFailedAt: Timestamp, blockedUntil: Nullable(Timestamp) })),
    staffActions: Type.Array(
      Type.Object({
        action: Type.String(),
        subjectId: Nullable(Type.String()),
        cinemaId: Nullable(Type.String()),
        details: Type.Unknown(),
        at: Timestamp,
      }),
      { description: "the audit log's entries of what the account did as staff" },
    ),
    staffWork: Type.Array(
      Type.Object({
        kind: Type.Union([
          Type.Literal('check-in'),
          Type.Literal('counter-shift'),
          Type.Literal('counter-shift-closed'),
          Type.Literal('counter-sale'),
          Type.Literal('pickup'),
        ]),
        subjectId: Type.String(),
        at: Timestamp,
      }),
      { description: 'tickets checked in, counter shifts opened and closed, counter sales, food and drink handed over' },
    ),
  },
  { title: 'AccountExport', description: 'everything Houseful holds about the account' },
);

export type AccountExportView = Static<typeof AccountExport>;
