// The hall layout editor: rows one by one (label, seat type, seats, aisles), with a live
// preview drawn by the same seat map customers see, on which staff set seat kinds: choose a kind,
// then choose seats (by mouse or keyboard) to give them that kind, or to make them standard again.
import { useMemo, useState } from 'preact/hooks';
import { ErrorNotice, InfoNotice } from '../components/Notice.tsx';
import { SEAT_KINDS, SeatLegend, SeatMap, type MapSeat } from '../components/SeatMap.tsx';
import { get, messageOf, post } from '../lib/api.ts';
import type { AdminCinema, CreatedHall, HallRow, SeatKind, SeatType } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

type SetKind = Exclude<SeatKind, 'standard'>;

interface EditedRow {
  label: string;
  seatType: SeatType;
  seats: string;
  aisles: string;
  /** Seat number → kind; seats not named are standard. */
  kinds: Record<string, SetKind>;
}

const ROW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; // no I or O: they read as 1 and 0

function nextLabel(rows: EditedRow[]): string {
  const used = new Set(rows.map((r) => r.label));
  return [...ROW_LETTERS].find((letter) => !used.has(letter)) ?? `R${rows.length + 1}`;
}

function parseAisles(text: string, seats: number): number[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number)
        .filter((n) => Number.isInteger(n) && n >= 1 && n < seats),
    ),
  ].sort((a, b) => a - b);
}

function toHallRows(rows: EditedRow[]): HallRow[] {
  return rows.map((row) => {
    const seats = Math.max(1, Math.min(100, Math.floor(Number(row.seats)) || 1));
    const kinds = Object.fromEntries(Object.entries(row.kinds).filter(([number]) => Number(number) <= seats));
    return {
      label: row.label.trim(),
      seatType: row.seatType,
      seats,
      aislesAfter: parseAisles(row.aisles, seats),
      ...(Object.keys(kinds).length > 0 ? { kinds } : {}),
    };
  });
}

