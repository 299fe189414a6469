import { DECISION_OUTCOMES } from '@civics/contracts';
import { ATTESTATION_OUTCOMES } from '../attestation';
import { DomainError } from '../domain-error';
import { minimumCommissionSize, tallyVotes, type CastVote } from './commission';

const vote = (outcome: CastVote['outcome'], chair = false): CastVote => ({ outcome, chair });

describe('commission size', () => {
  it('is the smallest commission whose quorum needs two votes', () => {
    expect(minimumCommissionSize(2 / 3)).toBe(2);
    expect(minimumCommissionSize(0.5)).toBe(3);
    expect(minimumCommissionSize(1)).toBe(2);
    expect(minimumCommissionSize(0.3)).toBe(4);
    expect(minimumCommissionSize(2 / 3, 3)).toBe(4);
  });

  it('refuses a quorum that is not a fraction', () => {
    expect(() => minimumCommissionSize(0)).toThrow(DomainError);
    expect(() => minimumCommissionSize(1.5)).toThrow(DomainError);
  });
});

describe('tallyVotes', () => {
  it('the contract and the domain name the same outcomes', () => {
    expect([...DECISION_OUTCOMES]).toEqual([...ATTESTATION_OUTCOMES]);
  });

  it('no quorum: 1 of 3 members voted (2/3 needs 2)', () => {
    const t = tallyVotes([vote('meets')], 3, 2 / 3);
    expect(t).toMatchObject({ cast: 1, needed: 2, quorumReached: false, carried: null, leading: ['meets'] });
  });

  it('quorum and a clear majority carry the outcome', () => {
    const t = tallyVotes([vote('meets', true), vote('meets'), vote('does_not_meet')], 3, 2 / 3);
    expect(t.counts).toEqual({ meets: 2, meets_subject_to_training: 0, does_not_meet: 1 });
    expect(t.carried).toBe('meets');
  });

  it('a tie is broken by the chair’s vote', () => {
    const t = tallyVotes([vote('meets_subject_to_training', true), vote('meets')], 2, 2 / 3);
    expect(t.leading).toEqual(['meets', 'meets_subject_to_training']);
    expect(t.carried).toBe('meets_subject_to_training');
  });

  it('a tie the chair did not vote in carries nothing', () => {
    const t = tallyVotes([vote('meets'), vote('does_not_meet')], 3, 2 / 3);
    expect(t.quorumReached).toBe(true);
    expect(t.carried).toBeNull();
  });

  it('a three-way tie with the chair for one of them carries the chair’s outcome', () => {
    const t = tallyVotes([vote('meets'), vote('does_not_meet', true), vote('meets_subject_to_training')], 3, 1);
    expect(t.carried).toBe('does_not_meet');
  });

  it('refuses more votes than members', () => {
    expect(() => tallyVotes([vote('meets'), vote('meets'), vote('meets')], 2, 2 / 3)).toThrow(DomainError);
  });
});
