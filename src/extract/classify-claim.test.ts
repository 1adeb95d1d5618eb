import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyClaim, type ClaimEvidence } from './classify-claim.ts';
import { STANCE_MARKERS, valenceOf } from './claim-lexicon.ts';
import { tagWords } from '../segment/tag-words.ts';

const none: ClaimEvidence = { figures: 0, dates: 0, actors: 0 };
const anchored: ClaimEvidence = { figures: 1, dates: 1, actors: 1 };

// General sentences, none from the dev set's texts: [sentence, kind, rule].
const cases: [string, string, string][] = [
  // Facts: declarative statements of past or present states and events, loaded words or not.
  ['Thousands have been unjustly detained.', 'fact', 'claim.declarative'],
  ['Our unemployment is at a historic low.', 'fact', 'claim.declarative'],
  ['Civil conflict has worsened.', 'fact', 'claim.declarative'],
  ['The strike closed every school in the district.', 'fact', 'claim.declarative'],
  ['Rebels have brutally attacked three villages since the ceasefire.', 'fact', 'claim.declarative'],
  ['The bridge was not finished on time.', 'fact', 'claim.declarative'],
  ['The minister told reporters that taxes will rise.', 'fact', 'claim.reported'],
  ['A new study finds that rents have doubled.', 'fact', 'claim.reported'],
  ['According to the census, the town has shrunk.', 'fact', 'claim.reported'],
  ['"We will never give up," the mayor said.', 'fact', 'claim.attributed-quote'],
  ['Last year the council said it would cut fares.', 'fact', 'claim.reported'],
  ['The board promised that the plant would reopen, but it stayed shut.', 'fact', 'claim.declarative'],
  ['He was forced to resign because he would not sign the order.', 'fact', 'claim.declarative'],
  ['The fund includes a grant, which will pay for new roofs.', 'fact', 'claim.declarative'],
  ['In fairness, I must say the staff worked through the night.', 'fact', 'claim.declarative'],
  ['Imagine a hospital with no power and no water.', 'fact', 'claim.declarative'],
  ['Residents had to flee their homes.', 'fact', 'claim.declarative'],
  ['Residents could not leave their homes for days.', 'fact', 'claim.declarative'],
  ['Transport for London will point to the risks.', 'forecast', 'claim.future-modal'],
  ['They will have to pay more.', 'forecast', 'claim.future-modal'],
  ['The worst drought in decades hit the south.', 'fact', 'claim.declarative'],
  ['House Republicans pledge to cut the deficit.', 'forecast', 'claim.pledge'],
  ['Supply chains remain snarled.', 'fact', 'claim.declarative'],
  ['The delay is due to bad weather.', 'fact', 'claim.declarative'],
  ['We call this a victory.', 'fact', 'claim.declarative'],
  ['Note that the figures exclude Scotland.', 'fact', 'claim.declarative'],
  ['Many economists believe the tax will hurt growth.', 'fact', 'claim.reported'],
  ['Residents say they feel abandoned.', 'fact', 'claim.reported'],
  ['Should the talks fail, prices will rise.', 'forecast', 'claim.future-modal'],
  ['The minister is due to visit the border next week.', 'forecast', 'claim.likelihood'],
  // Forecasts: the future, conditions, likelihood and pledges.
  ['Prices will rise again next winter.', 'forecast', 'claim.future-modal'],
  ['The newly elected parliament will meet on Monday.', 'forecast', 'claim.future-modal'],
  ['A report published last week will shape the debate.', 'forecast', 'claim.future-modal'],
  ['Without new funding, the clinic would close within a year.', 'forecast', 'claim.future-modal'],
  ['The drought could push millions into hunger.', 'forecast', 'claim.possibility-modal'],
  ['The reform may not survive the next election.', 'forecast', 'claim.possibility-modal'],
  ['The economy is expected to slow.', 'forecast', 'claim.likelihood'],
  ['Turnout is likely to fall.', 'forecast', 'claim.likelihood'],
  ['We pledge to rebuild every home.', 'forecast', 'claim.pledge'],
  ['Make no mistake, we will finish the job.', 'forecast', 'claim.future-modal'],
  // Recommendations: obligations, appeals and imperatives to the reader.
  ['The government must release the prisoners.', 'recommendation', 'claim.deontic-modal'],
  ['Parents should vaccinate their children.', 'recommendation', 'claim.deontic-modal'],
  ['We need to invest in rail.', 'recommendation', 'claim.deontic-modal'],
  ['It is essential that every vote is counted.', 'recommendation', 'claim.deontic-phrase'],
  ['Each of us has a duty to help.', 'recommendation', 'claim.deontic-phrase'],
  ['We call on both parties to return to talks.', 'recommendation', 'claim.appeal'],
  ['We call for an immediate ceasefire.', 'recommendation', 'claim.appeal'],
  ['I am asking the council to reconsider.', 'recommendation', 'claim.appeal'],
  ['Wash your hands often.', 'recommendation', 'claim.imperative'],
  ['Stand with the strikers.', 'recommendation', 'claim.imperative'],
  ["Don't expect miracles.", 'recommendation', 'claim.imperative'],
  ["Let's get to work.", 'recommendation', 'claim.imperative'],
  ['The crisis demands an urgent response from donors.', 'recommendation', 'claim.necessity'],
  // Opinions: positive evidence of judgement.
  ['Is this really the best we can do?', 'opinion', 'claim.question'],
  ['I believe the plan is a mistake.', 'opinion', 'claim.first-person-judgement'],
  ['Hopefully the talks will succeed.', 'opinion', 'claim.stance-marker'],
  ['It is hard to believe the figures.', 'opinion', 'claim.evaluative-predicate'],
  ['Of course, nobody reads the small print.', 'opinion', 'claim.stance-marker'],
  ['The policy appears to be aimed at voters.', 'opinion', 'claim.stance-marker'],
  ['The risk is very low.', 'opinion', 'claim.evaluative-predicate'],
  ['The new library is wonderful.', 'opinion', 'claim.evaluative-predicate'],
  ['Clean water is important.', 'opinion', 'claim.evaluative-predicate'],
  ['She is right.', 'opinion', 'claim.evaluative-predicate'],
  ['The road was right next to the river.', 'fact', 'claim.declarative'],
  ['The trains are slow and incredibly dirty.', 'opinion', 'claim.evaluative-predicate'],
  ['They built the finest school in the county.', 'opinion', 'claim.rated-superlative'],
  ['The vote signals a shift in public mood.', 'opinion', 'claim.interpretation'],
  ['The army used the protests as a pretext.', 'opinion', 'claim.interpretation'],
  ['The region thus becomes a battleground.', 'opinion', 'claim.interpretation'],
  ['More work is needed.', 'opinion', 'claim.need-judgement'],
  ['The funds may have been diverted.', 'opinion', 'claim.speculation'],
  ['The council should have acted sooner.', 'opinion', 'claim.speculation'],
  ['It must be obvious that the plan failed.', 'opinion', 'claim.speculation'],
  ["It's a useful reminder.", 'opinion', 'claim.evaluative-predicate'],
  ['The response has been woefully inadequate.', 'opinion', 'claim.evaluative-predicate'],
  ['Voters deserve better.', 'opinion', 'claim.interpretation'],
  ['The country needs better leaders.', 'opinion', 'claim.need-judgement'],
  ['The case for a bypass is not complicated.', 'opinion', 'claim.evaluative-predicate'],
  ['The outlook for exporters remains grim.', 'opinion', 'claim.evaluative-predicate'],
  ['What will happen next is unclear.', 'opinion', 'claim.evaluative-predicate'],
  ['The new timetable makes commuting harder.', 'opinion', 'claim.interpretation'],
  ['The plan aims to make buses safer.', 'fact', 'claim.declarative'],
  ['Neighbouring towns have fared better.', 'opinion', 'claim.interpretation'],
  ['Fuel was never the problem.', 'opinion', 'claim.interpretation'],
  ['The real danger lies in the courts.', 'opinion', 'claim.interpretation'],
  ['The ministry apologised, grudgingly.', 'opinion', 'claim.interpretation'],
  ['The firm paid the fine, eventually.', 'fact', 'claim.declarative'],
  ['Wages rose, which suggests the squeeze is over.', 'opinion', 'claim.interpretation'],
  ['None of this means the scheme was a waste.', 'opinion', 'claim.interpretation'],
  ['Analysts expect slower growth in the spring.', 'forecast', 'claim.pledge'],
  ['The mayor should say where the money went.', 'recommendation', 'claim.deontic-modal'],
  ['The landlord should be told to fix the boiler.', 'recommendation', 'claim.deontic-modal'],
  ['By dawn, forty climbers were still missing.', 'fact', 'claim.declarative'],
  ['The match was very dead by half-time.', 'opinion', 'claim.evaluative-predicate'],
  // A preposition opening a sentence opens a phrase, even where the tagger reads a verb.
  ['Under the deal, the city pays 40 per cent of the cost.', 'fact', 'claim.declarative'],
  ['Over the past decade, rents doubled.', 'fact', 'claim.declarative'],
  ['Beyond the ring road, farms still flood.', 'fact', 'claim.declarative'],
  ['Back in 2010, nobody cared.', 'fact', 'claim.declarative'],
  ['Back the plan before the vote.', 'recommendation', 'claim.imperative'],
  ['So here is what the next government should do.', 'recommendation', 'claim.announced-recommendation'],
  ['This is what Parliament must change.', 'recommendation', 'claim.announced-recommendation'],
  ['Here is what happened next.', 'fact', 'claim.declarative'],
  ['This is what happens when regulators must rely on industry data.', 'fact', 'claim.declarative'],
  ['Clean water is something every child must have.', 'recommendation', 'claim.deontic-modal'],
  // "would have" with its participle left out is still a counterfactual past.
  ['The levees lowered flood levels more than any dam would have.', 'opinion', 'claim.speculation'],
];

