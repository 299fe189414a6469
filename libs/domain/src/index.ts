export * from './lib/domain-error';
export * from './lib/compliance.types';
export * from './lib/validation';
export * from './lib/compliance';
export * from './lib/attestation';
export * from './lib/methodology/methodology-integrity';
export * from './lib/methodology/methodology-diff';
