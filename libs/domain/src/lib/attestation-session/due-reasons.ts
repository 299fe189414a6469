import type { DueReason } from '@civics/contracts';
import type { AttestationOutcome } from '../attestation';

/** What is known about a person when deciding whether they are due for attestation. */
export interface DueFacts {
  /** The person's current position. */
  readonly positionCode: string;
  /** Their latest certificate that is not revoked (expired or not), with the position it was issued for. */
  readonly certificate: { readonly validUntil: string; readonly positionCode: string | null } | null;
  /** Their latest attestation decision. */
  readonly lastDecision: {
    readonly outcome: AttestationOutcome;
    readonly trainingDeadline: string | null;
    readonly retakeOn: string | null;
  } | null;
}

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Why a person is due for attestation (empty: not due). Dates are ISO `yyyy-mm-dd`, compared as
 * calendar days.
 * - `no_certificate`: no certificate, or the last one has expired;
 * - `retake_due`: instead of `no_certificate` after "does not meet" — once the re-attestation date
 *   is reached (before it the person is not due: the waiting time runs);
 * - `certificate_expiring`: a valid certificate expires within `withinDays`;
 * - `new_in_position`: the valid certificate was issued for another position;
 * - `training_deadline_reached`: "meets subject to training" and the plan's deadline has come.
 */
export function dueReasons(facts: DueFacts, today: string, withinDays: number): DueReason[] {
  const reasons: DueReason[] = [];
  const last = facts.lastDecision;
  const cert = facts.certificate && facts.certificate.validUntil >= today ? facts.certificate : null;
  if (!cert) {
    if (last?.outcome === 'does_not_meet' && last.retakeOn) return last.retakeOn <= today ? ['retake_due'] : [];
    return ['no_certificate'];
  }
  if (cert.validUntil <= addDays(today, withinDays)) reasons.push('certificate_expiring');
  if (cert.positionCode !== null && cert.positionCode !== facts.positionCode) reasons.push('new_in_position');
  if (last?.outcome === 'meets_subject_to_training' && last.trainingDeadline && last.trainingDeadline <= today)
    reasons.push('training_deadline_reached');
  return reasons;
}
