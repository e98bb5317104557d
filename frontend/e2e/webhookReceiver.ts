import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with whether its Pareto-Signature checked out. */
export interface Received {
  event: string;
  delivery: string;
  body: string;
  signed: boolean;
}

/** A tiny loopback HTTP server standing in for an integration: it records and verifies deliveries. */
export class WebhookReceiver {
  readonly received: Received[] = [];
  secret = '';
  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        receiver.received.push({
          event: String(req.headers['pareto-event'] ?? ''),
          delivery: String(req.headers['pareto-delivery'] ?? ''),
          body,
          signed: receiver.verify(String(req.headers['pareto-signature'] ?? ''), body),
        });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** The n-th request received (0 = first); fails the walk if it has not arrived. */
  nth(n: number): Received {
    const r = this.received[n];
    if (!r) throw new Error(`the receiver has ${this.received.length} requests, not ${n + 1}`);
    return r;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (docs/api-guide.md, Webhooks). */
  private verify(header: string, body: string): boolean {
    const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
    if (!parts.t || !parts.v1 || !this.secret) return false;
    const want = createHmac('sha256', this.secret).update(`${parts.t}.${body}`).digest();
    const got = Buffer.from(parts.v1, 'hex');
    return got.length === want.length && timingSafeEqual(got, want);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
