export * from './lib/language';
export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/problem';
export * from './lib/common';
export * from './lib/health';
export * from './lib/auth';
export * from './lib/identity';
export * from './lib/audit';
export * from './lib/methodology';
export * from './lib/items';
export * from './lib/assessment';
export * from './lib/item-quality';

export * from './lib/training';
export * from './lib/attestation';
export * from './lib/credentials';
export * from './lib/api-routes';
