import nlp from 'compromise/two';

// Word classes the actor rules read. Each list holds general English (and a few European) words
// of one class; none names anything from a particular article.

/** Titles written before a person's name: "Chancellor Olaf Scholz", "Sen. Elizabeth Warren". */
export const TITLES = [
  'Vice President',
  'President',
  'Prime Minister',
  'Deputy Prime Minister',
  'Chief Minister',
  'Deputy Chief Minister',
  'Foreign Minister',
  'Defence Minister',
  'Defense Minister',
  'Minister',
  'Chancellor',
  'Secretary of State',
  'Secretary-General',
  'Secretary General',
  'Secretary',
  'Senator',
  'Sen.',
  'Rep.',
  'Representative',
  'Governor',
  'Gov.',
  'Mayor',
  'King',
  'Queen',
  'Crown Prince',
  'Prince',
  'Princess',
  'Pope',
  'General',
  'Gen.',
  'Admiral',
  'Adm.',
  'Colonel',
  'Col.',
  'Field Marshal',
  'Marshal',
  'Brigadier',
  'Captain',
  'Lieutenant',
  'Sergeant',
  'Councillor',
  'Councilor',
  'Cardinal',
  'Sultan',
  'Dr.',
  'Dr',
  'Mr.',
  'Mr',
  'Mrs.',
  'Mrs',
  'Ms.',
  'Ms',
  'Professor',
  'Prof.',
  'Ambassador',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Speaker',
  'Justice',
  'Judge',
  'Sheikh',
  'Emir',
  'Ayatollah',
  'Premier',
  'Commissioner',
  'Supreme Leader',
  'Leader',
  'Director',
  'Chief',
  'Chief Executive',
  'Treasurer',
  'Attorney General',
  'Solicitor General',
  'Surgeon General',
  'Inspector General',
  'Governor-General',
  'Governor General',
  'Archbishop',
  'Bishop',
  'Rabbi',
  'Imam',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'Saint',
  'St.',
];
/** Matches one title exactly. */
export const TITLE_RE = new RegExp(`^(?:${TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})$`);
/** Abbreviated titles written with a full stop, which must not end a run ("Sen. Elizabeth Warren"). */
export const TITLE_ABBREVIATIONS =
  /^(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Adm|Prof|St|Rev|Maj|Cmdr|Supt|Insp|Pres)$/;

/** Last words of institutions' names: "Federal Reserve", "British Medical Association". */
export const ORG_HEADS =
  /^(?:Council|Commission|Union|Organi[sz]ation|Party|Ministry|Department|Bank|Fund|Agency|Court|Parliament|Congress|Senate|Assembly|Chamber|Panel|Institute|University|College|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|Committee|Forces|Army|Navy|Force|Office|Bureau|Authority|Alliance|Association|Foundation|Police|Service|Times|Post|News|Network|Board|Cabinet|Government|Administration|Guard|Corps|Nations|Federation|Coalition|Movement|Front|Centre|Center|Commonwealth|League|Church|Brigade|Battalion|Regiment|Division|Fleet|Squadron|Command|Secretariat|Tribunal|Duma|Rada|Knesset|Bundestag|Reuters|Press|Reserve|Programme|Program|Institution|Society|Trust|Club|Caucus|Airlines|Airways|Railways|Media|Holdings|Partners|Capital|Labs|Technologies|Systems|Motors|Regulator|Ombudsman|Watchdog)$/;
/** Heads of military units, which keep an ordinal before them: "the 10th Mountain Division". */
export const UNIT_HEADS = /^(?:Division|Brigade|Battalion|Regiment|Fleet|Squadron|Force|Army|Corps|Wing|Airborne)$/;
/** Generic heads that name a body only inside a longer name: a lone "Institute" is a fragment. */
export const GENERIC_ORG_HEADS =
  /^(?:Council|Commission|Union|Organi[sz]ation|Ministry|Department|Bank|Fund|Agency|Court|Assembly|Institute|University|College|Company|Corporation|Group|Committee|Forces|Force|Office|Bureau|Authority|Alliance|Association|Foundation|Service|Network|Board|Administration|Federation|Coalition|Movement|Front|Centre|Center|League|Command|Tribunal|Reserve|Programme|Program|Institution|Society|Trust|Division)$/;
/** Romance-language names put the institution first: "Banco de México", "Parti socialiste". */
export const LEADING_ORG_HEADS =
  /^(?:Banco|Banque|Partido|Parti|Partito|Comisión|Comissão|Ministerio|Ministère|Ministero|Instituto|Institut|Istituto|Universidad|Université|Università|Fundación|Fondation|Consejo|Conseil|Agence|Agencia|Assemblée|Asamblea|Cámara|Corte|Tribunal|Cour|Frente|Front|Movimiento|Mouvement|Movimento)$/;
