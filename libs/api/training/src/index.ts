export * from './lib/training.module';
export { PlanService } from './lib/plan.service';
export { EffectivenessService } from './lib/effectiveness.service';
export { PlanRemindersJob, PLAN_REMINDERS_QUEUE } from './lib/plan-reminders.job';
export { NotificationService } from './lib/notification.service';
