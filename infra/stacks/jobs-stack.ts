import { Duration, Stack, TimeZone, Validations, type StackProps } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { EVENT_SOURCE, type EventRuleSpec, type ScheduleSpec } from '#shared/manifest';
import type { AppFunction } from '../constructs/app-function.ts';
import { DeadLetterQueue } from '../constructs/dead-letter-queue.ts';
import { MailSender } from '../constructs/mail-sender.ts';
import { functionFor, uniqueConstructIds, type AppResources } from './manifest-function.ts';

export interface JobsStackProps extends StackProps {
  /** The manifest's SCHEDULES and EVENT_RULES. */
  readonly schedules: Readonly<Record<string, ScheduleSpec>>;
  readonly eventRules: Readonly<Record<string, EventRuleSpec>>;
  readonly table: ITable;
  /** The SES domain identity mail is sent from. */
  readonly mailDomain: string;
  /** Who hears about a dead-letter message or an API error spike; without it the alarms only show in the console. */
  readonly alarmEmail?: string;
}

/** Delivery retries, then Lambda's own retries for a thrown error: between them, transient failures heal themselves. */
const DELIVERY_RETRIES = 3;
const EXECUTION_RETRIES = 2;

/**
 * Work nobody clicks for: the event bus with one consumer per manifest event rule, one EventBridge Scheduler
 * schedule per manifest schedule (in the manifest's timezone), and the SES identity both they and routes send from.
 * Every job and consumer has a dead-letter queue that catches both undeliverable and failed invocations.
 */
export class JobsStack extends Stack {
  readonly bus: EventBus;
  readonly mail: MailSender;
  readonly alarmTopic: Topic;
  /** Alarms anywhere in the app notify through this. */
  readonly alarmAction: SnsAction;

  constructor(scope: Construct, id: string, props: JobsStackProps) {
    super(scope, id, props);

    this.alarmTopic = new Topic(this, 'Alarms', { enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.alarmAction = new SnsAction(this.alarmTopic);
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry alarm names and states, no personal data; CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key, and a customer key for this alone is not worth its cost.',
    });

    this.bus = new EventBus(this, 'Bus');
    // A month of domain events to replay into a consumer after fixing it.
    this.bus.archive('Archive', { eventPattern: { source: [EVENT_SOURCE] }, retention: Duration.days(30) });

    this.mail = new MailSender(this, 'Mail', { domain: props.mailDomain });

    const resources: AppResources = { table: props.table, bus: this.bus, mail: this.mail };
    const scheduleIds = uniqueConstructIds(Object.keys(props.schedules));
    for (const [name, spec] of Object.entries(props.schedules)) {
      this.addScheduledJob(scheduleIds.get(name)!, name, spec, resources);
    }
    const ruleIds = uniqueConstructIds(Object.keys(props.eventRules));
    for (const [name, spec] of Object.entries(props.eventRules)) {
      this.addConsumer(ruleIds.get(name)!, name, spec, resources);
    }
  }

  private addScheduledJob(id: string, name: string, spec: ScheduleSpec, resources: AppResources): void {
    const job = functionFor(this, id, spec, 'job', resources);
    const deadLetters = this.deadLettersFor(job, id, `Schedule ${name}`);
    this.acknowledgeInvokeVersions(job);
    new Schedule(this, `${id}Schedule`, {
      description: spec.summary,
      schedule: ScheduleExpression.expression(spec.cron, TimeZone.of(spec.timezone)),
      target: new LambdaInvoke(job.function, {
        deadLetterQueue: deadLetters.queue,
        retryAttempts: DELIVERY_RETRIES,
        maxEventAge: Duration.hours(1),
        // The shape of events/samples/scheduler.json, so the local runtime and AWS hand a job the same event;
        // `time` is the scheduled time, which a job should use instead of its clock to know which run it is.
        input: ScheduleTargetInput.fromObject({
          version: '0',
          id: ContextAttribute.executionId,
          'detail-type': 'Scheduled Event',
          source: 'aws.scheduler',
          account: this.account,
          time: ContextAttribute.scheduledTime,
          region: this.region,
          resources: [ContextAttribute.scheduleArn],
          detail: {},
        }),
      }),
    });
  }

  private addConsumer(id: string, name: string, spec: EventRuleSpec, resources: AppResources): void {
    const consumer = functionFor(this, id, spec, 'consumer', resources);
    const deadLetters = this.deadLettersFor(consumer, id, `Consumer ${name}`);
    new Rule(this, `${id}Rule`, {
      description: spec.summary,
      eventBus: this.bus,
      eventPattern: { source: [EVENT_SOURCE], detailType: [...spec.detailTypes] },
      targets: [
        new LambdaFunction(consumer.function, {
          deadLetterQueue: deadLetters.queue,
          retryAttempts: DELIVERY_RETRIES,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }

  /**
   * LambdaInvoke grants the scheduler's role (one per stack, CDK's) InvokeFunction on `<function>` and `<function>:*`,
   * the latter covering the function's versions and aliases. Acknowledged per function, by the finding's exact id.
   */
  private acknowledgeInvokeVersions(job: AppFunction): void {
    const logicalId = this.getLogicalId(job.function.node.defaultChild as CfnFunction);
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
      reason: `The scheduler may invoke ${job.node.id} and its versions/aliases (CDK's grantInvoke), no other function.`,
    });
  }

  /**
   * Scheduler and EventBridge invoke Lambda asynchronously: their DLQ only catches events they could not hand over,
   * while an error thrown by the handler is Lambda's to retry. Both land in the same queue, so one alarm covers both.
   */
  private deadLettersFor(fn: AppFunction, id: string, owner: string): DeadLetterQueue {
    const deadLetters = new DeadLetterQueue(this, `${id}DeadLetters`, { owner, alarmAction: this.alarmAction });
    fn.function.configureAsyncInvoke({ retryAttempts: EXECUTION_RETRIES, onFailure: new SqsDestination(deadLetters.queue) });
    return deadLetters;
  }
}
