// The API's JSON shapes as the web app reads them, taken from the OpenAPI document
// (docs/openapi.json, generated from the route schemas by `npm run openapi`). Nothing here
// restates a wire shape by hand: when a route's schema changes, these change with it.
import type { paths } from './api-types.gen.ts';

type Method = 'get' | 'post';

/** The JSON a route answers with the given status. */
type Answer<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends {
  responses: { [K in S]: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** The JSON body a route accepts. */
type RequestBody<P extends keyof paths, M extends Method> = paths[P][M] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

export type Booking = Answer<'/api/bookings/{id}', 'get'>;
export type Show = Answer<'/api/shows/{id}', 'get'>;
export type SeatMapData = Answer<'/api/shows/{id}/seats', 'get'>;
export type Seat = SeatMapData['seats'][number];
export type HallRow = SeatMapData['rows'][number];
export type User = Answer<'/api/me', 'get'>;
export type Session = Answer<'/api/sessions', 'post', 201>;
export type City = Answer<'/api/cities', 'get'>[number];
export type Cinema = Answer<'/api/cities/{cityId}/cinemas', 'get'>[number];
export type Movie = Answer<'/api/cities/{cityId}/movies', 'get'>[number];
export type BookingRules = Answer<'/api/booking-rules', 'get'>;
export type Ticket = Answer<'/api/bookings/{id}/ticket', 'get'>;
export type PaymentRequest = RequestBody<'/api/bookings/{id}/payment', 'post'>;
export type PaymentGateway = Answer<'/api/payments/gateway', 'get'>;
export type HostedCheckout = Answer<'/api/bookings/{id}/checkout', 'post'>;
export type CheckoutAnswer = RequestBody<'/api/bookings/{id}/checkout/complete', 'post'>;
export type CancellationQuote = Answer<'/api/bookings/{id}/cancellation', 'get'>;
export type Refund = NonNullable<Booking['refunds']>[number];

export type Money = Booking['total'];
export type SeatType = keyof Show['prices'];
export type SeatStatus = Seat['status'];
export type SeatKind = Seat['kind'];
export type BookingStatus = Booking['status'];

export type AdminCinema = Answer<'/api/admin/cinemas', 'get'>[number];
export type AdminHall = Answer<'/api/admin/halls', 'get'>[number];
export type CreatedHall = Answer<'/api/admin/halls', 'post', 201>;
export type CreatedMovie = Answer<'/api/admin/movies', 'post', 201>;
export type CreatedShow = Answer<'/api/admin/shows', 'post', 201>;
export type CancelledShow = Answer<'/api/admin/shows/{id}/cancel', 'post'>;
export type ShowBookings = Answer<'/api/admin/shows/{id}/bookings', 'get'>;
export type ShowClashes = Answer<'/api/admin/show-clashes', 'get'>;
export type CheckIn = Answer<'/api/admin/checkins', 'post', 201>;
export type Dashboard = Answer<'/api/admin/dashboard', 'get'>;
export type Figures = Dashboard['totals'];
export type Settlement = Answer<'/api/admin/reports/settlement', 'get'>;

/** An RFC 9457 problem as the API sends it (application/problem+json; every route shares one problem schema). */
export type Problem = paths['/api/bookings']['post']['responses'][409]['content']['application/problem+json'];

export type Shift = Answer<'/api/admin/shifts/current', 'get'>;
export type CounterSale = Answer<'/api/admin/counter-sales/{id}', 'get'>;
export type CounterMethod = RequestBody<'/api/admin/counter-sales', 'post'>['payment']['method'];
export type AuditEntry = Answer<'/api/admin/audit', 'get'>[number];
export type MenuItem = Answer<'/api/cinemas/{id}/items', 'get'>[number];
export type Item = Answer<'/api/admin/cinemas/{id}/items', 'get'>[number];
export type StaffMember = Answer<'/api/admin/staff', 'get'>[number];
export type Pickup = Answer<'/api/admin/pickups', 'post'>;
