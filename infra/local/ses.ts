import type { Server } from 'node:http';
import startSesServer from 'aws-ses-v2-local';

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
