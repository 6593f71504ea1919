import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { readJsonBody } from './read-body.js';
import { requestContext, type ServerDeps } from './request-context.js';

/** `POST /graphql` through Apollo's framework-neutral entry point. */
export async function handleGraphql(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  apollo: ApolloServer<ApiContext>,
  deps: ServerDeps,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let context: ApiContext | undefined;
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? 'POST',
      headers,
      search: url.search,
      body: await readJsonBody(request),
    },
    context: async () => {
      context = await requestContext(request, deps);
      return context;
    },
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  if (context && context.setCookies.length > 0)
    response.setHeader('set-cookie', context.setCookies);
  response.setHeader('cache-control', 'no-store');
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}
