/**
 * CORDIS country codes → ISO 3166-1 alpha-2. CORDIS follows the EU's own list, which differs
 * from ISO in two places: EL (Greece, ISO GR) and UK (United Kingdom, ISO GB). Both pass the
 * bundle's two-letter check, but the product promises ISO codes (map joins, other datasets), so
 * they are translated; the CORDIS code is kept on the country region as x_cordisCode.
 */
const CORDIS_TO_ISO: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

export function isoCountry(cordis: string): string {
  const upper = cordis.toUpperCase();
  return CORDIS_TO_ISO[upper] ?? upper;
}

const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** English name from Node's ICU data ("PT" → "Portugal"); the code itself when ICU has none. */
export function countryName(iso: string): string {
  try {
    return names.of(iso) ?? iso;
  } catch {
    return iso;
  }
}
