import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  type Certificate,
  type CertificateListQuery,
  type CredentialCheck,
  type CredentialCheckInput,
  CredentialRoutes as R,
  type Language,
  type RevokeInput,
  type Verification,
} from '@civics/contracts';
import {
  type Actor,
  CurrentActor,
  CurrentRequestMeta,
  Endpoint,
  type RequestMeta,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@civics/api-platform';
import { CertificateService } from './certificate.service';
import { VerificationService } from './verification.service';

@Controller()
export class CredentialsController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly verification: VerificationService,
  ) {}

  @Endpoint(R.myCertificates)
  mine(@CurrentActor() actor: Actor): Promise<Certificate[]> {
    return this.certificates.mine(actor);
  }

  @Endpoint(R.listCertificates)
  list(@CurrentActor() actor: Actor, @ValidQuery(R.listCertificates) q: CertificateListQuery): Promise<Certificate[]> {
    return this.certificates.list(actor, q);
  }

  @Endpoint(R.getCertificate)
  get(@CurrentActor() actor: Actor, @ValidParams(R.getCertificate) p: { serial: string }): Promise<Certificate> {
    return this.certificates.get(actor, p.serial);
  }

  @Endpoint(R.certificatePdf)
  async pdf(
    @CurrentActor() actor: Actor,
    @ValidParams(R.certificatePdf) p: { serial: string },
    @ValidQuery(R.certificatePdf) q: { lang: Language },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.certificates.pdf(actor, p.serial, q.lang);
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.bytes;
  }

  @Endpoint(R.certificateCredential)
  async credential(
    @CurrentActor() actor: Actor,
    @ValidParams(R.certificateCredential) p: { serial: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Record<string, unknown>> {
    const file = await this.certificates.credentialFile(actor, p.serial);
    void reply.header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.json;
  }

  @Endpoint(R.verify)
  verify(@ValidParams(R.verify) p: { serial: string }): Promise<Verification> {
    return this.verification.verify(p.serial);
  }

  @Endpoint(R.revoke)
  revoke(
    @CurrentActor() actor: Actor,
    @ValidParams(R.revoke) p: { serial: string },
    @ValidBody(R.revoke) body: RevokeInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Certificate> {
    return this.certificates.revoke(actor, p.serial, body, meta);
  }

  @Endpoint(R.checkCredential)
  check(@ValidBody(R.checkCredential) body: CredentialCheckInput): Promise<CredentialCheck> {
    return this.verification.check(body);
  }

  @Endpoint(R.statusList)
  async statusList(@ValidParams(R.statusList) p: { listId: number }, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const jws = await this.verification.statusList(p.listId);
    void reply.header('content-type', 'application/vc+jwt').header('cache-control', 'public, max-age=300');
    return jws;
  }

  @Endpoint(R.issuer)
  issuer(): Record<string, unknown> {
    return this.verification.issuerProfile();
  }
}
