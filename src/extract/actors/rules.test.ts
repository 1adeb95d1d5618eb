import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceActors } from '../extract-actors.ts';
import { tagWords } from '../../segment/tag-words.ts';
import { PHRASE_RULES } from './rules.ts';

const trace = (text: string) => traceActors(text, tagWords(text));
/** What was found, as `text/kind [rule]`. */
const found = (text: string) => trace(text).found.map((f) => `${f.text}/${f.kind} [${f.rule}]`);
/** What was turned down, as `text [rule]`. */
const rejected = (text: string) => trace(text).rejected.map((r) => `${r.text} [${r.rule}]`);

describe('actor rules: not actors', () => {
  it.each([
    ['not-actor.law', 'The Inflation Reduction Act passed.', 'Inflation Reduction Act'],
    ['not-actor.law', 'Critics of the Online Safety Bill spoke.', 'Online Safety Bill'],
    ['not-actor.tax', 'The Child Tax Credit lapsed.', 'Child Tax Credit'],
    ['not-actor.tax', 'He opposed the Digital Services Tax outright.', 'Digital Services Tax'],
    ['not-actor.index', 'The Consumer Price Index rose.', 'Consumer Price Index'],
    ['not-actor.survey', 'A Household Pulse Survey found it.', 'Household Pulse Survey'],
    ['not-actor.programme', 'Under the Marshall Plan, towns were rebuilt.', 'Marshall Plan'],
    ['not-actor.agreement', 'Nobody believes the Paris Agreement targets.', 'Paris Agreement'],
    ['not-actor.agreement', 'It broke the Good Friday Agreement.', 'Good Friday Agreement'],
    ['not-actor.label', 'Operation Restore Hope began.', 'Operation Restore Hope'],
    ['not-actor.label', 'Our commitment to Article Five holds.', 'Article Five'],
    ['not-actor.event', 'After World War II, trade grew.', 'World War II'],
    ['not-actor.product', 'He drove a Tesla Model 3 home.', 'Tesla Model'],
    ['not-actor.adjective', 'I used the standby Presidential authority.', 'Presidential'],
    ['not-actor.adjective', 'They met Congressional leaders.', 'Congressional'],
    ['not-actor.amount-fragment', 'It cost the A$3 billion.', 'A$3'],
    ['not-actor.generic-head', 'The Grattan Institute said so. The Institute disagreed.', 'Institute'],
    ['not-actor.numbered-index', 'Miners dragged the FTSE 100 lower.', 'FTSE'],
    ['not-actor.model-number', 'Airlines grounded every A321neo in March.', 'A321neo'],
    ['not-actor.stage', 'Funds for the Metro Phase II line ran out.', 'Metro Phase II'],
    ['not-actor.law-with-parenthesis', 'Peers delayed the Online Harms (Amendment) Bill again.', 'Online Harms'],
    ['not-actor.verb-after-to', 'Buyers used Help to Buy loans.', 'Buy'],
    ['not-actor.law', 'Few flats meet the Decent Homes Standard yet.', 'Decent Homes Standard'],
    ['not-actor.law', 'Exporters on the Unverified List waited.', 'Unverified List'],
    ['not-actor.programme', 'Villages joined the Pradhan Mantri Awas Yojana quickly.', 'Pradhan Mantri Awas Yojana'],
    ['not-actor.index', 'The Shanghai Composite slipped.', 'Shanghai Composite'],
  ])('%s rejects the phrase in %j', (rule, text, phrase) => {
    expect(rejected(text)).toContain(`${phrase} [${rule}]`);
    expect(trace(text).found.map((f) => f.text)).not.toContain(phrase);
  });

  it.each([
    ['The Cold War ended; the GDP grew.'],
    ['Equally, this move was anticipated.'],
    ['North Korean missiles and Russian shells.'],
    ['We meet at COP30 soon.'],
    ['UN General Assembly High-level week began.'],
    ['They raised the Goods and Services Tax and the CHIPS and Science Act.'],
  ])('finds no wrong actor in %j', (text) => {
    expect(found(text).filter((f) => !f.startsWith('UN General Assembly/'))).toEqual([]);
  });
});

