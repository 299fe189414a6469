import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { AttestationRepository } from './attestation.repository';
import { AttestationNotifier } from './attestation-notifier';
import { absenceRecorded } from './notices';

export const ATTESTATION_WINDOW_QUEUE = 'attestation.window';

/**
 * Every minute: candidates of sessions whose window has ended and who never started the exam are
 * recorded absent (and told). Attempts cut off by the window end are scored by the assessment
 * feature's expiry job.
 */
@Injectable()
export class WindowJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(ATTESTATION_WINDOW_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: AttestationRepository,
    private readonly notifier: AttestationNotifier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(ATTESTATION_WINDOW_QUEUE, async () => {
      const n = await this.runOnce();
      if (n) this.logger.log(`Recorded ${n} absences`);
    });
    await this.jobs.schedule(ATTESTATION_WINDOW_QUEUE, '* * * * *');
  }

  async runOnce(): Promise<number> {
    const absent = await this.repo.recordAbsences(null);
    for (const x of absent)
      await this.notifier.tell(
        x.personId,
        'attestation_absent',
        `attestation_absent:${x.candidateId}`,
        absenceRecorded(x),
        '/attestation/my',
      );
    return absent.length;
  }
}
