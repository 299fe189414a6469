import { TrainingPages, fillPath } from './training-paths';

describe('training paths', () => {
  it('fills path parameters, encoded', () => {
    expect(fillPath('/api/plans/person/:personId', { personId: 'a/b' })).toBe('/api/plans/person/a%2Fb');
    expect(TrainingPages.course('x y')).toBe('/training/catalogue/x%20y');
  });
});
