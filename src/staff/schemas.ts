// The wire shapes of staff: a role granted at cinemas, a member of staff, and the audit log.
import { Type, type Static } from 'typebox';
import { Id, Timestamp } from '../http/schemas.ts';

export const StaffRoleName = Type.Union([Type.Literal('admin'), Type.Literal('manager'), Type.Literal('box-office'), Type.Literal('door')]);

export const NewStaffRole = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, description: 'an existing account' }),
    role: StaffRoleName,
    cinemaIds: Type.Optional(
      Type.Array(Id, { maxItems: 100, description: 'where the role holds; required for every role but admin, which has every cinema' }),
    ),
  },
  { additionalProperties: false },
);

export const CinemaRoleView = Type.Object({
  cinemaId: Type.String(),
  cinemaName: Type.String(),
  role: Type.Union([Type.Literal('manager'), Type.Literal('box-office'), Type.Literal('door')]),
});

export const StaffMember = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    email: Type.String(),
    admin: Type.Boolean({ description: 'an admin has every cinema and the chain' }),
    cinemas: Type.Array(CinemaRoleView),
  },
  { title: 'StaffMember' },
);

export type StaffMemberView = Static<typeof StaffMember>;

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
