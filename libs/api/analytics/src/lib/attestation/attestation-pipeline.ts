/** The attestation counts the dashboard shows, for the current staff of a set of units. */
export interface AttestationCounts {
  /** Staff whose attestation falls due within the period (certificate expiring or never attested). */
  readonly due: number;
  /** Candidates in sessions that are scheduled or open. */
  readonly scheduled: number;
  /** Candidates decided within the period, by decision. */
  readonly decided: { readonly meets: number; readonly meetsSubjectToTraining: number; readonly doesNotMeet: number };
  /** Due before today and neither scheduled nor decided. */
  readonly overdue: number;
}

export interface AttestationQuery {
  /** Units whose current staff count; null: the whole service. */
  readonly organisationIds: readonly string[] | null;
  readonly positionCode: string | null;
  /** The period [from, to) for "due" and "decided". */
  readonly from: Date;
  readonly to: Date;
}

/** Where the attestation part of the dashboard comes from (bound to the attestation feature's counts). */
export interface AttestationPipelineSource {
  /** The counts, or null when attestation data is not available (the dashboard then says so). */
  counts(query: AttestationQuery): Promise<AttestationCounts | null>;
}

export const ATTESTATION_PIPELINE_SOURCE = Symbol('ATTESTATION_PIPELINE_SOURCE');
