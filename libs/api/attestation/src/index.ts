export * from './lib/attestation.module';
export { WindowJob, ATTESTATION_WINDOW_QUEUE } from './lib/window.job';
export { DEMO_OPEN_SESSION_ID, DEMO_PAST_SESSION_ID } from './lib/demo/demo-attestation.data';
export { AttestationPipelineCounts } from './lib/pipeline-counts.service';
