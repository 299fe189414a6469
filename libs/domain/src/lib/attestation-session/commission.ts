import { ATTESTATION_OUTCOMES, type AttestationOutcome, quorumReached, votesNeededForQuorum } from '../attestation';

/** A decision always needs at least this many votes: no member decides alone. */
export const MIN_DECIDING_VOTES = 2;

/**
 * The smallest commission whose quorum (a fraction of its members, see `quorumReached`) needs at
 * least `minVotes` votes. A smaller commission is "below the quorum": one person would decide.
 * Quorum 2/3 → 2 members (2 of 2); 1/2 → 3 members (2 of 3); 1 → 2 members.
 *
 * @throws DomainError `INVALID_QUORUM`.
 */
export function minimumCommissionSize(quorum: number, minVotes = MIN_DECIDING_VOTES): number {
  let n = Math.max(1, minVotes);
  while (votesNeededForQuorum(n, quorum) < minVotes) n++;
  return n;
}

export interface CastVote {
  readonly outcome: AttestationOutcome;
  /** Cast by the session's chair. */
  readonly chair: boolean;
}

export interface VoteTally {
  readonly counts: Readonly<Record<AttestationOutcome, number>>;
  readonly cast: number;
  readonly needed: number;
  readonly quorumReached: boolean;
  /** Outcomes with the most votes (several when tied). */
  readonly leading: readonly AttestationOutcome[];
  /**
   * The outcome the votes carry: the only leader, or — in a tie — the leader the chair voted
   * for. Null without the quorum, or in a tie the chair's vote does not break.
   */
  readonly carried: AttestationOutcome | null;
}

/**
 * Counts one round of votes: the quorum is ⌈quorum × members⌉ votes (see `votesNeededForQuorum`);
 * the decision is the simple majority of the votes cast, the chair's vote breaking a tie.
 *
 * @throws DomainError `INVALID_QUORUM` or `INVALID_VOTE_COUNT` (e.g. more votes than members).
 */
export function tallyVotes(votes: readonly CastVote[], membersTotal: number, quorum: number): VoteTally {
  const reached = quorumReached(membersTotal, votes.length, quorum);
  const counts = Object.fromEntries(ATTESTATION_OUTCOMES.map((o) => [o, 0])) as Record<AttestationOutcome, number>;
  for (const v of votes) counts[v.outcome]++;
  const top = Math.max(...ATTESTATION_OUTCOMES.map((o) => counts[o]));
  const leading = top === 0 ? [] : ATTESTATION_OUTCOMES.filter((o) => counts[o] === top);
  const chairVote = votes.find((v) => v.chair)?.outcome;
  let carried: AttestationOutcome | null = null;
  if (reached && leading.length === 1) carried = leading[0];
  else if (reached && chairVote && leading.includes(chairVote)) carried = chairVote;
  return { counts, cast: votes.length, needed: votesNeededForQuorum(membersTotal, quorum), quorumReached: reached, leading, carried };
}
