// Phone numbers as SMS gateways take them: `+` and the digits with the country code. A 10-digit
// Indian mobile number may be written without it (98200 00000, 098200 00000, 91 98200 00000).

/** The number in `+<digits>` form, or undefined when it is not one an SMS can go to. */
export function normalisePhone(raw: string): string | undefined {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (/^\+[1-9][0-9]{7,14}$/.test(compact)) return compact;
  if (/^0?[6-9][0-9]{9}$/.test(compact)) return `+91${compact.slice(-10)}`;
  if (/^91[6-9][0-9]{9}$/.test(compact)) return `+${compact}`;
  return undefined;
}
