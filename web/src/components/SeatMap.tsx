// The hall drawn as it is: rows of seat buttons with their numbers, gaps where the aisles
// are, the screen at the top. Keyboard: one seat is in the tab order; arrow keys move between
// seats (across aisles), Space/Enter choose. Each seat's accessible name starts with its label,
// then its type, its kind unless standard, price and state, e.g. "A7, premium, ₹400.00, available"
// or "A1, regular, wheelchair space, ₹250.00, available". A kind is also drawn as a mark on the
// seat, hidden from the name (which says it in words), and explained in the legend.
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatMoney } from '../lib/format.ts';
import type { HallRow, Money, Seat, SeatKind, SeatStatus, SeatType } from '../lib/types.ts';

export interface MapSeat {
  id: string;
  label: string;
  row: string;
  number: number;
  type: Seat['type'];
  kind?: SeatKind;
  price?: Money;
  status: SeatStatus;
}

/** Each kind but the standard seat: what its name and the legend call it, and the mark drawn on it. */
export const SEAT_KINDS: Record<Exclude<SeatKind, 'standard'>, { name: string; mark: string }> = {
  wheelchair: { name: 'wheelchair space', mark: '♿' },
  companion: { name: 'companion seat', mark: 'C' },
  couple: { name: 'couple seat', mark: '♥' },
  recliner: { name: 'recliner', mark: 'R' },
  'restricted-view': { name: 'restricted view', mark: '◐' },
};

const kindOf = (seat: MapSeat) => (seat.kind && seat.kind !== 'standard' ? SEAT_KINDS[seat.kind] : undefined);

interface Props {
  rows: HallRow[];
  seats: MapSeat[];
  selected?: ReadonlySet<string>;
  /** Absent: the map is for looking only (staff view, hall preview). */
  onToggle?: (seat: MapSeat) => void;
  caption: string;
}

interface PlacedSeat {
  seat: MapSeat;
  /** Horizontal position in seat widths, centred like the rows are, for up/down moves. */
  x: number;
}

function stateOf(seat: MapSeat, selected: ReadonlySet<string> | undefined): string {
  if (selected?.has(seat.id)) return 'selected';
  return seat.status;
}

/** What a seat's accessible name says after its label: ", premium, ₹400.00, available", with its kind after its type. */
function seatNameAfterLabel(seat: MapSeat, state: string): string {
  return ['', seat.type, kindOf(seat)?.name, seat.price ? formatMoney(seat.price) : undefined, state]
    .filter((part) => part !== undefined)
    .join(', ');
}