/** Last words of places' names: "Korean Peninsula", "Gaza Strip". */
export const PLACE_HEADS =
  /^(?:Peninsula|Sea|Ocean|Strait|Straits|Gulf|Bay|River|Mountains|Mountain|Mount|Island|Islands|Valley|Region|Province|Oblast|Canal|Desert|Basin|Coast|Square|Street|Avenue|City|County|State|Territory|Territories|Highlands|Plateau|Lake|Corridor|Heights|Bank|Strip|Sahel|Horn)$/;
/** First words of places' names: "Camp Pendleton", "Fort Drum", "Mount Everest". */
export const LEADING_PLACE_HEADS = /^(?:Camp|Fort|Mount|Lake|Cape|Port|Isle|Gulf|Bay|County|Co|Mt|Ft)$/;
/** Abbreviations that open a place's name and keep their full stop inside it: "Co. Clare", "Mt. Kenya". */
export const PLACE_ABBREVIATIONS = /^(?:Co|Mt|Ft)$/;
/** Compass words that make a new place of a known one: "North Atlantic", "Southern California". */
export const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|New)$/;

// Not actors. Each family is its own rule, so a misfire names the family.
/** Events, meetings, eras and prizes. */
export const EVENT_HEADS =
  /^(?:War|Wars|Summit|Conference|Games|Cup|Day|Olympics|Revolution|Crisis|Crises|Forum|Talks|Prize|Award|Era|Age|Spring|Election|Elections|Championship|Festival|Week|Month|Year|Pandemic|Recession|Depression|Massacre|Uprising|Coup|Holocaust|Genocide)$/;
/** Agreements and treaties. */
export const AGREEMENT_HEADS =
  /^(?:Agreement|Agreements|Treaty|Treaties|Accords?|Pact|Deal|Charter|Convention|Protocol|Compact|Memorandum|Understanding)$/;
/** Laws, bills and documents. */
export const LAW_HEADS =
  /^(?:Act|Bill|Law|Laws|Code|Amendment|Constitution|Directive|Regulation|Regulations|Ordinance|Statute|Declaration|Resolution|Resolutions|Doctrine|Manifesto|Report|Review|Paper|Strategy|Budget|Framework|Guidelines|Rule|Rules|Order|Standard|Standards|List)$/;
/** First words of labelled documents, sections and operations: "Article Five", "Operation Restore Hope". */
export const LEADING_LABELS =
  /^(?:Article|Section|Chapter|Clause|Title|Amendment|Proposition|Operation|Exercise|Project|Bill|Resolution|Schedule|Annex)$/;
/** Words that number a stage of a project or a tier: "Stage V", "Phase II" (the name before them is the project's). */
export const STAGE_WORDS = /^(?:Stage|Phase|Tier|Round|Part|Level)$/;
/** Taxes, duties and benefits. */
export const TAX_HEADS =
  /^(?:Tax|Taxes|Levy|Levies|Tariff|Tariffs|Duty|Duties|Credit|Credits|Allowance|Benefit|Benefits|Rebate|Relief|Surcharge|Premium|Pension|Wage)$/;
/** Indexes, rates and statistics. */
export const INDEX_HEADS =
  /^(?:Index|Indices|Indexes|Rate|Rates|Ratio|Average|Indicator|Indicators|Score|Barometer|Tracker|Price|Prices|Composite)$/;
/** Surveys, polls, censuses and studies. */
export const SURVEY_HEADS =
  /^(?:Survey|Surveys|Poll|Census|Study|Studies|Panel|Audit|Inquiry|Enquiry|Assessment|Outlook)$/;
/** Programmes, schemes and plans, with the Hindi words for a scheme and a campaign (a programme that acts, "the World Food Programme bought", is an organisation). */
export const PROGRAMME_HEADS =
  /^(?:Programme|Program|Scheme|Plan|Initiative|Project|Campaign|Policy|Yojana|Abhiyan|Abhiyaan)$/;
/** Products, models and editions: "Tesla Model", "Galaxy Pro". */
export const PRODUCT_HEADS =
  /^(?:Model|Series|Pro|Max|Plus|Mini|Ultra|Edition|Phone|Pad|Book|Card|Pass|Prime|Drive|OS|App|Browser|Console|Vaccine|Pill)$/;
/** Word endings of adjectives written with a capital ("Presidential", "Congressional", "Democratic"). */
export const ADJECTIVE_ENDINGS = /(?:al|ial|ic|ical|ian|ary|ive|ous|ful|ent|ant|ish|ese)$/;

