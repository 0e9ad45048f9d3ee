// Schemas shared by several routes. Each schema validates requests, shapes responses and
// documents the route in /openapi.json.
import { Type } from 'typebox';

export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'opaque id' });

export const Money = Type.Object(
  { amount: Type.Integer(), currency: Type.Literal('INR') },
  { title: 'Money', description: 'integer minor units (paise)' },
);

export const Timestamp = Type.String({ description: 'ISO 8601 with the offset of the cinema (or UTC)' });

export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    field: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
    unavailableSeatIds: Type.Optional(Type.Array(Type.String())),
    strandedSeatIds: Type.Optional(Type.Array(Type.String(), { description: 'would-strand-seat: the seats the hold would leave alone' })),
    unavailableItemIds: Type.Optional(Type.Array(Type.String(), { description: 'items-unavailable: the items of which too few are left' })),
    conflictingShowId: Type.Optional(Type.String()),
    reason: Type.Optional(Type.String({ description: 'promo-code-not-applicable: why, in words for the customer' })),
    bookingIds: Type.Optional(
      Type.Array(Type.String(), { description: 'account-has-open-bookings: the holds and paid shows still open that keep the account' }),
    ),
  },
  { title: 'Problem', additionalProperties: true, description: 'RFC 9457 problem details' },
);

const ProblemResponse = {
  description: 'the request was refused: see `type` and `detail`',
  content: { 'application/problem+json': { schema: Problem } },
};

/** Problem responses (application/problem+json) for the given statuses, for the OpenAPI document. */
export function problems(...statuses: number[]): Record<number, typeof ProblemResponse> {
  return Object.fromEntries(statuses.map((status) => [status, ProblemResponse]));
}

export const IdParams = Type.Object({ id: Id });

export const Text = (max = 200) => Type.String({ minLength: 1, maxLength: max });