export function SeatMap({ rows, seats, selected, onToggle, caption }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | undefined>(undefined);

  const layout = useMemo(() => {
    const byLabel = new Map(seats.map((seat) => [seat.label, seat]));
    const widths = rows.map((row) => row.seats + row.aislesAfter.filter((n) => n < row.seats).length);
    const widest = Math.max(1, ...widths);
    return rows.map((row, rowIndex) => {
      const offset = (widest - (widths[rowIndex] ?? 0)) / 2;
      const placed: (PlacedSeat | 'aisle')[] = [];
      let column = 0;
      for (let number = 1; number <= row.seats; number++) {
        const seat = byLabel.get(`${row.label}${number}`);
        if (seat) placed.push({ seat, x: offset + column });
        column++;
        if (row.aislesAfter.includes(number) && number < row.seats) {
          placed.push('aisle');
          column++;
        }
      }
      return { row, placed };
    });
  }, [rows, seats]);

  const seatRows = useMemo(() => layout.map(({ placed }) => placed.filter((p): p is PlacedSeat => p !== 'aisle')), [layout]);
  const firstFocusable = focusedId ?? seatRows.flat().find((p) => p.seat.status === 'available')?.seat.id ?? seatRows[0]?.[0]?.seat.id;

  const moveFocus = (toId: string) => {
    setFocusedId(toId);
    container.current?.querySelector<HTMLButtonElement>(`[data-seat-id="${CSS.escape(toId)}"]`)?.focus();
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    const id = (event.target as HTMLElement).dataset.seatId;
    if (!id) return;
    const rowIndex = seatRows.findIndex((row) => row.some((p) => p.seat.id === id));
    const row = seatRows[rowIndex];
    if (!row) return;
    const index = row.findIndex((p) => p.seat.id === id);
    const current = row[index]!;
    let target: PlacedSeat | undefined;
    if (event.key === 'ArrowRight') target = row[index + 1];
    else if (event.key === 'ArrowLeft') target = row[index - 1];
    else if (event.key === 'Home') target = row[0];
    else if (event.key === 'End') target = row[row.length - 1];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const step = event.key === 'ArrowUp' ? -1 : 1;
      for (let r = rowIndex + step; r >= 0 && r < seatRows.length && !target; r += step) {
        const candidates = seatRows[r] ?? [];
        target = candidates.reduce<PlacedSeat | undefined>(
          (best, p) => (!best || Math.abs(p.x - current.x) < Math.abs(best.x - current.x) ? p : best),
          undefined,
        );
      }
    } else return;
    event.preventDefault();
    if (target) moveFocus(target.seat.id);
  };

  const onClick = (event: JSX.TargetedMouseEvent<HTMLDivElement>) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-seat-id]');
    const id = button?.dataset.seatId;
    if (!id) return;
    setFocusedId(id);
    const seat = seats.find((s) => s.id === id);
    if (seat && onToggle && (seat.status === 'available' || selected?.has(seat.id))) onToggle(seat);
  };

  return (
    <figure class="seat-map">
      <figcaption class="visually-hidden">{caption}</figcaption>
      <div class="screen" aria-hidden="true">
        Screen this way
      </div>
      <div class="seat-rows" ref={container} onKeyDown={onKeyDown} onClick={onClick} role="group" aria-label={caption}>
        {layout.map(({ row, placed }) => (
          <div class="seat-row" key={row.label} role="group" aria-label={`Row ${row.label}`}>
            <span class="row-label" aria-hidden="true">
              {row.label}
            </span>
            {placed.map((p, i) => {
              if (p === 'aisle') return <span class="aisle" key={`aisle-${i}`} aria-hidden="true" />;
              const { seat } = p;
              const state = stateOf(seat, selected);
              const choosable = onToggle !== undefined && (state === 'available' || state === 'selected');
              return (
                <button
                  type="button"
                  key={seat.id}
                  data-seat-id={seat.id}
                  class={`seat seat-${seat.type} seat-${state}${kindOf(seat) ? ` seat-kind-${seat.kind}` : ''}`}
                  aria-pressed={onToggle ? state === 'selected' : undefined}
                  aria-disabled={choosable ? undefined : 'true'}
                  tabIndex={seat.id === firstFocusable ? 0 : -1}
                  onFocus={() => setFocusedId(seat.id)}
                >
                  {/* The name is the content, so the visible number is part of it (WCAG 2.5.3); see .name-only. */}
                  <span class="name-only">{seat.row}</span>
                  {seat.number}
                  <span class="name-only">{seatNameAfterLabel(seat, state)}</span>
                  {kindOf(seat) && (
                    <span class="kind-mark" aria-hidden="true">
                      {kindOf(seat)!.mark}
                    </span>
                  )}
                </button>
              );
            })}
            <span class="row-label" aria-hidden="true">
              {row.label}
            </span>
          </div>
        ))}
      </div>
    </figure>
  );
}

const TYPE_NAMES: Record<SeatType, string> = { regular: 'Regular', premium: 'Premium', vip: 'VIP' };

/** Which colour is which: seat types with their prices, the kinds of seat in the hall, and the states. */
export function SeatLegend({ prices, kinds = [] }: { prices?: Partial<Record<SeatType, Money>>; kinds?: readonly SeatKind[] }) {
  const types = (Object.keys(TYPE_NAMES) as SeatType[]).filter((type) => !prices || prices[type]);
  const shown = (Object.keys(SEAT_KINDS) as (keyof typeof SEAT_KINDS)[]).filter((kind) => kinds.includes(kind));
  return (
    <ul class="legend" aria-label="Seat legend">
      {shown.map((kind) => (
        <li key={kind}>
          <span class="swatch seat-kind" aria-hidden="true">
            {SEAT_KINDS[kind].mark}
          </span>
          {SEAT_KINDS[kind].name[0]!.toUpperCase() + SEAT_KINDS[kind].name.slice(1)}
        </li>
      ))}
      {types.map((type) => (
        <li key={type}>
          <span class={`swatch seat-${type} seat-available`} aria-hidden="true" />
          {TYPE_NAMES[type]}
          {prices?.[type] ? ` ${formatMoney(prices[type])}` : ''}
        </li>
      ))}
      <li>
        <span class="swatch seat-selected" aria-hidden="true" />
        Your choice
      </li>
      <li>
        <span class="swatch seat-held" aria-hidden="true" />
        Held
      </li>
      <li>
        <span class="swatch seat-booked" aria-hidden="true" />
        Booked
      </li>
    </ul>
  );
}
