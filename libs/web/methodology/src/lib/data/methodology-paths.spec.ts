import { fileNameFrom } from './methodology-api';
import { MethodologyPaths, fillPath } from './methodology-paths';

describe('methodology paths', () => {
  it('fills and encodes path parameters', () => {
    expect(fillPath(MethodologyPaths.diff, { id: 'a', otherId: 'b/c' })).toBe('/api/methodologies/a/diff/b%2Fc');
    expect(fillPath(MethodologyPaths.get, {})).toBe('/api/methodologies/:id');
  });

  it('reads the file name of a download', () => {
    expect(fileNameFrom('attachment; filename="EGOV-ICT-v1.case.json"', 'x')).toBe('EGOV-ICT-v1.case.json');
    expect(fileNameFrom("attachment; filename*=UTF-8''EGOV%20v1.csv", 'x')).toBe('EGOV v1.csv');
    expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
  });
});
