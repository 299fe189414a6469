import { Controller } from '@nestjs/common';
import { SecurityRoutes, type TotpCode, type TotpEnrolment, type TotpStatus } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody } from '@civics/api-platform';
import { TotpService } from './totp.service';

@Controller()
export class TotpController {
  constructor(private readonly totp: TotpService) {}

  @Endpoint(SecurityRoutes.totpStatus)
  status(@CurrentActor() actor: Actor): Promise<TotpStatus> {
    return this.totp.status(actor);
  }

  @Endpoint(SecurityRoutes.totpEnrol)
  enrol(@CurrentActor() actor: Actor): Promise<TotpEnrolment> {
    return this.totp.enrol(actor);
  }

  @Endpoint(SecurityRoutes.totpConfirm)
  confirm(
    @CurrentActor() actor: Actor,
    @ValidBody(SecurityRoutes.totpConfirm) body: TotpCode,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<TotpStatus> {
    return this.totp.confirm(actor, body.code, meta);
  }

  @Endpoint(SecurityRoutes.totpDisable)
  disable(
    @CurrentActor() actor: Actor,
    @ValidBody(SecurityRoutes.totpDisable) body: TotpCode,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<TotpStatus> {
    return this.totp.disable(actor, body.code, meta);
  }
}
