// The wire shapes of staff: a role granted at cinemas, a member of staff, and the audit log.
import { Type, type Static } from 'typebox';
import { Id } from '../http/schemas.ts';

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
