// Reading watch commands: the command forms, the natural ways of asking to be told later, and the questions
// that only look like them (asked now, so answered now, never turned into a watch).
import { readWatchCommand } from '../../src/core/watch-command';
import { loadKnowledge } from '../../src/knowledge/load';

describe('readWatchCommand', () => {
  it.each([
    ['watch o4-mini in West Europe', 'o4-mini in West Europe'],
    ['/watch check o4-mini westeurope', 'check o4-mini westeurope'],
    ['Watch Sweden Central', 'Sweden Central'],
    ['watch for gpt-4.1 in Sweden Central', 'gpt-4.1 in Sweden Central'],
    ['start watching gpt-4.1', 'gpt-4.1'],
    ['tell this channel when gpt-5 can be fine-tuned in West Europe', 'gpt-5 can be fine-tuned in West Europe'],
    ['notify me of any change to o4-mini', 'o4-mini'],
    ['Notify us when o4-mini can be fine-tuned in West Europe with data residency.', 'o4-mini can be fine-tuned in West Europe with data residency'],
    ['let me know when gpt-4.1-nano comes to Poland Central', 'gpt-4.1-nano comes to Poland Central'],
    ['alert this chat about updates for gpt-4o', 'gpt-4o'],
    ['tell me about any changes to gpt-4o', 'gpt-4o'],
    ['tell me if o4-mini changes', 'o4-mini'],
    ['keep an eye on Sweden Central', 'Sweden Central'],
    ['keep us posted on gpt-4.1 in West Europe', 'gpt-4.1 in West Europe'],
    ['let us know once anything about o4-mini changes', 'o4-mini'],
    ['watch', ''],
  ])('%s is a watch of “%s”', (text, rest) => {
    expect(readWatchCommand(text)).toEqual({ kind: 'watch', rest });
  });

  it.each(['watches', '/watches', 'list watches', 'my watches', 'show our watches', 'what is this channel watching', 'What am I watching?'])(
    '%s lists the watches',
    (text) => {
      expect(readWatchCommand(text)).toEqual({ kind: 'list' });
    },
  );

  it.each([
    ['unwatch 2', [2]],
    ['/unwatch 3', [3]],
    ['unwatch 1, 3 and 4', [1, 3, 4]],
    ['unwatch #2', [2]],
    ['stop watching 5', [5]],
    ['unwatch all', 'all'],
    ['stop watching everything', 'all'],
    ['unwatch', null],
    ['unwatch o4-mini', []],
  ])('%s removes %p', (text, which) => {
    expect(readWatchCommand(text)).toEqual({ kind: 'unwatch', which });
  });

  it.each([
    'tell me about gpt-4o',
    'tell me if gpt-4o can be fine-tuned in Sweden Central',
    'can I fine-tune o4-mini in West Europe?',
    'which models support vision?',
    'help',
    'what about Sweden Central?',
    'models',
  ])('%s is a question, not a watch command', (text) => {
    expect(readWatchCommand(text)).toBeNull();
  });

  // What is left is read by understand(): it must come out as the question the person meant.
  it('the rest of a natural-language watch understands as the question meant', () => {
    const k = loadKnowledge();
    const read = (text: string) => {
      const c = readWatchCommand(text);
      if (c?.kind !== 'watch') throw new Error(`not a watch: ${text}`);
      return k.understand(c.rest, undefined, { now: 0 });
    };
    expect(read('tell this channel when o4-mini can be fine-tuned in West Europe')).toMatchObject({ intent: 'check', regions: ['westeurope'] });
    expect(read('notify me of any change to o4-mini')).toMatchObject({ intent: 'model', models: [expect.objectContaining({ id: 'o4-mini' })] });
    expect(read('watch Sweden Central')).toMatchObject({ intent: 'region', regions: ['swedencentral'] });
  });
});
