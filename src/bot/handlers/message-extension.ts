// The message extension's search (invoke `composeExtension/query`): results to insert into any chat or
// channel. Each is the full card, naming who asked (others will read it), with a thumbnail preview.
import { CardFactory, type MessagingExtensionQuery, type MessagingExtensionResponse, type TurnContext } from 'botbuilder';
import { questionText } from './activity-text';
import { INTENT_KEY, type TurnDeps } from './turn';

/** The search command's id: the same string as composeExtensions[0].commands[0].id in the app manifest. */
export const SEARCH_COMMAND_ID = 'findFineTuning';
/** Its one parameter's name (manifest: parameters[0].name). */
export const SEARCH_PARAMETER = 'question';

export function onSearch(context: TurnContext, query: MessagingExtensionQuery | undefined, deps: TurnDeps): MessagingExtensionResponse {
  const params = Array.isArray(query?.parameters) ? query.parameters : [];
  const initialRun = params.some((p) => p?.name === 'initialRun');
  const raw = initialRun ? '' : (params.find((p) => p?.name === SEARCH_PARAMETER)?.value ?? params[0]?.value ?? '');
  const text = questionText({ text: typeof raw === 'string' ? raw : '' });
  context.turnState.set(INTENT_KEY, 'search');
  if (query?.commandId !== SEARCH_COMMAND_ID) {
    deps.log.warn({ turn: context.activity.id, commandId: query?.commandId }, 'unknown search command');
  }
  const asker = context.activity.from?.name ?? 'someone';
  const attachments = deps.pipeline
    .current()
    .search(text, asker)
    .map(({ answer: a, card }) => ({
      ...CardFactory.adaptiveCard(card),
      // A thumbnail preview without `tap`: Teams inserts the full Adaptive Card when the person picks it.
      // The subtitle names what the answer is about ("o4-mini in West Europe"), which the headline does not.
      preview: CardFactory.thumbnailCard(a.headline, a.reason, undefined, undefined, { subtitle: a.subject }),
    }));
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}
