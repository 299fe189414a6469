import { dueReasons, type DueFacts } from './due-reasons';

const today = '2026-06-01';
const base: DueFacts = { positionCode: 'SPECIALIST', certificate: null, lastDecision: null };

describe('dueReasons', () => {
  it('never attested: no certificate', () => {
    expect(dueReasons(base, today, 90)).toEqual(['no_certificate']);
  });

  it('an expired certificate counts as none', () => {
    expect(dueReasons({ ...base, certificate: { validUntil: '2026-05-31', positionCode: 'SPECIALIST' } }, today, 90)).toEqual([
      'no_certificate',
    ]);
  });

  it('a certificate valid for long enough in the same position: not due', () => {
    expect(dueReasons({ ...base, certificate: { validUntil: '2027-06-01', positionCode: 'SPECIALIST' } }, today, 90)).toEqual([]);
  });

  it('a certificate expiring within the window (inclusive)', () => {
    const facts = { ...base, certificate: { validUntil: '2026-08-30', positionCode: 'SPECIALIST' } };
    expect(dueReasons(facts, today, 90)).toEqual(['certificate_expiring']);
    expect(dueReasons(facts, today, 89)).toEqual([]);
    expect(dueReasons({ ...facts, certificate: { validUntil: today, positionCode: 'SPECIALIST' } }, today, 1)).toEqual([
      'certificate_expiring',
    ]);
  });

  it('new in a position: the certificate was issued for another one', () => {
    const facts = { ...base, certificate: { validUntil: '2028-01-01', positionCode: 'LEADING_ADVISER' } };
    expect(dueReasons(facts, today, 90)).toEqual(['new_in_position']);
  });

  it('meets subject to training: due once the training deadline is reached', () => {
    const facts: DueFacts = {
      ...base,
      certificate: { validUntil: '2029-01-01', positionCode: 'SPECIALIST' },
      lastDecision: { outcome: 'meets_subject_to_training', trainingDeadline: '2026-06-01', retakeOn: null },
    };
    expect(dueReasons(facts, today, 90)).toEqual(['training_deadline_reached']);
    expect(dueReasons(facts, '2026-05-31', 90)).toEqual([]);
  });

  it('does not meet: nobody is due during the waiting time, then the retake is', () => {
    const facts: DueFacts = { ...base, lastDecision: { outcome: 'does_not_meet', trainingDeadline: null, retakeOn: '2026-07-01' } };
    expect(dueReasons(facts, today, 90)).toEqual([]);
    expect(dueReasons(facts, '2026-07-01', 90)).toEqual(['retake_due']);
  });

  it('lists every reason that applies', () => {
    const facts: DueFacts = {
      positionCode: 'HEAD_OF_DEPARTMENT',
      certificate: { validUntil: '2026-07-01', positionCode: 'SPECIALIST' },
      lastDecision: { outcome: 'meets_subject_to_training', trainingDeadline: '2026-01-01', retakeOn: null },
    };
    expect(dueReasons(facts, today, 90)).toEqual(['certificate_expiring', 'new_in_position', 'training_deadline_reached']);
  });
});
