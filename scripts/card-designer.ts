// npm run -s cards:designer -- <kind>               one kind's full template (cards/frame.json + cards/<kind>.json,
//                                                   composed as the bot composes them), for the Designer's
//                                                   card payload editor
// npm run -s cards:designer -- --data "<question>"  the data a question's card binds to, for its sample data editor
// The Adaptive Cards Designer (https://adaptivecards.io/designer, host app "Microsoft Teams") previews one
// template at a time, and the templates are split in two files: this prints what it needs. Edits made there
// go back by hand into the file they belong to (cards/README.md).
import { CARD_KINDS, type CardKind } from '../src/presentation/card-render';
import { loadCardTemplates } from '../src/presentation/card-templates';
import { cardView } from '../src/presentation/card-view';
import { pickersFor } from '../src/presentation/card-pickers';
import { answer } from '../src/core';
import { loadKnowledge } from '../src/knowledge/load';
import { CARDS_DIR } from '../src/paths';

const USAGE = `usage: cards:designer <${CARD_KINDS.join('|')}>\n       cards:designer --data "<question>"`;

function isKind(x: string | undefined): x is CardKind {
  return (CARD_KINDS as readonly string[]).includes(x ?? '');
}

export function designerOutput(argv: string[]): { out: unknown; note?: string } {
  if (argv[0] === '--data') {
    const text = argv.slice(1).join(' ');
    if (!text) throw new Error(USAGE);
    const { catalog, understand } = loadKnowledge();
    const a = answer(understand(text), catalog);
    const pickers = pickersFor(a, catalog);
    // The renderer fills the pickers' choices in after expansion; the Designer needs them in the data.
    const view = { ...cardView(a, {}, pickers), pickers };
    return { out: view, note: `a '${a.kind}' answer (unknown answers use the help template)` };
  }
  const kind = argv[0];
  if (argv.length !== 1 || !isKind(kind)) throw new Error(USAGE);
  return { out: loadCardTemplates(CARDS_DIR, [kind]).get(kind) };
}

if (require.main === module) {
  try {
    const { out, note } = designerOutput(process.argv.slice(2));
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    if (note) console.error(note);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
}
