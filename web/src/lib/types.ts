// The API's JSON shapes as the web app reads them (see CONTRACT.md and src/*/routes.ts).
export interface Money {
  amount: number;
  currency: 'INR';
}

export type SeatType = 'regular' | 'premium' | 'vip';
export type SeatStatus = 'available' | 'held' | 'booked';
export type BookingStatus = 'pending' | 'confirmed' | 'expired' | 'cancelled';

export interface User {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  role: string;
}

export interface City {
  id: string;
  name: string;
  state: string;
}

export interface Cinema {
  id: string;
  name: string;
  address: string;
  timeZone: string;
}

export interface Movie {
  id: string;
  title: string;
  language: string;
  genre: string;
  durationMinutes: number;
  description: string | null;
  releaseDate: string | null;
}

export interface Show {
  id: string;
  movie: { id: string; title: string };
  cinema: { id: string; name: string; timeZone: string };
  hall: { id: string; name: string };
  startsAt: string;
  endsAt: string;
  status: string;
  seatsAvailable: number;
  seatsTotal: number;
  prices: Record<SeatType, Money>;
}

export interface Seat {
  id: string;
  label: string;
  row: string;
  number: number;
  type: SeatType;
  price: Money;
  status: SeatStatus;
}

export interface HallRow {
  label: string;
  seatType: SeatType;
  seats: number;
  aislesAfter: number[];
}

export interface SeatMapData {
  showId: string;
  seats: Seat[];
  rows: HallRow[];
}

export interface Booking {
  id: string;
  status: BookingStatus;
  showId: string;
  seats: { id: string; label: string; type: SeatType; price: Money }[];
  total: Money;
  expiresAt: string;
  createdAt: string;
  show: {
    startsAt: string;
    movie: { id: string; title: string };
    cinema: { id: string; name: string };
    hall: { id: string; name: string };
  };
  payment?: { id: string; method: string; status: string; amount: Money };
  refund?: { amount: Money; status: string };
  /** A signed ticket token, once the server issues them; the QR code carries it. */
  ticketToken?: string;
}

export interface AdminCinema extends Cinema {
  cityId: string;
  cityName: string;
}

export interface AdminHall {
  id: string;
  cinemaId: string;
  cinemaName: string;
  name: string;
  totalSeats: number;
  rows: HallRow[];
}

export interface ShowBookings {
  bookings: {
    id: string;
    status: BookingStatus;
    customer: { name: string; email: string };
    seats: string[];
    total: Money;
    createdAt: string;
    paymentMethod: string | null;
  }[];
  refundOnCancel: { bookings: number; amount: Money };
}

export interface Figures {
  seatsTotal: number;
  seatsBooked: number;
  occupancy: number;
  revenue: Money;
}

export interface Dashboard {
  shows: (Omit<Figures, 'occupancy'> & {
    showId: string;
    title: string;
    cinemaName: string;
    hallName: string;
    startsAt: string;
    date: string;
    status: string;
  })[];
  byDay: (Figures & { date: string })[];
  byCinema: (Figures & { cinemaId: string; cinemaName: string })[];
  totals: Figures;
}

/** An RFC 9457 problem as the API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  unavailableSeatIds?: string[];
  conflictingShowId?: string;
}
