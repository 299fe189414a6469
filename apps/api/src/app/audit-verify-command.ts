import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@civics/api-platform';
import { verifyAuditChain } from '@civics/api-audit';
import { SCHEMA } from './schema';

/**
 * `main.js audit:verify`: walks the audit hash chain and prints OK with the number of events, or
 * the first broken link (sequence number and reason) and exits 1.
 */
export async function runAuditVerify(databaseUrl: string): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(databaseUrl, SCHEMA, 1)).initialize();
  try {
    const r = await verifyAuditChain(ds);
    if (r.valid) {
      console.log(`OK: ${r.checked} audit events, the chain is intact`);
    } else {
      console.log(`BROKEN at event ${r.firstBrokenSeq}: ${r.reason} (${r.checked} events before it are intact)`);
      process.exitCode = 1;
    }
  } finally {
    await ds.destroy();
  }
}