describe('classifyClaim', () => {
  it.each(cases)('should classify %j as %s by %s', (sentence, kind, rule) => {
    const decision = classifyClaim(sentence, none);
    expect({ kind: decision.kind, rule: decision.rule }).toEqual({ kind, rule });
  });

  it('should give the same answer from the pipeline’s tagged words as from the sentence alone', () => {
    const text = 'Intro here. The elderly must stay home.';
    const start = text.indexOf('The');
    const words = tagWords(text).filter((w) => w.start >= start);
    expect(classifyClaim(text.slice(start), { ...none, words })).toEqual(classifyClaim(text.slice(start), none));
  });

  it('should call a present denial that names and counts nothing an opinion, and keep passives and anchored ones facts', () => {
    const kind = (text: string, evidence = none) => classifyClaim(text, evidence).kind;
    expect(kind('The numbers are not secret.')).toBe('opinion');
    expect(kind('This isn’t a crisis of money.')).toBe('opinion');
    expect(kind('The cause is not known.')).toBe('fact');
    expect(kind('The company is not paying its taxes.')).toBe('fact');
    expect(kind('There are not enough teachers in rural schools.')).toBe('fact');
    expect(kind('The vote was not close.')).toBe('fact');
    expect(kind('The reactor is not a member of the grid.', { ...none, actors: 1 })).toBe('fact');
    expect(classifyClaim('The numbers are not secret.', none).rule).toBe('claim.present-denial');
  });

  it('should call a plain statement with numbers or dates an anchored fact', () => {
    expect(classifyClaim('On May 2 the plant hired 300 workers.', anchored)).toMatchObject({
      kind: 'fact',
      rule: 'claim.declarative-anchored',
    });
  });

  it('should record the words that decided the kind as the cue', () => {
    expect(classifyClaim('The government must release the prisoners.', none).cue).toBe('must');
    expect(classifyClaim('We call on both parties to return to talks.', none).cue).toBe('We call on');
  });

  it('should answer every sentence with a named rule, a cue and a confidence between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const d = classifyClaim(text, none);
        expect(['fact', 'forecast', 'recommendation', 'opinion']).toContain(d.kind);
        expect(d.rule).toMatch(/^claim\.[a-z-]+$/);
        expect(d.cue.length).toBeGreaterThan(0);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});

describe('claim lexicon', () => {
  it('should keep stance adverbs of the hedges list and leave out its quantity hedges', () => {
    expect(STANCE_MARKERS).toEqual(expect.arrayContaining(['apparently', 'presumably', 'in my view']));
    expect(STANCE_MARKERS).not.toEqual(expect.arrayContaining(['about', 'mostly', 'usually', 'will']));
  });

  it('should rate words by AFINN valence', () => {
    expect(valenceOf('Good')).toBeGreaterThan(0);
    expect(valenceOf('horrible')).toBeLessThan(0);
    expect(valenceOf('table')).toBe(0);
  });
});
