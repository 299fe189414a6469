import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@civics/contracts';
import { TrainingRepository } from './training.repository';

/** In-app notifications (`GET /api/notifications/me`) for other features to write to. */
@Injectable()
export class NotificationService {
  constructor(private readonly repo: TrainingRepository) {}

  /** Writes a notification once per `dedupeKey` (a repeated call changes nothing). */
  notify(personId: string, kind: string, dedupeKey: string, text: LocalizedText, link: string | null): Promise<void> {
    return this.repo.notify(randomUUID(), personId, kind, dedupeKey, text, link);
  }
}
