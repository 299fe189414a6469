import { CreatePlatformSecret1763887000000 } from './1763887000000-CreatePlatformSecret';

/** The platform's own tables (run before the features' migrations). */
export const PLATFORM_MIGRATIONS = [CreatePlatformSecret1763887000000];
