// What /healthz says of the services a turn depends on: the identity provider (the keys Teams' tokens are
// checked with) and the state store. /healthz answers 200 whatever they say, with "status": "degraded" when
// one is down: it is the platform's liveness and load-balancer probe, and neither restarting this instance
// nor taking it out of rotation mends an outage upstream. It would drop the keys and state this instance
// still holds and, since every instance shares the outage, leave Teams no instance to get a 503 with
// Retry-After from. Monitoring reads the fields below instead.
import type { Storage } from 'botbuilder';
import type { ScoutAdapter } from './http/adapter';
import { stateStoreStatus } from './state/storage';

export function dependencyHealth(adapter: ScoutAdapter, storage: Storage): Record<string, unknown> {
  const identityProvider = adapter.identityProviderStatus();
  const stateStore = stateStoreStatus(storage);
  const down = ('state' in identityProvider && identityProvider.state === 'unavailable') || ('state' in stateStore && stateStore.state === 'failing');
  return { ...(down ? { status: 'degraded' } : {}), identityProvider, stateStore };
}
