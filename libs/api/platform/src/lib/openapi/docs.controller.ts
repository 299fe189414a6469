import { Controller } from '@nestjs/common';
import { PlatformRoutes } from '@civics/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { OpenApiDocument } from './openapi-document.provider';

@Controller()
export class DocsController {
  constructor(private readonly doc: OpenApiDocument) {}

  @Endpoint(PlatformRoutes.openApi)
  document(): Record<string, unknown> {
    return this.doc.document;
  }
}
