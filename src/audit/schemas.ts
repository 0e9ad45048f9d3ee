// The audit log on the wire.
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from '../http/schemas.ts';

export const AuditQuery = Type.Object(
  {
    cinemaId: Type.Optional(Id),
    before: Type.Optional(Type.String({ pattern: '^[0-9]{1,18}$', description: 'the id of the entry to read on from (older ones)' })),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,4}$', description: '1 to 500, default 100' })),
  },
  { additionalProperties: false },
);

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: Timestamp,
  user: Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]), email: Type.Union([Type.String(), Type.Null()]) }),
  action: Type.String({ description: 'what was done, like show.create or counter.sale' }),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  cinemaId: Type.Union([Type.String(), Type.Null()], { description: "null for the chain's own (cities, movies, staff)" }),
  details: Type.Unknown(),
});

export type AuditEntryView = Static<typeof AuditEntry>;
