/**
 * A bin's count as drawn in its circle: in full below ten thousand ("8,427"), compact from there on ("1.3万" in
 * Chinese, "12.6K" in English), so that five digits and more fit the circle; the bin's tooltip gives the exact count.
 */
export function binLabel(count: number, lang?: string): string {
  const locale = lang || undefined;
  if (count < 10_000) return count.toLocaleString(locale);
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(count);
}
