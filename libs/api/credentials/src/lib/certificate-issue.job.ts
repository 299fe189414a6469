import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { CertificateService, ISSUE_CERTIFICATE_QUEUE, type IssueRequest } from './certificate.service';

/** Issues the certificate of a passing decision (pg-boss retries a failed try). */
@Injectable()
export class CertificateIssueJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly certificates: CertificateService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<IssueRequest>(ISSUE_CERTIFICATE_QUEUE, async (request) => {
      await this.certificates.issue(request);
    });
  }
}
