// One source document over HTTP, bounded: a timeout for the whole download (headers and body), a size cap
// that holds even when the server sends no Content-Length, and failures said in a line a person can act on
// ("the source answered HTTP 404", "no answer within 10000 ms"), never a stack trace.

export interface FetchBounds {
  readonly timeoutMs: number;
  /** Largest document accepted, in bytes. */
  readonly maxBytes: number;
}

/**
 * The body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes `maxBytes`: a source that
 * sends no Content-Length (or a false one, or a gzip body that inflates) costs at most `maxBytes`, where
 * res.text() would first hold all of it. Cancelling the stream closes the connection, so the rest is never
 * downloaded. (fetch's web streams do this; no library needed.)
 */
export async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`the document is over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks)); // as res.text() would: a BOM is dropped
}

/** What went wrong, in words: fetch's own errors say "fetch failed" and hide the reason in `cause`. */
function why(e: unknown, timeoutMs: number): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  if (err?.message === 'fetch failed' && err.cause) return `cannot reach the source: ${err.cause.code ?? err.cause.message ?? 'network error'}`;
  return (err?.message ?? String(e)).split('\n')[0] ?? 'unknown error';
}

/** The document at `url`; rejects with an Error whose message says why in one line. */
export async function fetchDocument(url: string, bounds: FetchBounds): Promise<string> {
  try {
    // The timeout's signal also ends the body's stream: a source that trickles its body is cut off too.
    const res = await fetch(url, { signal: AbortSignal.timeout(bounds.timeoutMs), redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`the source answered HTTP ${res.status}`);
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > bounds.maxBytes) {
      await res.body?.cancel();
      throw new Error(`the document is ${length} bytes, over ${bounds.maxBytes}`);
    }
    return await readCapped(res, bounds.maxBytes);
  } catch (e) {
    throw new Error(why(e, bounds.timeoutMs), { cause: e });
  }
}
