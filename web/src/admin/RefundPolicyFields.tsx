// A cinema's refund policy as staff edit it: tiers of hours before the show and the percent given
// back from then on, and whether convenience fees come back too. The server checks the values
// (0–100%, no hours repeated) and names the field when one is wrong.
import { useState } from 'preact/hooks';

export interface RefundTier {
  hoursBefore: number;
  percent: number;
}

export interface RefundPolicy {
  tiers: RefundTier[];
  feesRefundable: boolean;
}

export function RefundPolicyFields({ policy, onChange }: { policy: RefundPolicy; onChange: (policy: RefundPolicy) => void }) {
  const [tiers, setTiers] = useState(policy.tiers);
  const [feesRefundable, setFeesRefundable] = useState(policy.feesRefundable);
  const change = (next: RefundTier[], fees = feesRefundable) => {
    setTiers(next);
    onChange({ tiers: next, feesRefundable: fees });
  };
  const edit = (i: number, field: keyof RefundTier, value: string) =>
    change(tiers.map((tier, j) => (j === i ? { ...tier, [field]: value.trim() === '' ? Number.NaN : Number(value) } : tier)));
  return (
    <fieldset>
      <legend>Refund policy (a customer cancelling)</legend>
      <p class="muted">
        From the hours before the show in each row, that percent of what was paid comes back; nothing once the show starts, or before the
        first row applies. A show the cinema cancels is always refunded in full.
      </p>
      <table class="refund-tiers">
        <thead>
          <tr>
            <th scope="col">Hours before the show</th>
            <th scope="col">Percent back</th>
            <th scope="col">
              <span class="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  min={0}
                  step={1}
                  aria-label={`Tier ${i + 1}: hours before the show`}
                  value={Number.isNaN(tier.hoursBefore) ? '' : tier.hoursBefore}
                  onInput={(e) => edit(i, 'hoursBefore', (e.target as HTMLInputElement).value)}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={0.01}
                  aria-label={`Tier ${i + 1}: percent back`}
                  value={Number.isNaN(tier.percent) ? '' : tier.percent}
                  onInput={(e) => edit(i, 'percent', (e.target as HTMLInputElement).value)}
                />
              </td>
              <td>
                <button
                  type="button"
                  disabled={tiers.length === 1}
                  onClick={() => change(tiers.filter((_, j) => j !== i))}
                  aria-label={`Remove tier ${i + 1}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => change([...tiers, { hoursBefore: 0, percent: 0 }])}>
        Add a tier
      </button>
      <label>
        <input
          type="checkbox"
          checked={feesRefundable}
          onChange={(e) => {
            const fees = (e.target as HTMLInputElement).checked;
            setFeesRefundable(fees);
            onChange({ tiers, feesRefundable: fees });
          }}
        />{' '}
        Convenience fees come back too (at the same percent)
      </label>
    </fieldset>
  );
}
