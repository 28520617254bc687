// The parts of the Azure SDK's compat request/response shapes (@azure/core-http-compat) that the bot's own
// HTTP clients exchange with the pipelines above them: the connector's (outbound-client.ts) and the Blob
// store's (state/blob-http-client.ts). Written here once; the SDK does not export them.
export interface HeadersLike {
  toJson(options?: { preserveCase?: boolean }): Record<string, string>;
}

export interface RequestLike {
  url: string;
  method: string;
  headers: HeadersLike;
  body?: unknown;
  abortSignal?: AbortSignal;
  requestId?: string;
  streamResponseStatusCodes?: Set<number>;
}

export interface ResponseLike {
  request: RequestLike;
  status: number;
  headers: HeadersLike;
  bodyAsText?: string | null;
  readableStreamBody?: NodeJS.ReadableStream;
}
