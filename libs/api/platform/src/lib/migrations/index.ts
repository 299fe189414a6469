import { CreatePlatformSecret1763886900000 } from './1763886900000-CreatePlatformSecret';

/** The platform's own tables (run before the features' migrations). */
export const PLATFORM_MIGRATIONS = [CreatePlatformSecret1763886900000];
