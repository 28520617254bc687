// The HTTP client under the Blob state store's pipeline, with a timeout on every attempt. @azure/storage-blob
// sets none on the client side (its tryTimeoutInMs only asks the server to give up, which a store that
// accepts connections and never answers does not do), so each hung attempt would hold a socket for good.
// Storage lets us replace only its HTTP client (StoragePipelineOptions.httpClient, in the compat shape of
// @azure/core-http-compat); this one hands each request to the SDK's own default client
// (@azure/core-rest-pipeline) with `timeout` set, which aborts the attempt and closes its connection.
import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest, type PipelineRequest } from '@azure/core-rest-pipeline';

import type { RequestLike, ResponseLike } from '../http/compat-http';

export function createTimedBlobHttpClient(attemptTimeoutMs: number) {
  const inner = createDefaultHttpClient();
  return {
    async sendRequest(request: RequestLike): Promise<ResponseLike> {
      const sent = createPipelineRequest({
        url: request.url,
        method: request.method as PipelineRequest['method'],
        headers: createHttpHeaders(request.headers.toJson({ preserveCase: true })),
        body: request.body as PipelineRequest['body'],
        abortSignal: request.abortSignal,
        requestId: request.requestId,
        streamResponseStatusCodes: request.streamResponseStatusCodes,
        timeout: attemptTimeoutMs,
        // As the SDK's own pipeline does: the connection string decides the scheme (http for Azurite).
        allowInsecureConnection: true,
      });
      const res = await inner.sendRequest(sent);
      const headers = res.headers.toJSON({ preserveCase: true });
      return {
        request,
        status: res.status,
        headers: { toJson: () => ({ ...headers }) },
        bodyAsText: res.bodyAsText,
        readableStreamBody: res.readableStreamBody,
      };
    },
  };
}
