import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Notification } from '@civics/contracts';
import { type Actor, JobsService } from '@civics/api-platform';
import { TrainingRepository } from './training.repository';
import { todayIso } from './training-access';

export const PLAN_REMINDERS_QUEUE = 'training.plan-reminders';
/** Items due within this many days get a reminder. */
export const REMIND_DAYS_BEFORE = 7;

/**
 * Every hour (pg-boss cron): closes plan items met by a later measurement, then writes in-app
 * reminders for open items due within a week or overdue — at most one per item per day, and one
 * per item, kind and due date overall (the dedupe key), so a reminder is not repeated every hour.
 */
@Injectable()
export class PlanRemindersJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(PLAN_REMINDERS_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: TrainingRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(PLAN_REMINDERS_QUEUE, async () => {
      const { closed, reminded } = await this.runOnce();
      if (closed || reminded) this.logger.log(`Closed ${closed} plan items, sent ${reminded} reminders`);
    });
    await this.jobs.schedule(PLAN_REMINDERS_QUEUE, '0 * * * *');
  }

  async runOnce(now = new Date()): Promise<{ closed: number; reminded: number }> {
    const closed = (await this.repo.closeMetItems(null)).length;
    const today = todayIso(now);
    const due = await this.repo.itemsToRemind(today, REMIND_DAYS_BEFORE);
    for (const item of due) {
      const overdue = item.dueDate < today;
      const kind = overdue ? 'plan_item_overdue' : 'plan_item_due';
      await this.repo.notify(
        randomUUID(),
        item.personId,
        kind,
        `${kind}:${item.id}:${item.dueDate}`,
        overdue
          ? {
              az: `${item.competencyCode} üzrə inkişaf planı bəndinin müddəti ${item.dueDate} tarixində bitib.`,
              ru: `Срок пункта плана развития по ${item.competencyCode} истёк ${item.dueDate}.`,
              en: `The development-plan item for ${item.competencyCode} was due on ${item.dueDate}.`,
            }
          : {
              az: `${item.competencyCode} üzrə inkişaf planı bəndinin son tarixi: ${item.dueDate}.`,
              ru: `Пункт плана развития по ${item.competencyCode} нужно выполнить до ${item.dueDate}.`,
              en: `The development-plan item for ${item.competencyCode} is due on ${item.dueDate}.`,
            },
        '/training/plan',
      );
    }
    await this.repo.markReminded(
      due.map((d) => d.id),
      today,
    );
    return { closed, reminded: due.length };
  }

  async mine(actor: Actor): Promise<Notification[]> {
    if (!actor.personId) return [];
    return (await this.repo.notifications(actor.personId)).map((n) => ({
      id: n.id,
      kind: n.kind,
      text: n.text,
      link: n.link,
      createdAt: new Date(n.createdAt).toISOString(),
      readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
    }));
  }
}
