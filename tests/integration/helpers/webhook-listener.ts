/** A local HTTP endpoint that keeps the JSON body of every webhook call Strapi sends to it. */
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface WebhookListener<Body> {
  url: string;
  received: Body[];
  close: () => void;
}

export async function listenForWebhooks<Body>(): Promise<WebhookListener<Body>> {
  const received: Body[] = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, close: () => server.close() };
}
