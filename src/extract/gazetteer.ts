import countries from 'world-countries';
import { states } from 'states-us';
import type { ActorKind } from '../model/article.ts';
import { slugify } from '../model/slug.ts';

/** A name the gazetteer knows, and the actor it stands for. */
export interface KnownName {
  id: string;
  name: string;
  kind: ActorKind;
  /** A country's capitals, which stand for it when used for its government. */
  capitals?: string[];
}

// Capitals that are also ordinary English words or first names; they are not read as countries.
const AMBIGUOUS_CAPITALS = new Set([
  'Male',
  'Victoria',
  'Kingston',
  'Georgetown',
  'Saint John',
  'Hamilton',
  'Plymouth',
  'Jamestown',
  'Adamstown',
  'Avarua',
  'Basseterre',
]);
// Two-letter codes that newspapers use as names (others collide with words: IN, IT, ME…).
const SHORT_CODES = new Set(['US', 'UK', 'USA', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);
// Seats of government used for the government itself, beyond capitals.
// English names newspapers still use where the data has a newer or native form.
const COMMON_NAMES: Record<string, string> = {
  Turkey: 'TUR',
  Burma: 'MMR',
  'Ivory Coast': 'CIV',
  'Czech Republic': 'CZE',
  Swaziland: 'SWZ',
  Holland: 'NLD',
  Britain: 'GBR',
  'Great Britain': 'GBR',
  America: 'USA',
  Congo: 'COD',
};
const METONYMS: Record<string, string> = {
  Kremlin: 'RUS',
  'White House': 'USA',
  'Downing Street': 'GBR',
  Élysée: 'FRA',
  Zhongnanhai: 'CHN',
  'Blue House': 'KOR',
};

// Regions of the United States that are written as names; general geography, not any article's.
const US_REGIONS = [
  'Midwest',
  'the Midwest',
  'Northeast',
  'Southwest',
  'Northwest',
  'Pacific Northwest',
  'Southeast',
  'New England',
  'Deep South',
  'Rust Belt',
  'Sun Belt',
  'Bible Belt',
  'Great Plains',
  'Great Lakes',
  'Appalachia',
  'West Coast',
  'East Coast',
  'Gulf Coast',
  'Silicon Valley',
];
// Former states: the name, then other names and the adjective that stands for them.
const HISTORICAL_STATES: [string, ...string[]][] = [
  ['Soviet Union', 'USSR', 'Soviet'],
  ['Yugoslavia', 'Yugoslav'],
  ['Czechoslovakia', 'Czechoslovak'],
  ['East Germany', 'GDR'],
  ['West Germany'],
  ['Ottoman Empire', 'Ottoman'],
];

/** Builds the name → actor table of countries, their official names and capitals (world-countries data). */
function buildGazetteer(): Map<string, KnownName> {
  const table = new Map<string, KnownName>();
  const byCode = new Map<string, KnownName>();
  for (const c of countries) {
    const capitals = (c.capital ?? []).map((full) =>
      full
        .replace(/,?\s*D\.C\.$/, '')
        .split(',')[0]!
        .trim(),
    );
    const actor: KnownName = { id: slugify(c.name.common, 8), name: c.name.common, kind: 'country', capitals };
    byCode.set(c.cca3, actor);
    const names = [c.name.common, c.name.official, ...c.altSpellings].filter(
      (n) => /^[A-Za-z .'’-]+$/.test(n) && (n.length >= 4 || SHORT_CODES.has(n)) && !/,/.test(n),
    );
    for (const n of names) if (!table.has(n)) table.set(n, actor);
    for (const full of c.capital ?? []) {
      const capital = full
        .replace(/,?\s*D\.C\.$/, '')
        .split(',')[0]!
        .trim();
      if (!AMBIGUOUS_CAPITALS.has(capital) && /^[\p{L} .'’-]+$/u.test(capital) && !table.has(capital))
        table.set(capital, actor);
    }
  }
  // Continents and regions: places, never people ("Will Europe wake up?").
  for (const region of [
    'Europe',
    'Africa',
    'Asia',
    'North America',
    'South America',
    'Latin America',
    'Middle East',
    'Oceania',
    'Antarctica',
    'Arctic',
    'Balkans',
    'Caucasus',
    'Scandinavia',
    'Sahel',
    'Central Asia',
    'Southeast Asia',
    'East Asia',
    'South Asia',
    'West Africa',
    'East Africa',
    'North Africa',
    'Sub-Saharan Africa',
    'Eastern Europe',
    'Western Europe',
    'Central Europe',
    'Indo-Pacific',
    'Asia-Pacific',
    'Euro-Atlantic',
    'Asia Pacific',
    'Caribbean',
    'Pacific',
    'Atlantic',
    'Mediterranean',
  ]) {
    table.set(region, { id: slugify(region, 8), name: region, kind: 'place' });
  }
  // US states and territories (states-us data), and the regions Americans name: places.
  // A capital or country of the same name keeps it: "Washington" is the government, "Georgia" the country.
  for (const s of states)
    if (!table.has(s.name)) table.set(s.name, { id: slugify(s.name, 8), name: s.name, kind: 'place' });
  for (const region of US_REGIONS) table.set(region, { id: slugify(region, 8), name: region, kind: 'place' });
  // States that no longer exist, named by their adjective as often as by their name ("Soviet aggression").
  for (const [name, ...aliases] of HISTORICAL_STATES) {
    const actor: KnownName = { id: slugify(name, 8), name, kind: 'country' };
    for (const n of [name, ...aliases]) table.set(n, actor);
  }
  // Seats of international bodies, used for the body itself.
  table.set('Brussels', { id: 'european-union', name: 'European Union', kind: 'organization' });
  for (const [name, code] of [...Object.entries(COMMON_NAMES), ...Object.entries(METONYMS)]) {
    const actor = byCode.get(code);
    if (actor && !(name in COMMON_NAMES && table.has(name))) table.set(name, actor);
  }
  return table;
}

let cached: Map<string, KnownName> | null = null;

let demonyms: Set<string> | null = null;

/** Nationality adjectives ("Spanish", "South African"), which describe actors but do not name them. */
export function demonymSet(): Set<string> {
  demonyms ??= new Set(
    countries
      .flatMap((c) => [c.demonyms?.eng?.m, c.demonyms?.eng?.f])
      .filter((d): d is string => !!d && /^[A-Za-z -]+$/.test(d))
      .concat([
        'Western',
        'Eastern',
        'Northern',
        'Southern',
        'European',
        'African',
        'Asian',
        'Arab',
        'Latin',
        'Kurdish',
        'Palestinian',
        'Baltic',
        'Nordic',
        'Scandinavian',
        'Middle Eastern',
        'Transatlantic',
        'Atlantic',
        'Pacific',
      ]),
  );
  return demonyms;
}

/** The gazetteer, built once per process. */
export function gazetteer(): Map<string, KnownName> {
  cached ??= buildGazetteer();
  return cached;
}
