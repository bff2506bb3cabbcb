/**
 * A monthly cost model built from what the bench measured (requests and capacity units per operation,
 * durations, emails and events per result, first-load bytes) and stated assumptions about use. Prices are
 * AWS list prices for us-east-1 (the pages below); ap-southeast-3 (Jakarta) lists somewhat higher, so
 * REGION_FACTOR scales every AWS price: set it from the AWS Pricing Calculator for Jakarta to redo the sums.
 */
export const REGION_FACTOR = 1.0;

export const PRICES = {
  dynamoWriteUnit: { usd: 0.625 / 1e6, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ ($0.625 per million write request units)' },
  dynamoReadUnit: { usd: 0.125 / 1e6, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ ($0.125 per million read request units)' },
  dynamoStorageGbMonth: { usd: 0.25, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ ($0.25 per GB-month after 25 GB free)' },
  dynamoBackupGbMonth: { usd: 0.2, source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/ (continuous backups, PITR: $0.20 per GB-month)' },
  lambdaGbSecondArm: { usd: 0.0000133334, source: 'https://aws.amazon.com/lambda/pricing/ (Arm, first tier)' },
  lambdaRequest: { usd: 0.2 / 1e6, source: 'https://aws.amazon.com/lambda/pricing/ ($0.20 per million requests)' },
  httpApiRequest: { usd: 1.0 / 1e6, source: 'https://aws.amazon.com/api-gateway/pricing/ (HTTP APIs, first 300 million)' },
  sesEmail: { usd: 0.1 / 1000, source: 'https://aws.amazon.com/ses/pricing/ ($0.10 per 1,000 outbound emails)' },
  sesAttachmentGb: { usd: 0.12, source: 'https://aws.amazon.com/ses/pricing/ ($0.12 per GB of attachments)' },
  eventBridgeEvent: { usd: 1.0 / 1e6, source: 'https://aws.amazon.com/eventbridge/pricing/ ($1.00 per million custom events)' },
  cloudFrontGb: { usd: 0.12, source: 'https://aws.amazon.com/cloudfront/pricing/ (Asia incl. Indonesia, first 10 TB; 1 TB/month is free)' },
  logsIngestGb: { usd: 0.5, source: 'https://aws.amazon.com/cloudwatch/pricing/ ($0.50 per GB ingested)' },
  ec2T4gSmallHour: { usd: 0.0168, source: 'https://aws.amazon.com/ec2/pricing/on-demand/ (t4g.small, Linux)' },
  ec2T4gMediumHour: { usd: 0.0336, source: 'https://aws.amazon.com/ec2/pricing/on-demand/ (t4g.medium, Linux)' },
  rdsT4gMicroHour: { usd: 0.016, source: 'https://aws.amazon.com/rds/postgresql/pricing/ (db.t4g.micro, Single-AZ)' },
  rdsT4gSmallHour: { usd: 0.032, source: 'https://aws.amazon.com/rds/postgresql/pricing/ (db.t4g.small, Single-AZ)' },
  rdsStorageGbMonth: { usd: 0.115, source: 'https://aws.amazon.com/rds/postgresql/pricing/ (gp2/gp3 storage)' },
} as const;

/** How the city uses the system in a month: the figures, plus what the form does per report. */
export const USE = {
  reportsPerEmployee: 20,
  /** Each report session loads the header (GET /api/me) and the list (GET /api/reports). */
  readsPerReport: 2,
  /** Each report session loads the form; counted as a first load each time (no browser cache): an upper bound. */
  formLoadsPerEmployee: 20,
  closesPerMonth: 1,
  lambdaMemoryGb: 0.25,
  /** Schedules: send-notices every 5 minutes, close-due-periods hourly, open-periods daily. */
  scheduledInvocations: 12 * 24 * 30 + 24 * 30 + 30,
  scheduledMs: 200,
  /** START/END/REPORT lines and one Powertools line per invocation. */
  logBytesPerInvocation: 1024,
  /** A piagam PDF, for the SES attachment charge. */
  piagamBytes: 60 * 1024,
  /** Items kept per employee-month besides what a close writes: 20 reports, roster and assessment (claims expire). */
  keptItemsPerEmployeeMonth: 22,
  /** An item with its index copies (three GSIs project ALL, so most items are stored about twice). */
  storedBytesPerItem: 1_500,
  storageMonths: 12,
  hoursPerMonth: 730,
} as const;

export interface MeasuredInputs {
  readonly report: { readonly writeUnits: number; readonly readUnits: number; readonly handlerMs: number };
  readonly readsPerSession: { readonly readUnits: number };
  readonly close: { readonly itemsWrittenPerEmployee: number; readonly writeUnitsPerEmployee: number; readonly readUnitsPerEmployee: number; readonly eventsPerEmployee: number; readonly unitMs: number; readonly employeesPerUnit: number };
  readonly notices?: { readonly emailsPerResult: number; readonly awardsPerResult: number; readonly writeUnitsPerResult: number; readonly readUnitsPerResult: number; readonly consumerMsPerResult: number };
  readonly web: { readonly firstLoadGzipBytes: number };
}

export interface CostLine {
  readonly item: string;
  readonly kendari: number;
  readonly province: number;
  readonly basis: string;
}

export const POPULATIONS = { kendari: 5_000, province: 60_000 } as const;

export function costModel(m: MeasuredInputs): { serverless: CostLine[]; vm: CostLine[]; totals: { serverless: [number, number]; vm: [number, number] } } {
  const perEmployee = {
    writeUnits: USE.reportsPerEmployee * m.report.writeUnits + USE.closesPerMonth * (m.close.writeUnitsPerEmployee + (m.notices?.writeUnitsPerResult ?? 0)),
    readUnits:
      USE.reportsPerEmployee * (m.report.readUnits + m.readsPerSession.readUnits) + USE.closesPerMonth * (m.close.readUnitsPerEmployee + (m.notices?.readUnitsPerResult ?? 0)),
    apiRequests: USE.reportsPerEmployee * (1 + USE.readsPerReport),
    lambdaMs:
      USE.reportsPerEmployee * (1 + USE.readsPerReport) * m.report.handlerMs +
      USE.closesPerMonth * (m.close.unitMs / m.close.employeesPerUnit + (m.notices?.consumerMsPerResult ?? 0)),
    lambdaInvocations: USE.reportsPerEmployee * (1 + USE.readsPerReport) + USE.closesPerMonth * (1 / m.close.employeesPerUnit + 1),
    emails: USE.closesPerMonth * (m.notices?.emailsPerResult ?? 0),
    attachmentBytes: USE.closesPerMonth * (m.notices?.awardsPerResult ?? 0) * USE.piagamBytes,
    events: USE.closesPerMonth * m.close.eventsPerEmployee,
    cdnBytes: USE.formLoadsPerEmployee * m.web.firstLoadGzipBytes,
    storedBytes: USE.storageMonths * (USE.keptItemsPerEmployeeMonth + m.close.itemsWrittenPerEmployee + (m.notices?.emailsPerResult ?? 0)) * USE.storedBytesPerItem,
  };
  const gb = 1024 ** 3;
  const line = (item: string, basis: string, perCity: (employees: number) => number): CostLine => ({
    item,
    kendari: perCity(POPULATIONS.kendari) * REGION_FACTOR,
    province: perCity(POPULATIONS.province) * REGION_FACTOR,
    basis,
  });
  const invocations = (e: number) => e * perEmployee.lambdaInvocations + USE.scheduledInvocations;
  const serverless = [
    line('DynamoDB writes', `${perEmployee.writeUnits.toFixed(1)} WRU per employee-month (measured per report, per close, per notice)`, (e) => e * perEmployee.writeUnits * PRICES.dynamoWriteUnit.usd),
    line('DynamoDB reads', `${perEmployee.readUnits.toFixed(1)} RRU per employee-month`, (e) => e * perEmployee.readUnits * PRICES.dynamoReadUnit.usd),
    line(
      'DynamoDB storage + PITR',
      `after ${USE.storageMonths} months: ${(perEmployee.storedBytes / 1024).toFixed(0)} KB per employee (25 GB are free)`,
      (e) => ((e * perEmployee.storedBytes) / gb) * (PRICES.dynamoStorageGbMonth.usd + PRICES.dynamoBackupGbMonth.usd),
    ),
    line(
      'Lambda compute',
      `${(perEmployee.lambdaMs / 1000).toFixed(2)} s per employee-month at ${USE.lambdaMemoryGb * 1024} MB + schedules`,
      (e) => ((e * perEmployee.lambdaMs + USE.scheduledInvocations * USE.scheduledMs) / 1000) * USE.lambdaMemoryGb * PRICES.lambdaGbSecondArm.usd,
    ),
    line('Lambda requests', `${perEmployee.lambdaInvocations.toFixed(1)} invocations per employee-month + ${USE.scheduledInvocations} scheduled`, (e) => invocations(e) * PRICES.lambdaRequest.usd),
    line('API Gateway (HTTP API)', `${perEmployee.apiRequests} requests per employee-month`, (e) => e * perEmployee.apiRequests * PRICES.httpApiRequest.usd),
    line('SES', `${perEmployee.emails.toFixed(2)} emails per employee per close (measured) + piagam attachments`, (e) => e * (perEmployee.emails * PRICES.sesEmail.usd + (perEmployee.attachmentBytes / gb) * PRICES.sesAttachmentGb.usd)),
    line('EventBridge', `${perEmployee.events.toFixed(2)} events per employee per close (measured)`, (e) => e * perEmployee.events * PRICES.eventBridgeEvent.usd),
    line('CloudFront', `${USE.formLoadsPerEmployee} first loads of ${(m.web.firstLoadGzipBytes / 1024).toFixed(0)} KB per employee-month (inside the free 1 TB)`, (e) => ((e * perEmployee.cdnBytes) / gb) * PRICES.cloudFrontGb.usd),
    line('CloudWatch Logs', `${USE.logBytesPerInvocation} B per invocation`, (e) => ((invocations(e) * USE.logBytesPerInvocation) / gb) * PRICES.logsIngestGb.usd),
  ];
  const vm: CostLine[] = [
    {
      item: 'EC2 + RDS PostgreSQL, always on',
      kendari: (PRICES.ec2T4gSmallHour.usd + PRICES.rdsT4gMicroHour.usd) * USE.hoursPerMonth * REGION_FACTOR + 20 * PRICES.rdsStorageGbMonth.usd * REGION_FACTOR,
      province: (PRICES.ec2T4gMediumHour.usd + PRICES.rdsT4gSmallHour.usd) * USE.hoursPerMonth * REGION_FACTOR + 50 * PRICES.rdsStorageGbMonth.usd * REGION_FACTOR,
      basis: 't4g.small + db.t4g.micro, 20 GB (Kendari); t4g.medium + db.t4g.small, 50 GB (province); single AZ, no load balancer, no patching time',
    },
  ];
  const sum = (lines: CostLine[]): [number, number] => [lines.reduce((t, l) => t + l.kendari, 0), lines.reduce((t, l) => t + l.province, 0)];
  return { serverless, vm, totals: { serverless: sum(serverless), vm: sum(vm) } };
}

export function renderCost(model: ReturnType<typeof costModel>): string {
  const usd = (value: number) => `$${value < 1 ? value.toFixed(3) : value.toFixed(2)}`;
  const lines = [...model.serverless, { item: 'serverless total', kendari: model.totals.serverless[0], province: model.totals.serverless[1], basis: '' }, ...model.vm];
  const width = Math.max(...lines.map((l) => l.item.length));
  const header = `${'per month'.padEnd(width)}  ${'Kendari 5k'.padStart(11)}  ${'province 60k'.padStart(12)}  basis`;
  return [header, ...lines.map((l) => `${l.item.padEnd(width)}  ${usd(l.kendari).padStart(11)}  ${usd(l.province).padStart(12)}  ${l.basis}`)].join('\n');
}
