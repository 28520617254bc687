// Where the answer to an in-card action (Action.Execute) goes. A card the bot posted in a group chat or
// channel is shared: nobody's answer should change under them, so the new answer is a new reply. In a
// personal chat, the card is the asker's own and is updated in place. A card inserted through the message
// extension may sit in a chat the bot is not a member of, where it cannot post: it is updated in place and
// names who asked. Example buttons ("ask") always answer in a new reply so the examples stay.

import type { CardOrigin } from '../../presentation/card-view';

export type { CardOrigin };
export type Delivery = 'replace-card' | 'new-reply';

export function deliveryFor(verb: string, origin: CardOrigin, conversationType: string | undefined): Delivery {
  if (origin === 'extension') return 'replace-card';
  if (verb === 'ask') return 'new-reply';
  return conversationType === 'personal' || conversationType === undefined ? 'replace-card' : 'new-reply';
}
