// Runs in a fresh `node` process: imports one bundle, as the Lambda runtime does at cold start, and prints how
// long the import took (loading, parsing and top-level code, nothing else): wall time, and this process's CPU
// time, which a machine busy with other work inflates far less than wall time.
import { pathToFileURL } from 'node:url';

const cpu = process.cpuUsage();
const start = performance.now();
await import(pathToFileURL(process.argv[2]).href);
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
process.stdout.write(JSON.stringify({ ms: wall, cpuMs: (used.user + used.system) / 1000 }));
