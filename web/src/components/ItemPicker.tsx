// Food and drink to add to a booking or a counter sale: the cinema's menu, a quantity for each.
import { get } from '../lib/api.ts';
import { formatMoney } from '../lib/format.ts';
import type { MenuItem } from '../lib/types.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** How many of each item, by id; an item left out is none. */
export type ItemChoice = Record<string, number>;

const MOST_OF_ONE = 20;

/** The choice as a booking request's `items`. */
export function itemsAsked(choice: ItemChoice): { itemId: string; quantity: number }[] {
  return Object.entries(choice)
    .filter(([, quantity]) => quantity > 0)
    .map(([itemId, quantity]) => ({ itemId, quantity }));
}

/** What the chosen items cost at their listed prices. */
export function itemsPrice(menu: readonly MenuItem[] | undefined, choice: ItemChoice): number {
  return (menu ?? []).reduce((sum, item) => sum + item.price.amount * (choice[item.id] ?? 0), 0);
}

export function useMenu(cinemaId: string | undefined) {
  return useFetch(cinemaId ? () => get<MenuItem[]>(`/api/cinemas/${encodeURIComponent(cinemaId)}/items`) : null, cinemaId ?? '');
}

export function ItemPicker({
  menu,
  choice,
  onChange,
}: {
  menu: readonly MenuItem[];
  choice: ItemChoice;
  onChange: (next: ItemChoice) => void;
}) {
  if (menu.length === 0) return null;
  return (
    <fieldset class="card stack item-picker">
      <legend>Food and drink</legend>
      {menu.map((item) => {
        const most = Math.min(MOST_OF_ONE, item.left ?? MOST_OF_ONE);
        return (
          <label key={item.id} class="field inline">
            <span>
              {item.name} <span class="muted">{formatMoney(item.price)}</span>
              {item.soldOut && <strong> sold out</strong>}
            </span>
            <input
              type="number"
              min={0}
              max={most}
              disabled={item.soldOut}
              value={choice[item.id] ?? 0}
              aria-label={`How many ${item.name}`}
              onInput={(e) => {
                const quantity = Math.max(0, Math.min(most, Math.floor(Number(e.currentTarget.value) || 0)));
                onChange({ ...choice, [item.id]: quantity });
              }}
            />
          </label>
        );
      })}
    </fieldset>
  );
}
