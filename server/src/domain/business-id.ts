/**
 * Y-tunnus: the Finnish business id, seven digits, a hyphen and a check digit (`0737546-2`).
 * The check digit is computed from the seven digits with the weights 7, 9, 10, 5, 8, 4, 2:
 * remainder 0 gives 0, remainder 1 is never issued, otherwise the digit is 11 − remainder.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
const FORMAT = /^(\d{7})-(\d)$/;

export type BusinessIdProblem = 'format' | 'check-digit';

export function businessIdCheckDigit(sevenDigits: string): number | null {
  const sum = [...sevenDigits].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Returns why the id is invalid, or null when it is a valid Y-tunnus. */
export function businessIdProblem(value: string): BusinessIdProblem | null {
  const match = FORMAT.exec(value);
  if (!match) return 'format';
  const expected = businessIdCheckDigit(match[1]);
  return expected !== null && expected === Number(match[2]) ? null : 'check-digit';
}
