import { describe, expect, it } from 'vitest';
import { anchorOf, buildView, dateSaysMore, figureSaysMore, isShown, viewOf } from './view-model.ts';
import { loadFixture } from './fixtures/load.ts';

const article = loadFixture('housing');
const view = buildView(article, 0.5);
const [money, later] = view.sections;
const target = (sv: typeof money, text: string) => sv!.mentions.find((m) => m.mention.text === text)!.target;
const box = (sv: typeof money, id: string) => sv!.boxes.find((b) => b.id === id);

describe('the view model', () => {
  it('should number sections and map every item by id', () => {
    expect(view.sections.map((s) => s.n)).toEqual([1, 2]);
    expect(view.bySection.get('later')!.n).toBe(2);
    expect(view.figures.get('money-f1')!.text).toBe('A$800 million');
    expect(view.claims.get('later-c2')).toMatchObject({ section: 'later', n: 2 });
  });

  it('should give a box only to items that say more than their sentence', () => {
    expect(money!.boxes.map((b) => b.id)).toEqual(['money-d1', 'money-f1', 'money-f2', 'money-d2', 'mara-quill']);
    expect(box(money, 'money-d1')).toMatchObject({ reading: '14 March 2018', relative: '2 days before publication' });
    expect(box(money, 'money-d2')).toMatchObject({ reading: 'July 2016 – June 2017' });
    expect(box(later, 'later-f1')).toMatchObject({ reading: 'about 200 homes' });
    // "March 2018" says nothing its words do not: marked, linked to the timeline, no box.
    expect(box(later, 'later-d1')).toBeUndefined();
    expect(target(later, 'March 2018')).toEqual({ index: 'timeline', id: 'later-d1' });
  });

  it('should compare the amounts the article sets side by side', () => {
    expect(box(money, 'money-f1')).toMatchObject({ comparisons: [{ kind: 'largest', count: '2 amounts in A$' }] });
    expect(box(money, 'money-f2')).toMatchObject({ comparisons: [{ kind: 'relation', words: 'about 38% of' }] });
  });

  it('should describe an actor once and link its later mentions to that box', () => {
    expect(box(later, 'mara-quill')).toBeUndefined();
    expect(target(later, 'Mara Quill')).toEqual({ box: 'mara-quill', section: 'money' });
    expect(box(money, 'mara-quill')).toMatchObject({ elsewhere: ['later'] });
  });

  it('should describe the actor again on a page of the section alone, where no earlier box is to be seen', () => {
    expect(box(later!.alone as typeof later, 'mara-quill')).toMatchObject({ elsewhere: ['money'] });
    expect(target(later!.alone as typeof later, 'Mara Quill')).toEqual({ box: 'mara-quill', section: 'later' });
    expect(box(money!.alone as typeof money, 'mara-quill')).toMatchObject({ elsewhere: ['later'] });
  });

  it('should hide mentions below the threshold unless curated, and link an undescribed actor to the index', () => {
    expect(target(money, '4,000 homes')).toBeNull();
    const council = later!.mentions.filter((m) => m.mention.ref === 'council').map((m) => m.target);
    expect(council).toEqual([null, { index: 'actors', id: 'council' }]);
    expect(view.shownCount).toBe(9);
  });

  it('should compare a hidden figure with nothing, and with everything once shown', () => {
    expect(box(later, 'later-f1')).toMatchObject({ comparisons: [] });
    const all = buildView(article, 0);
    expect(all.sections[0]!.mentions.every((m) => m.target)).toBe(true);
    expect(all.sections[0]!.boxes.find((b) => b.id === 'money-f3')).toMatchObject({
      comparisons: [{ kind: 'largest', count: '2 figures in homes' }],
    });
  });

  it('should point into the article at a box only where the section has one, else at the section', () => {
    expect(anchorOf(view, 'money', 'money-f1')).toBe('box-money-money-f1');
    expect(anchorOf(view, 'money', 'mara-quill')).toBe('box-money-mara-quill');
    // Described in the first section: a later section has no box of its own.
    expect(anchorOf(view, 'later', 'mara-quill')).toBe('later');
    // No box (says nothing more), or hidden below the threshold.
    expect(anchorOf(view, 'later', 'later-d1')).toBe('later');
    expect(anchorOf(view, 'money', 'money-f3')).toBe('money');
    expect(anchorOf(buildView(article, 0), 'money', 'money-f3')).toBe('box-money-money-f3');
  });

  it('should keep a claims box only for sections with a reviewed claim', () => {
    expect(money!.reviewed.map((c) => c.id)).toEqual(['money-c2']);
    expect(later!.reviewed).toEqual([]);
    expect(view.boxCount).toBe(7);
  });

  it('should order the timeline with the publication among the dates and record the forms actors are written as', () => {
    expect(view.timeline.map((e) => e.id)).toEqual(['money-d2', 'later-d1', 'money-d1', 'published']);
    expect(view.forms.get('council')).toEqual(['the Council']);
    expect(view.forms.get('mara-quill')).toEqual([]);
  });

  it('should show a derived date in its box and on the timeline, marked as derived', () => {
    const derived = { start: '2008', end: null, approximate: true, how: 'ten years before publication' };
    const withDerived = {
      ...article,
      figures: article.figures.map((f) => (f.id === 'money-f3' ? { ...f, derived } : f)),
    };
    const v = buildView(withDerived, 0);
    expect(v.sections[0]!.boxes.find((b) => b.id === 'money-f3')).toMatchObject({ derived });
    expect(v.timeline[0]).toMatchObject({ id: 'money-f3-derived', label: 'about 2008', derived: derived.how });
  });

  it('should compute a view once per article and threshold', () => {
    expect(viewOf(article, 0.5)).toBe(viewOf(article, 0.5));
    expect(viewOf(article, 0.5)).not.toBe(viewOf(article, 0.9));
  });
});

describe('what says more than the words', () => {
  it.each([
    [{ text: 'Wednesday', start: '2018-03-14', end: null }, true],
    [{ text: 'Ten years ago', start: '2008', end: null }, true],
    [{ text: '2016-17', start: '2016-07', end: '2017-06' }, true],
    [{ text: '2016-17', start: '2016', end: '2017' }, false],
    [{ text: 'June 18th', start: '2024-06-18', end: null }, true],
    [{ text: 'September 2022', start: '2022-09', end: null }, false],
    [{ text: '14 March 2018', start: '2018-03-14', end: null }, false],
    [{ text: 'in 1953', start: '1953', end: null }, false],
  ])('date %j: %s', (d, more) => expect(dateSaysMore(d)).toBe(more));

  it.each([
    [{ text: 'a couple of hundred', value: 200, approximate: true }, true],
    [{ text: 'about 12,000 people', value: 12000, approximate: true }, false],
    [{ text: 'four resolutions', value: 4, approximate: false }, false],
  ])('figure %j: %s', (f, more) => expect(figureSaysMore(f)).toBe(more));

  it('should show curated mentions at any threshold', () => {
    expect(isShown({ rule: 'curated', confidence: 0 }, 1)).toBe(true);
    expect(isShown({ rule: 'figure.count', confidence: 0.49 }, 0.5)).toBe(false);
    expect(isShown({ rule: 'figure.count', confidence: 0.5 }, 0.5)).toBe(true);
  });
});
