// The one error the importer throws on purpose. Every way a document can be unreadable has a code, so the
// CLI can tell "this document is bad" (exit 2, one line on stderr, old catalog kept) from a bug in the
// importer itself (anything that is not an ImportError).

export type ImportErrorCode =
  | 'bad-front-matter'
  | 'include-wrapper'
  | 'no-table'
  | 'no-model-column'
  | 'no-region-column'
  | 'no-models'
  | 'duplicate-column'
  | 'bad-cell'
  | 'unknown-region'
  | 'unknown-footnote'
  | 'duplicate-model'
  | 'bad-exception'
  | 'no-global-list'
  | 'bad-tier-facts'
  | 'invalid-catalog'
  // Several documents at once (import-documents.ts) and the 2026 layouts:
  | 'unknown-column'
  | 'bad-legend'
  | 'bad-footnote'
  | 'unknown-model'
  | 'unknown-deployment-type'
  | 'mixed-document'
  | 'no-facts'
  | 'no-model-table'
  | 'conflict'
  | 'bad-renames';

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    /** The document it is about, when several were given and the message is about one of them. */
    readonly file?: string,
  ) {
    // One line, always: the CLI prints the message as is, and a multi-line message would read like a trace.
    super(message.replace(/\s*\n\s*/g, ' ').trim());
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
