import populations from 'world-countries-population-data/country-wise-data.json' with { type: 'json' };
import countries from 'world-countries';
import type { Actor, Claim, Figure } from '../model/article.ts';

/** A count of people as a share of its country's population, from World Bank data that ships in a package. */
export interface PopulationShare {
  /** 0-1. */
  share: number;
  country: string;
  population: number;
  /** The year of the population figure: the latest the data has, at most the article's year. */
  year: number;
  /** Where the population comes from, for the reader. */
  source: string;
}

// Nouns that count people: a figure of these can be set against a population. Other units (money,
// tonnes, homes, shells) never are.
const PEOPLE =
  /^(?:people|persons?|civilians|refugees|residents|citizens|inhabitants|children|adults|women|men|girls|boys|workers|employees|voters|migrants|patients|students|soldiers|troops|deaths|dead|victims|survivors|families|individuals|Americans|Britons|Australians|Indians|Ukrainians|Russians|Sudanese|Palestinians|Israelis)\b/;

type Row = Record<string, string>;
const byCode = new Map<string, Row>(
  Object.values(populations as Record<string, Row>).map((row) => [row['Country Code']!, row]),
);
// Every name a country goes by in world-countries (common, official, other spellings), to its ISO code.
const codeByName = new Map<string, string>();
for (const c of countries)
  for (const n of [c.name.common, c.name.official, ...c.altSpellings]) codeByName.set(n.toLowerCase(), c.cca3);

/**
 * Sets a count of people in a sentence that names exactly one country against that country's
 * population. Shows nothing when the data does not fit: not people, no or several countries, no
 * value, no data up to the article's year, or a share of 100% or more (a different whole).
 */
export function populationShare(
  figure: Figure,
  claim: Pick<Claim, 'actors'> | undefined,
  actors: Map<string, Actor>,
  publishedAt: string | null,
): PopulationShare | null {
  if (figure.value === null || !figure.unit || !PEOPLE.test(figure.unit) || !claim || !publishedAt) return null;
  const named = claim.actors.map((id) => actors.get(id)).filter((a): a is Actor => a?.kind === 'country');
  if (named.length !== 1) return null;
  const country = named[0]!;
  const code = [country.name, ...country.aliases].map((n) => codeByName.get(n.toLowerCase())).find(Boolean);
  const row = code ? byCode.get(code) : undefined;
  if (!row) return null;
  const articleYear = Number(publishedAt.slice(0, 4));
  const years = Object.keys(row)
    .filter((k) => /^\d{4}$/.test(k) && Number(k) <= articleYear && Number(row[k]) > 0)
    .map(Number);
  if (years.length === 0) return null;
  const year = Math.max(...years);
  const population = Number(row[String(year)]);
  const share = figure.value / population;
  if (!(share > 0 && share < 1)) return null;
  return { share, country: country.name, population, year, source: 'World Bank, via world-countries-population-data' };
}
