import { Body, Controller, Res, type StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  type IdParam,
  type RosterCommit,
  type RosterFileQuery,
  type RosterImport,
  RosterRoutes as R,
  type RosterRowsPage,
  type RosterRowsQuery,
} from '@civics/contracts';
import { type Actor, CurrentActor, Endpoint, StreamedUpload, ValidBody, ValidParams, ValidQuery } from '@civics/api-platform';
import { sendFile } from '../send-file';
import { RosterService } from './roster.service';

@Controller()
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  /** The body arrives as a stream (not buffered): the file is checked while it uploads. */
  @Endpoint(R.upload)
  @StreamedUpload()
  upload(@CurrentActor() actor: Actor, @ValidQuery(R.upload) q: { fileName: string }, @Body() body: unknown): Promise<RosterImport> {
    return this.roster.upload(actor, body, q.fileName);
  }

  @Endpoint(R.list)
  list(@CurrentActor() actor: Actor): Promise<RosterImport[]> {
    return this.roster.list(actor);
  }

  @Endpoint(R.template)
  template(@ValidQuery(R.template) q: RosterFileQuery, @Res({ passthrough: true }) reply: FastifyReply): StreamableFile {
    return sendFile(reply, this.roster.template(q));
  }

  @Endpoint(R.get)
  get(@CurrentActor() actor: Actor, @ValidParams(R.get) p: IdParam): Promise<RosterImport> {
    return this.roster.get(actor, p.id);
  }

  @Endpoint(R.rows)
  rows(@CurrentActor() actor: Actor, @ValidParams(R.rows) p: IdParam, @ValidQuery(R.rows) q: RosterRowsQuery): Promise<RosterRowsPage> {
    return this.roster.rows(actor, p.id, q);
  }

  @Endpoint(R.commit)
  commit(@CurrentActor() actor: Actor, @ValidParams(R.commit) p: IdParam, @ValidBody(R.commit) body: RosterCommit): Promise<RosterImport> {
    return this.roster.commit(actor, p.id, body);
  }

  @Endpoint(R.discard)
  discard(@CurrentActor() actor: Actor, @ValidParams(R.discard) p: IdParam): Promise<RosterImport> {
    return this.roster.discard(actor, p.id);
  }

  @Endpoint(R.report)
  async report(
    @CurrentActor() actor: Actor,
    @ValidParams(R.report) p: IdParam,
    @ValidQuery(R.report) q: RosterFileQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.roster.report(actor, p.id, q));
  }
}
