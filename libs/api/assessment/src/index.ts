export * from './lib/assessment.module';
export * from './lib/delivery.service';
export * from './lib/profile.service';
export { TemplateService } from './lib/template.service';
export { EXPIRE_ATTEMPTS_QUEUE } from './lib/expiry.job';
