import countries from 'i18n-iso-countries';

/** EU member states plus Iceland, Liechtenstein and Norway: transfers within these need no safeguard. */
const EU_EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
]);

/** True for an ISO 3166-1 alpha-2 code such as `FI` (upper case only). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** True when a transfer to this country leaves the EU/EEA (GDPR Chapter V). */
export function isOutsideEea(code: string): boolean {
  return !EU_EEA.has(code);
}
