// Which conversation a watch belongs to, and how to reach it later. A personal chat, a group chat and a
// channel each keep their own watches; a channel's threads share the channel's (its id without
// `;messageid=`), and a notice posted to that id starts a new thread in the channel.
import type { Activity } from 'botbuilder';
import type { ConversationWatches, StoredReference } from './types';

export interface WatchedConversation {
  key: string;
  kind: ConversationWatches['kind'];
  reference: StoredReference;
}

export function conversationOf(a: Partial<Activity>): WatchedConversation | null {
  const raw = a.conversation?.id;
  if (!raw || !a.serviceUrl || !a.recipient?.id) return null;
  const type = a.conversation?.conversationType;
  const kind: WatchedConversation['kind'] = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const id = kind === 'channel' ? raw.split(';messageid=')[0]! : raw;
  const channelId = a.channelId ?? 'msteams';
  // Teams' own tenant field is channelData.tenant.id; conversation.tenantId is missing from some activities.
  const tenantId = (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation?.tenantId;
  const conversation: StoredReference['conversation'] = { id };
  if (type) conversation.conversationType = type;
  if (tenantId) conversation.tenantId = tenantId;
  if (a.conversation?.isGroup !== undefined) conversation.isGroup = a.conversation.isGroup;
  const reference: StoredReference = {
    channelId,
    serviceUrl: a.serviceUrl,
    conversation,
    bot: a.recipient.name ? { id: a.recipient.id, name: a.recipient.name } : { id: a.recipient.id },
  };
  if (a.locale) reference.locale = a.locale;
  return { key: `${channelId}|${id}`, kind, reference };
}
