// GSTIN: India's 15-character GST identification number. Two digits of state code, the PAN
// (five letters, four digits, a letter), the entity number (1-9 or A-Z), a 'Z', and a check
// character: a Luhn mod 36 over the first 14 characters in the alphabet 0-9A-Z.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const FORMAT = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/** The check character for the first 14 characters of a GSTIN. */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const value = ALPHABET.indexOf(first14[i]!);
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36]!;
}

/** Why a GSTIN is not one, or undefined when it is (format, state code and check character). */
export function gstinProblem(gstin: string): string | undefined {
  if (!FORMAT.test(gstin)) return 'must be 15 characters: 2-digit state code, PAN, entity number, Z, check character (upper case)';
  const state = Number(gstin.slice(0, 2));
  if (state < 1 || state > 38) return `state code ${gstin.slice(0, 2)} is not an Indian state or union territory`;
  if (gstinCheckCharacter(gstin.slice(0, 14)) !== gstin[14]) return 'its check character does not match: a character was mistyped';
  return undefined;
}
