import { API_ROUTES } from '@civics/contracts';
import { AppConfig } from '../config/app-config';
import { APP_VERSION } from '../version';
import { buildOpenApiDocument } from './openapi-document';

/** The generated document, built once per process. */
export class OpenApiDocument {
  readonly document: Record<string, unknown>;

  constructor(config: AppConfig) {
    this.document = buildOpenApiDocument(API_ROUTES, { version: APP_VERSION, serverUrl: config.publicUrl });
  }
}