describe('actor rules: places', () => {
  it.each([
    ['Investment rose in New Mexico and Ohio.', ['New Mexico/place [actor.gazetteer]', 'Ohio/place [actor.gazetteer]']],
    [
      'Trade in the Indo-Pacific and the Asia-Pacific grew.',
      ['Indo-Pacific/place [actor.gazetteer]', 'Asia-Pacific/place [actor.gazetteer]'],
    ],
    ['Factories in the Midwest closed.', ['Midwest/place [actor.gazetteer]']],
    ['They met in Vermont and Alaska.', ['Vermont/place [actor.gazetteer]', 'Alaska/place [actor.gazetteer]']],
    ['Security in the North Atlantic area held.', ['North Atlantic/place [actor.compound-place]']],
    ['Fires spread across Southern California.', ['Southern California/place [actor.compound-place]']],
    ['Ambulances in London were late.', ['London/place [actor.capital-as-place]']],
    [
      'He courted both Washington and Moscow.',
      ['Washington/country [actor.gazetteer]', 'Moscow/country [actor.gazetteer]'],
    ],
    ['Troops left Camp Pendleton today.', ['Camp Pendleton/place [actor.place-head]']],
    [
      'Floods hit towns such as Gympie and Lismore.',
      ['Gympie/place [actor.place-after-preposition]', 'Lismore/place [actor.place-after-preposition]'],
    ],
  ])('finds the places in %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('actor rules: titles before names', () => {
  it.each([
    [
      'Transport for London commissioner Andy Lord said fares would rise.',
      ['Transport for London/organization [actor.institution-of]', 'Andy Lord/person [actor.person-tag]'],
    ],
    [
      'U.S. Ambassador to the United Nations Linda Thomas-Greenfield announced it.',
      [
        'U.S./country [actor.gazetteer]',
        'United Nations/organization [actor.organisation-head]',
        'Linda Thomas-Greenfield/person [actor.person-tag]',
      ],
    ],
    [
      'He met Bank of England Governor Andrew Bailey.',
      ['Bank of England/organization [actor.institution-of]', 'Andrew Bailey/person [actor.title-before-name]'],
    ],
    ['Prime Minister Anthony Albanese spoke.', ['Anthony Albanese/person [actor.title-before-name]']],
    ['Aid came from Deputy Chief Minister Ajit Pawar.', ['Ajit Pawar/person [actor.title-before-name]']],
    ['The Justice Department sued.', ['Justice Department/organization [actor.organisation-head]']],
    ['The Minister for Health, Mary Byrne, spoke.', ['Mary Byrne/person [actor.person-tag]']],
    [
      'She teaches at the University of the Witwatersrand.',
      ['University of the Witwatersrand/organization [actor.institution-of]'],
    ],
  ])('finds the body and the person in %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('keeps the whole title as the role', () => {
    const [a] = trace('Prime Minister Anthony Albanese spoke.').found;
    expect(a?.role).toBe('Prime Minister');
  });
});

