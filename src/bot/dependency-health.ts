// What /healthz says of the services a turn depends on: the state store. /healthz answers 200 whatever they
// say, with "status": "degraded" when one is down: it is the platform's liveness and load-balancer probe,
// and neither restarting this instance nor taking it out of rotation mends an outage upstream; it would only
// drop what this instance still holds and, since every instance shares the outage, leave Teams no instance
// to answer at all. Monitoring reads the fields below instead.
import type { Storage } from 'botbuilder';
import { stateStoreStatus } from './state/storage';

export function dependencyHealth(storage: Storage): Record<string, unknown> {
  const stateStore = stateStoreStatus(storage);
  const down = 'state' in stateStore && stateStore.state === 'failing';
  return { ...(down ? { status: 'degraded' } : {}), stateStore };
}
