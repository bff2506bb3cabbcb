import { describe, expect, inject, it } from 'vitest';
import { costModel } from './cost.ts';
import { seedReportFixture } from './lib/report-fixture.ts';
import { RequestRecorder } from './lib/requests.ts';
import { useFreshTable, type BenchServices } from './lib/services.ts';
import { benchClose } from './sections/close.ts';
import { benchColdStart } from './sections/cold-start.ts';
import { benchNotices } from './sections/notices.ts';
import { benchReportHttp } from './sections/report-http.ts';
import { benchReportSubmission } from './sections/report-submission.ts';
import { benchWeb } from './sections/web.ts';

/**
 * The bench itself is not part of `npm test` (timings on a shared machine are noise); this runs every section
 * once at a tiny scale so the bench cannot rot: the handlers it drives, the close child, the bundler, the notice
 * sender and the web build all still work with it, and every figure it reports is a number.
 */
describe('npm run bench, smoke run', () => {
  it('runs every section at a tiny scale and yields finite figures', async () => {
    const services: BenchServices = { dynamoEndpoint: inject('dynamoEndpoint'), sesEndpoint: inject('sesEndpoint'), stop: async () => undefined };
    const recorder = RequestRecorder.attach();
    const tiny = { runs: 1, perRun: 3, warmup: 1 };

    const fixture = await seedReportFixture();
    const submission = await benchReportSubmission(fixture, recorder, tiny);
    expect(submission.figures.perReport.requests).toBeGreaterThanOrEqual(1);
    expect(submission.figures.perReport.writeUnits).toBeGreaterThan(0);
    expect(Number.isFinite(submission.figures.ratios.handlerVsPut)).toBe(true);
    const http = await benchReportHttp(services, fixture, tiny);
    expect(Number.isFinite(http.figures.reportVsBare)).toBe(true);

    const close = await benchClose(services, [{ employees: 60, runs: 1, timeUnits: 1 }], 4, () => undefined);
    expect(close.scales[0]!.failures).toEqual([]);
    expect(close.scales[0]!.requestsPerEmployee).toBeGreaterThan(0);
    expect(close.scales[0]!.medianRatio).toBeGreaterThan(0);

    const coldStart = await benchColdStart({ rounds: 1, only: ['functions/http/get-health.ts'] }, () => undefined);
    expect(coldStart.figures.functions).toHaveLength(1);
    expect(coldStart.figures.functions[0]!.bytes).toBeGreaterThan(0);

    await useFreshTable(services.dynamoEndpoint, 'notices');
    const notices = await benchNotices(services.sesEndpoint, recorder, { runs: 1, results: 3, rawSends: 2 });
    if (notices.figures.built) expect(notices.figures.runs![0]!.emails).toBeGreaterThan(0);

    const web = await benchWeb();
    expect(web.figures.firstLoad.gzip).toBeGreaterThan(0);

    const model = costModel({
      report: { ...submission.figures.perReport, handlerMs: submission.figures.p50['handler (as the form sends it)'] },
      readsPerSession: { readUnits: 1 },
      close: { itemsWrittenPerEmployee: 1, writeUnitsPerEmployee: 2, readUnitsPerEmployee: 2, eventsPerEmployee: 1, unitMs: 100, employeesPerUnit: 50 },
      web: { firstLoadGzipBytes: web.figures.firstLoad.gzip },
    });
    expect(model.totals.serverless.every(Number.isFinite)).toBe(true);
  }, 240_000);
});