export function HallEditorPage() {
  const cinemas = useFetch(() => get<AdminCinema[]>('/api/admin/cinemas'), 'cinemas');
  const [cinemaId, setCinemaId] = useState('');
  const [name, setName] = useState('');
  const [rows, setRows] = useState<EditedRow[]>([
    { label: 'A', seatType: 'regular', seats: '12', aisles: '3, 9', kinds: {} },
    { label: 'B', seatType: 'regular', seats: '12', aisles: '3, 9', kinds: {} },
    { label: 'C', seatType: 'premium', seats: '12', aisles: '3, 9', kinds: {} },
    { label: 'D', seatType: 'vip', seats: '8', aisles: '4', kinds: {} },
  ]);
  const [brush, setBrush] = useState<SeatKind>('wheelchair');
  const [kindAnnouncement, setKindAnnouncement] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const hallRows = useMemo(() => toHallRows(rows), [rows]);
  const previewSeats = useMemo<MapSeat[]>(
    () =>
      hallRows.flatMap((row) =>
        Array.from({ length: row.seats }, (_, i) => ({
          id: `${row.label}${i + 1}`,
          label: `${row.label}${i + 1}`,
          row: row.label,
          number: i + 1,
          type: row.seatType,
          kind: row.kinds?.[String(i + 1)] ?? 'standard',
          status: 'available' as const,
        })),
      ),
    [hallRows],
  );

  const change = (index: number, patch: Partial<EditedRow>) => setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const addRow = () => {
    const last = rows[rows.length - 1];
    setRows([
      ...rows,
      { label: nextLabel(rows), seatType: last?.seatType ?? 'regular', seats: last?.seats ?? '10', aisles: last?.aisles ?? '', kinds: {} },
    ]);
  };
  /** Gives the seat the chosen kind, or makes it standard again when it has that kind already. */
  const paint = (seat: MapSeat) => {
    const index = rows.findIndex((row) => row.label.trim() === seat.row);
    const row = rows[index];
    if (!row) return;
    const number = String(seat.number);
    const kinds = { ...row.kinds };
    if (brush === 'standard' || kinds[number] === brush) delete kinds[number];
    else kinds[number] = brush;
    change(index, { kinds });
    const now = kinds[number];
    setKindAnnouncement(`${seat.label} is now ${now ? SEAT_KINDS[now].name : 'a standard seat'}.`);
  };
  const kindsInUse = [...new Set(rows.flatMap((row) => Object.values(row.kinds)))];
  const removeRow = (index: number) => setRows(rows.filter((_, i) => i !== index));

  const save = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setMessage(undefined);
    try {
      const hall = await post<CreatedHall>('/api/admin/halls', { cinemaId, name, rows: hallRows });
      setMessage(`Hall ${hall.name} saved with ${hall.totalSeats} seats.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section>
      <h1>New hall</h1>
      <form class="stack" onSubmit={(e) => void save(e)}>
        <div class="card stack">
          <label class="field">
            <span>Cinema</span>
            <select required value={cinemaId} onChange={(e) => setCinemaId(e.currentTarget.value)} name="cinema">
              <option value="">Choose a cinema</option>
              {(cinemas.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.cityName})
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Hall name</span>
            <input required value={name} onInput={(e) => setName(e.currentTarget.value)} name="hall-name" />
          </label>
        </div>
        <fieldset class="card">
          <legend>Rows, front (by the screen) to back</legend>
          <div class="table-wrap">
            <table class="row-editor">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Seat type</th>
                  <th scope="col">Seats</th>
                  <th scope="col">Aisle after seat numbers</th>
                  <th scope="col">
                    <span class="visually-hidden">Remove</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index}>
                    <td>
                      <input
                        aria-label={`Row ${index + 1} label`}
                        required
                        maxLength={3}
                        size={3}
                        value={row.label}
                        onInput={(e) => change(index, { label: e.currentTarget.value.toUpperCase() })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`Row ${index + 1} seat type`}
                        value={row.seatType}
                        onChange={(e) => change(index, { seatType: e.currentTarget.value as SeatType })}
                      >
                        <option value="regular">Regular</option>
                        <option value="premium">Premium</option>
                        <option value="vip">VIP</option>
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={`Row ${index + 1} seats`}
                        type="number"
                        min={1}
                        max={100}
                        required
                        value={row.seats}
                        onInput={(e) => change(index, { seats: e.currentTarget.value })}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={`Row ${index + 1} aisles after seats`}
                        placeholder="e.g. 4, 10"
                        value={row.aisles}
                        onInput={(e) => change(index, { aisles: e.currentTarget.value })}
                      />
                    </td>
                    <td>
                      <button type="button" onClick={() => removeRow(index)} disabled={rows.length === 1}>
                        Remove<span class="visually-hidden"> row {row.label}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" onClick={addRow}>
            Add row
          </button>
        </fieldset>
        <div class="card">
          <h2>Preview: {previewSeats.length} seats</h2>
          <label class="field inline">
            <span>Seat kind to set</span>
            <select name="seat-kind" value={brush} onChange={(e) => setBrush(e.currentTarget.value as SeatKind)}>
              {(Object.keys(SEAT_KINDS) as SetKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {SEAT_KINDS[kind].name}
                </option>
              ))}
              <option value="standard">standard seat</option>
            </select>
          </label>
          <p class="muted small">
            Choose seats in the preview to give them this kind; choose one again to make it standard. Couple seats go in pairs, side by
            side.
          </p>
          <SeatLegend kinds={kindsInUse} />
          <SeatMap
            rows={hallRows}
            seats={previewSeats}
            onToggle={paint}
            caption="Preview of the hall: arrow keys move, Space or Enter sets the chosen kind"
          />
          <p class="visually-hidden" role="status" aria-live="polite">
            {kindAnnouncement}
          </p>
        </div>
        {message && <InfoNotice>{message}</InfoNotice>}
        {error && <ErrorNotice>{error}</ErrorNotice>}
        <button type="submit" class="primary">
          Save hall
        </button>
      </form>
    </section>
  );
}