/** Acronyms and capitalised tokens that are not names. */
export const ACRONYM_STOP = new Set([
  'DC',
  'GDP',
  'CEO',
  'AI',
  'TV',
  'PM',
  'AM',
  'OK',
  'ID',
  'PR',
  'IT',
  'CO2',
  'COVID',
  'HIV',
  'AIDS',
  'DNA',
  'USB',
  'PDF',
  'FAQ',
  'VAT',
  'GMT',
  'UTC',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'I',
  'A',
  'ETA',
  'ASAP',
  'LGBT',
  'LGBTQ',
  'ICBM',
  'ICBMs',
  'GPS',
  'SUV',
  'CCTV',
  'NB',
  'PS',
  'VIP',
  'BC',
  'AD',
  'CE',
  'BCE',
  'CPI',
  'GNP',
  'FDI',
  'IPO',
  'ESG',
  'EV',
  'EVs',
  'R&D',
  'LNG',
  'IVF',
]);
/** Words capitalised by position that never start a name. */
export const FUNCTION_WORDS = new Set(
  'will would can could should may might must shall do does did is are was were has have had the a an this that these those his her its our their my your we they he she it i in on at for and but or if when while as after before since with without to from by of so yet also then there here what which who how why where all some any each every no not one both either neither such'.split(
    ' ',
  ),
);
/** Institutions named by one word. */
export const LONE_INSTITUTIONS =
  /^(?:Congress|Parliament|Senate|Pentagon|Bundestag|Duma|Knesset|Rada|Politburo|Vatican|Hamas|Hezbollah|Taliban|Fed|Eurostat|Interpol|Europol|Frontex|Gazprom|Rosneft|Wagner|Labour|Likud|Fidesz)$/;
/** Endings of surnames in many languages: Zelensky, Lavrov, Tymoshenko, Ceaușescu, Pashinyan. */
export const SURNAME_ENDINGS =
  /(?:sky|ski|skyi|ska|ov|ova|ev|eva|enko|escu|yan|vili|poulos|ović|ovic|stein|berg|mann)$/;
/** Named collectives written as plural names: "Democrats", "the Houthis". */
export const COLLECTIVES =
  /^(?:Democrats|Republicans|Conservatives|Tories|Liberals|Greens|Socialists|Houthis|Kurds|Allies|Baltics)$/;
/** Named regions of the world read as groups after "the": "the West", "the Global South". */
export const WORLD_GROUPS = /^(?:West|East|North|South|Global South|Global North|Allies|Axis)$/;
/** Lowercase nouns that make a government or force of the name before them: "the Biden administration". */
export const GOVERNMENT_NOUNS = /^(?:administration|government|regime|junta|cabinet)$/;
/** Lowercase nouns that make a force of a nationality: "the Burmese military". */
export const FORCE_NOUNS = /^(?:military|army|navy|junta|regime|armed forces|security forces|air force)$/;
/** Prepositions before a capital that make it the city, not the government ("in London"). */
export const LOCATIVE =
  /\b(?:in|at|near|outside|inside|across|around|throughout|downtown|central|towards?|(?:left|leave|leaves|leaving|bound) for|(?:flew|travelled|traveled|went|returned|came|trip|journey|flight) to)\s+$/i;
/** Prepositions before an unknown single name that make it a place ("such as Odesa", "in Kharkiv"). */
export const PLACE_PREPOSITIONS =
  /\b(?:in|at|from|to|near|across|outside|inside|around|such as|towards?|via|into)\s+$/i;
/** Lowercase words allowed inside a name. */
export const CONNECTORS = new Set(['of', 'for', 'de', 'al', 'bin', 'von', 'van', 'der', 'da', 'la', 'le']);
/** Part-of-speech tags that mark a name. */
export const PROPER_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Country', 'City'];
/** Verbs of saying and thinking that make a person of the lone name before them. */
export const SPEECH_AFTER =
  /^\s+(?:said|says|told|tells|argued|argues|warned|warns|wrote|writes|insisted|insists|added|believes|thinks|wants|wanted)\b/;
/** Nouns of publications and statements that make an organisation of the lone name before them ("a Gallup poll"). */
export const SOURCE_AFTER =
  /^\s+(?:poll|polls|survey|report|study|analysis|spokesman|spokeswoman|spokesperson|statement|official|officials|executive|executives|memo|data|index|estimate|estimates|investigation|filing)\b/;

// compromise's lexicon of English words, with their tags.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
const NAME_TAGS = /Name|Person|Honorific|Place|Country|City|Organization/;

/** The tag compromise's lexicon gives a lowercase word ('' when it does not know it). */
export function lexiconTag(lower: string): string {
  return String(LEXICON[lower] ?? '');
}

/** Whether a lowercase word is a common English word, not a name. */
export function isCommonWord(lower: string): boolean {
  const tag = lexiconTag(lower);
  return tag !== '' && !NAME_TAGS.test(tag);
}
