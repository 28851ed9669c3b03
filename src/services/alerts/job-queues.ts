/**
 * The job queues of the alert runner (pg-boss). Their names and policies are created by the
 * migration 1763901500100-create-job-queue as the owner; the application only uses them.
 */
export const JOB_SCHEMA = 'pgboss';

export const SCAN_QUEUE = 'alerts-scan';
export const DELIVER_QUEUE = 'alerts-deliver';
/** pg-boss's own queue for cron schedules (its timekeeper sends scheduled jobs through it). */
export const CRON_QUEUE = '__pgboss__send-it';

export const JOB_QUEUES = [
  // "singleton": at most one active job per queue across every instance, so one scan or one
  // delivery round runs at a time.
  { name: SCAN_QUEUE, options: { policy: 'singleton', retryLimit: 2, expireInSeconds: 900 } },
  { name: DELIVER_QUEUE, options: { policy: 'singleton', retryLimit: 0, expireInSeconds: 600 } },
  { name: CRON_QUEUE, options: { policy: 'standard' } },
] as const;
