import http from 'node:http';
import type { ApiClient } from '../api/test/api-client.js';

/**
 * A signed-in client's GraphQL requests, sent the cheap way for a load test: `node:http` on
 * one kept-alive connection, the session headers copied from the `ApiClient` that logged in.
 * The 20 clients share the two cores with the API and Neo4j; through `fetch` (undici) they
 * took 0.6–0.8 ms more CPU per request, a tenth of what a random expansion costs in all.
 */
export class LoadClient {
  readonly #url: URL;
  readonly #headers: Record<string, string>;
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(client: ApiClient) {
    this.#url = new URL('/graphql', client.baseUrl);
    this.#headers = { ...client.sessionHeaders(), 'content-type': 'application/json' };
  }

  /** The data of a query; throws on an HTTP error status or a GraphQL error. */
  async gql(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const body = JSON.stringify({ query, variables });
    try {
      return await this.#post(body);
    } catch (error) {
      // The server closes a connection idle for 5 s (while the benchmark measures the direct
      // calls); a request sent on it just then never reached the API: send it once more.
      if (error instanceof StaleConnectionError) return this.#post(body);
      throw error;
    }
  }

  #post(body: string): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.#url,
        {
          method: 'POST',
          agent: this.#agent,
          headers: { ...this.#headers, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: unknown;
                errors?: unknown[];
              };
              if (response.statusCode !== 200 || result.errors?.length) {
                reject(new Error(`HTTP ${response.statusCode}: ${JSON.stringify(result.errors)}`));
              } else {
                resolve(result.data);
              }
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) =>
        reject(
          request.reusedSocket && error.code === 'ECONNRESET'
            ? new StaleConnectionError(error.message)
            : error,
        ),
      );
      request.end(body);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}

class StaleConnectionError extends Error {}