describe('actor rules: governments, forces, people and groups', () => {
  it.each([
    ['The Biden administration’s plan failed.', ['Biden administration/organization [actor.government-of]']],
    ['It defied the Assad regime.', ['Assad regime/organization [actor.government-of]']],
    [
      'The Burmese military detained Aung San Suu Kyi.',
      ['Burmese military/organization [actor.national-force]', 'Aung San Suu Kyi/person [actor.unknown-name]'],
    ],
    ['A record low for African Americans followed.', ['African Americans/group [actor.collective-compound]']],
    ['The original 12 NATO Allies met.', ['NATO Allies/group [actor.collective-head]']],
    ['Every American has seen it.', ['Every American/group [actor.collective]']],
    ['It faced Soviet aggression.', ['Soviet/country [actor.gazetteer]']],
    [
      'Elements of the 10th Mountain Division arrived.',
      ['10th Mountain Division/organization [actor.organisation-head]'],
    ],
    ['They cut Social Security and Medicare.', ['Medicare/organization [actor.organisation-tag]']],
    ['Shell, which owns the terminal, declined.', ['Shell/organization [actor.named-by-relative]']],
    ['The deal doubled Kestrova’s debt.', ['Kestrova/organization [actor.possessive-owner]']],
    ['It rained on Sunday’s parade.', []],
    ['Łukasz Żebrowski, who chairs the board, agreed.', ['Łukasz Żebrowski/person [actor.leading-name]']],
    ['The West has failed.', ['The West/group [actor.definite-group]']],
    [
      'Mary Jones of Oxfam left.',
      ['Mary Jones/person [actor.person-tag]', 'Oxfam/organization [actor.organisation-tag]'],
    ],
    ['The Hanoi People’s Committee met.', ['Hanoi People’s Committee/organization [actor.organisation-head]']],
    ['I told a farmer from Co. Clare to wait.', ['Co. Clare/place [actor.place-head]']],
    ['Minister for Health Stephen Donnelly said so.', ['Stephen Donnelly/person [actor.title-before-name]']],
    ['Marshal Witold Kozłowski spoke.', ['Witold Kozłowski/person [actor.title-before-name]']],
    [
      'Give Poland and Hungary 2 billion euros.',
      ['Poland/country [actor.gazetteer]', 'Hungary/country [actor.gazetteer]'],
    ],
    ['She wrote to the President at once.', []],
  ])('finds %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('actor rules: names joined by "and" or "to", or listing portfolios', () => {
  it.each([
    [
      'A Council to End Child Poverty report came out.',
      ['Council to End Child Poverty/organization [actor.institution-of]'],
    ],
    [
      'The Food and Drug Administration approved it.',
      ['Food and Drug Administration/organization [actor.organisation-head]'],
    ],
    [
      'A Water Supply and Sewerage Board (WSSB) was set up.',
      [
        'Water Supply and Sewerage Board/organization [actor.organisation-head]',
        'WSSB/organization [actor.abbreviation]',
      ],
    ],
    [
      'The Ministry of Health, Labour and Welfare said so.',
      ['Ministry of Health, Labour and Welfare/organization [actor.institution-of]'],
    ],
  ])('finds %j', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('actor rules: a list of names before a council', () => {
  it('keeps a named place out of the council that closes the list', () => {
    expect(found('Leeds, Harrogate and Selby District Council objected.')).toContain(
      'Selby District Council/organization [actor.organisation-head]',
    );
  });
});

describe('actor rules: abbreviations', () => {
  it('gives an abbreviation in brackets the name it abbreviates', () => {
    const { found: f } = trace('The National Health Service (NHS) is short of staff.');
    expect(f.map((a) => `${a.text}=${a.name} [${a.rule}]`)).toEqual([
      'National Health Service=National Health Service [actor.organisation-head]',
      'NHS=National Health Service [actor.abbreviation]',
    ]);
  });
});

describe('actor rules: the table', () => {
  it('names every rule once, as actor.* or not-actor.*', () => {
    const names = PHRASE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of PHRASE_RULES) {
      expect(r.name).toMatch(/^(?:not-)?actor\.[a-z-]+$/);
    }
  });

  it('finds actors that never overlap and whose spans cut their own text, whatever the words', () => {
    const word = fc.constantFrom(
      'the',
      'of',
      'for',
      'and',
      'said',
      'in',
      'New',
      'Mexico',
      'United',
      'Nations',
      'President',
      'Prime',
      'Minister',
      'Linda',
      'Thomas-Greenfield',
      'Bank',
      'England',
      'Institute',
      'Act',
      'Burmese',
      'military',
      'administration',
      'Biden',
      'NHS',
      '(NHS)',
      'U.S.',
      'A$3',
      'Operation',
      'Hope',
      'Soviet',
      'Americans',
      'African',
      'Every',
      'North',
      'Atlantic',
      '10th',
      'Division',
      'High-level',
      'Suu',
      'Kyi',
      'London,',
      'Moscow.',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (ws) => {
        const text = ws.join(' ');
        const f = trace(text).found;
        for (const a of f) expect(text.slice(a.start, a.end)).toBe(a.text);
        for (let i = 1; i < f.length; i++) expect(f[i]!.start).toBeGreaterThanOrEqual(f[i - 1]!.end);
      }),
      { numRuns: 150 },
    );
  });
});

describe('actor rules: amounts', () => {
  it.each(['The fund received R12 million in two years.', 'A customer sends KSh 50 for greens.'])(
    'finds no actor in the amount of %j',
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

describe('actor rules: a name before a common noun', () => {
  it.each(['Water pours over the Ściegna dam each spring.', 'The Vistula river floods.'])(
    'does not make a group of the name in %j',
    (text) => {
      expect(trace(text).found.filter((f) => f.kind === 'group')).toEqual([]);
    },
  );
});
