import { mapToProblem } from './problem-mapper';

describe('mapToProblem: the database going away', () => {
  const map = (e: unknown) => mapToProblem(e, 'req-1', '/api/attempts');

  it('answers 503 with Retry-After for connection refusals and server shutdowns', () => {
    for (const code of ['ECONNREFUSED', '57P01', '57P03', '08006']) {
      const p = map(Object.assign(new Error('down'), { code }));
      expect({ code, status: p.body.status, problem: p.body.code, retry: p.headers['retry-after'] }).toEqual({
        code,
        status: 503,
        problem: 'database_unavailable',
        retry: '5',
      });
    }
  });

  it('answers 503 for node-postgres errors that carry no code (dropped socket, connect timeout)', () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'timeout exceeded when trying to connect',
      'Connection terminated due to connection timeout',
    ]) {
      expect(map(new Error(message)).body.status).toBe(503);
      expect(map(Object.assign(new Error('query failed'), { driverError: new Error(message) })).body.status).toBe(503);
    }
  });

  it('keeps other unexpected errors at 500', () => {
    const p = map(new Error('something else'));
    expect(p.body.status).toBe(500);
    expect(p.unexpected).toBe(true);
  });
});
