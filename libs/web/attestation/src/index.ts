export * from './lib/attestation.routes';
export * from './lib/data/attestation-paths';
