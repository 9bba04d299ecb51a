/// <reference types="node" />
/** The fetch handler behind a `node:http` server: each request becomes a `Request`, each `Response` is written back. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { FeedbackHandler } from './handler.js';

export function nodeListener(handler: FeedbackHandler, origin: () => string): (request: IncomingMessage, response: ServerResponse) => void {
  return (incoming, outgoing) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
      const request = new Request(new URL(incoming.url ?? '/', origin()), {
        method: incoming.method,
        headers,
        ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
      } as RequestInit);
      const response = await handler(request, { clientAddress: incoming.socket.remoteAddress });
      const body = Buffer.from(await response.arrayBuffer());
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(body);
      // A refused body (413) is left unread: drop the connection rather than read the rest of it.
      if (hasBody && !incoming.readableEnded && response.status === 413) outgoing.once('finish', () => incoming.destroy());
    })().catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(500);
      outgoing.end();
    });
  };
}
