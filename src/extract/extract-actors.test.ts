import { describe, expect, it } from 'vitest';
import { extractActors } from './extract-actors.ts';
import { tagWords } from '../segment/tag-words.ts';

const actors = (text: string) =>
  extractActors(text, tagWords(text)).map((a) => `${a.text}=${a.name}/${a.kind}${a.role ? `/${a.role}` : ''}`);

describe('extractActors', () => {
  it.each([
    ['German Chancellor Olaf Scholz spoke.', ['Olaf Scholz=Olaf Scholz/person/Chancellor']],
    ['Moscow ended the talks.', ['Moscow=Russia/country']],
    ['Ambulances in London were late.', ['London=London/place']],
    ['Sen. Elizabeth Warren (D-Mass.) objected.', ['Elizabeth Warren=Elizabeth Warren/person/Sen.']],
    ['Last week, the Federal Reserve held rates.', ['Federal Reserve=Federal Reserve/organization']],
    ['Congress must act.', ['Congress=Congress/organization']],
    ['Pay fell. Rishi Sunak promised more.', ['Rishi Sunak=Rishi Sunak/person']],
    [
      'It was Harvard University’s Joint Center for Housing Studies.',
      [
        'Harvard University=Harvard University/organization',
        'Joint Center for Housing Studies=Joint Center for Housing Studies/organization',
      ],
    ],
    ['Officials from Tehran and the US met.', ['Tehran=Iran/country', 'US=United States/country']],
    ['The UN Security Council voted.', ['UN Security Council=UN Security Council/organization']],
    ['For the West, this is a test.', ['the West=the West/group']],
    ['It threatens the Korean Peninsula.', ['Korean Peninsula=Korean Peninsula/place']],
    ['The World Food Programme bought wheat.', ['World Food Programme=World Food Programme/organization']],
    ['He met the Bank of England governor.', ['Bank of England=Bank of England/organization']],
    ['Ursula von der Leyen arrived.', ['Ursula von der Leyen=Ursula von der Leyen/person']],
    ['Grain left ports such as Odesa.', ['Odesa=Odesa/place']],
    ['Turkey brokered the deal.', ['Turkey=Türkiye/country']],
    ['Will Europe wake up?', ['Europe=Europe/place']],
    ['As Zelensky said, the war goes on.', ['Zelensky=Zelensky/person']],
    ['Then Nadella argues otherwise.', ['Nadella=Nadella/person']],
    [
      'Americans are wary: a Gallup poll found 62% unhappy.',
      ['Americans=Americans/group', 'Gallup=Gallup/organization'],
    ],
    ["Labour's Wes Streeting proposes clinics.", ['Labour=Labour/organization', 'Wes Streeting=Wes Streeting/person']],
    [
      'In Congress, Democrats and Republicans agree.',
      ['Congress=Congress/organization', 'Democrats=Democrats/group', 'Republicans=Republicans/group'],
    ],
    ['Palestinians and Israelis deserve peace.', ['Palestinians=Palestinians/group', 'Israelis=Israelis/group']],
    [
      'The World Health Organization and Amnesty International warned.',
      [
        'World Health Organization=World Health Organization/organization',
        'Amnesty International=Amnesty International/organization',
      ],
    ],
    ['The U.S. and the U.K. disagree.', ['U.S.=United States/country', 'U.K.=United Kingdom/country']],
    [
      'He joined the Council on Foreign Relations.',
      ['Council on Foreign Relations=Council on Foreign Relations/organization'],
    ],
    ['Putin and Xi Jinping met on Monday.', ['Putin=Putin/person', 'Xi Jinping=Xi Jinping/person']],
    ['Nobody believes the Paris Agreement targets.', []],
    ['Brussels knows it.', ['Brussels=European Union/organization']],
  ])('should find the actors in %j', (text, want) => {
    expect(actors(text)).toEqual(want);
  });

  it('should take the possessive off a name', () => {
    const text = 'Putin’s visit mattered.';
    const [a] = extractActors(text, tagWords(text));
    expect(a?.text).toBe('Putin');
    expect(text.slice(a!.start, a!.end)).toBe('Putin');
  });

  it.each([
    ['Officials and the people disagree.'],
    ['Equally, this move was anticipated.'],
    ['North Korean missiles and Russian shells.'],
    ['The Cold War ended; the GDP grew.'],
    ['We meet at COP30 soon.'],
    ['It is an Orwellian idea.'],
  ])('should find no actor in %j (collectives, sentence openers, adjectives, events)', (text) => {
    expect(actors(text)).toEqual([]);
  });
});

describe('a lone unknown name listed with actors', () => {
  it.each([
    // Opening a sentence, where a capital says nothing, and mid-sentence.
    ['Councils have tried. Ardwick, Islington and Leeds City Council set up companies.', 'Ardwick=Ardwick/place'],
    // A chain: each unknown name in the list takes the kind of the actor nearest it.
    ['Voters in Ardwick, Velmorra, Quenby and Islington were asked.', 'Velmorra=Velmorra/place'],
    ['Voters in Ardwick, Velmorra, Quenby and Islington were asked.', 'Quenby=Quenby/place'],
    // Each takes the kind of the actor nearest it.
    ['Ardwick, Leeds City Council, Velmorra, Quenby and Islington voted.', 'Velmorra=Velmorra/organization'],
    ['Ardwick, Leeds City Council, Velmorra, Quenby and Islington voted.', 'Quenby=Quenby/place'],
  ])('should be found in %j', (text, expected) => {
    expect(actors(text)).toContain(expected);
  });

  it.each([
    // Common words and verbs open sentences before lists of names; a plural is no name.
    ['Meanwhile, Russia and China disagree.', 'Meanwhile'],
    ['Texting, Facebook and Instagram fill the day.', 'Texting'],
    ['Councils, Islington and Ardwick Council all agree.', 'Councils'],
    // A phrase before the list, not a name in it.
    ['Since Brexit, France and Germany have drifted apart.', 'Brexit'],
    // One actor does not make a list of actors.
    ['Families queue in the slums of T.K. Layout and Varthoorpet.', 'Varthoorpet'],
    // Not in a list at all.
    ['Then Velmorra grew quickly, unlike London.', 'Velmorra'],
  ])('should not take %j for a list of actors (no %s)', (text, word) => {
    expect(actors(text).map((a) => a.split('=')[0])).not.toContain(word);
  });
});
