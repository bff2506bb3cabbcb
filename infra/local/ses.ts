import type { Server } from 'node:http';
import sesLocal from 'aws-ses-v2-local';

// A CommonJS package: Node's ESM loader hands over `module.exports`, bundlers hand over its `default`.
const startSesServer = typeof sesLocal === 'function' ? sesLocal : (sesLocal as unknown as { default: typeof sesLocal }).default;

export interface RunningSes {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** The SES stand-in: the real SESv2 client points at it; its viewer is at `/` and the mail at `GET /store`. */
export async function startSesLocal(options: { port: number; host?: string }): Promise<RunningSes> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = await startSesServer({ host, port: options.port });
  return {
    endpoint: `http://${host}:${options.port}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}
