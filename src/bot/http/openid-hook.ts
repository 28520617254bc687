// Where botbuilder gets its signing keys: JwtTokenExtractor looks its key source up by metadata URL in a
// process-wide cache (JwtTokenExtractor.openIdMetadataCache) and creates an unbounded OpenIdMetadata only for
// a URL it does not find there. Botbuilder offers no option to supply the source, so the bot puts its bounded
// OpenIdKeys into that cache, under every URL this adapter's validation may consult, before any request.
// botframework-connector does not export JwtTokenExtractor from its index; the module is read from its file,
// and a change in botbuilder that moves or renames the cache stops start-up with a message rather than
// silently validating with the unbounded fetcher again.
import { BotFrameworkAuthentication } from 'botframework-connector';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import { OpenIdKeys, type OpenIdKeysOptions } from './openid-keys';

function extractorCache(): Map<string, unknown> {
  const cache = (JwtTokenExtractor as unknown as { openIdMetadataCache?: unknown }).openIdMetadataCache;
  if (!(cache instanceof Map)) {
    throw new Error(
      'botframework-connector no longer keeps JwtTokenExtractor.openIdMetadataCache: the bounded OpenID key fetch (src/bot/http/openid-hook.ts) needs updating',
    );
  }
  return cache as Map<string, unknown>;
}

/**
 * Makes botbuilder validate tokens for these metadata URLs with bounded key sources; returns them by URL.
 * A URL that already has one (another app in the same process) keeps it: botbuilder shares per URL too.
 * `auth` is checked to come from the same botframework-connector as the cache, so the keys reach it.
 */
export function useBoundedKeys(auth: unknown, urls: string[], options: Omit<OpenIdKeysOptions, 'url'>): Map<string, OpenIdKeys> {
  if (!(auth instanceof BotFrameworkAuthentication)) {
    throw new Error('botbuilder uses another copy of botframework-connector than the bot: run `npm dedupe` so both are the same');
  }
  const cache = extractorCache();
  const sources = new Map<string, OpenIdKeys>();
  for (const url of new Set(urls.filter(Boolean))) {
    const existing = cache.get(url);
    const keys = existing instanceof OpenIdKeys ? existing : new OpenIdKeys({ ...options, url });
    cache.set(url, keys);
    sources.set(url, keys);
  }
  return sources;
}
