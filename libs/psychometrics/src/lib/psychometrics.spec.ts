import { psychometrics } from './psychometrics';

describe('psychometrics', () => {
  it('should work', () => {
    expect(psychometrics()).toEqual('psychometrics');
  });
});
