// Country names in the languages of Azure's main markets, for the Azure geographies in the region data:
// "Frankreich", "Japón", "Royaume-Uni", "Schweden" are places. From i18n-iso-countries (maintained, ISO
// 3166 names in many languages) rather than a hand list; the core receives them as plain data.
// Latin-script languages only: the tokeniser reads Latin letters (accents folded), not other scripts.
import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import { geographyNames, type RegionDirectory } from '../core';

const LOCALES = [de, es, fr, it, nl, pl, pt, sv];
const LANGUAGES = LOCALES.map((l) => l.locale);
for (const l of LOCALES) countries.registerLocale(l);

/** The other-language names ISO 3166 gives a country called `english` ("China": Chine, Kina, ...); none for other words. */
export function countryNames(english: string): string[] {
  const code = countries.getAlpha2Code(english, 'en');
  if (code === undefined) return [];
  const names = new Set<string>();
  for (const lang of LANGUAGES) for (const n of (countries.getName(code, lang, { select: 'all' }) as string[] | undefined) ?? []) names.add(n);
  return [...names];
}

/** Every other-language name of each geography in `regions` that ISO 3166 knows, by geography. */
export function placeNames(regions: RegionDirectory): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const geography of new Set(regions.all.map((r) => r.geography))) {
    const code = geographyNames(geography)
      .map((n) => countries.getAlpha2Code(n, 'en'))
      .find((c) => c !== undefined);
    if (code === undefined) continue; // an area ("Europe", "Asia Pacific"), not a country
    const names = new Set<string>();
    for (const lang of LANGUAGES) {
      const all = countries.getName(code, lang, { select: 'all' }) as string[] | undefined;
      for (const n of all ?? []) names.add(n);
    }
    out[geography] = [...names];
  }
  return out;
}
