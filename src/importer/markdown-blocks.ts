// The prose around the table, read as sections of paragraphs and bullets: Learn's `> [!NOTE]` alerts (which
// hold the answers' notes and, in the seed, the Global training region list) and plain text (where a separate
// Global regions document may keep its list). Tables and fenced code are skipped; their lines are not prose.
import { readPipeTables, toLines } from './markdown-table';

export interface BlockItem {
  readonly type: 'paragraph' | 'bullet';
  /** Markdown text, lines of one paragraph joined by spaces. */
  readonly text: string;
}

export interface Section {
  /** True for a blockquote. */
  readonly quoted: boolean;
  /** The alert kind of a `> [!NOTE]`-style blockquote, upper-cased ("NOTE"), else null. */
  readonly alert: string | null;
  readonly items: BlockItem[];
  /** 0-based index of the section's first line in the body: identifies the section across reads. */
  readonly line: number;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}(\s|$)/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

class SectionBuilder {
  items: BlockItem[] = [];
  private open: 'paragraph' | 'bullet' | null = null;
  constructor(
    readonly quoted: boolean,
    readonly alert: string | null,
    readonly start: number,
  ) {}

  line(content: string): void {
    const bullet = BULLET.exec(content);
    if (content.trim() === '') {
      this.open = null;
    } else if (bullet) {
      this.items.push({ type: 'bullet', text: (bullet[1] as string).trim() });
      this.open = 'bullet';
    } else if (this.open !== null) {
      // A continuation line belongs to the paragraph or bullet above it.
      const last = this.items[this.items.length - 1] as BlockItem;
      this.items[this.items.length - 1] = { type: last.type, text: `${last.text} ${content.trim()}` };
    } else {
      this.items.push({ type: 'paragraph', text: content.trim() });
      this.open = 'paragraph';
    }
  }

  build(): Section {
    return { quoted: this.quoted, alert: this.alert, items: this.items, line: this.start };
  }
}

/** Reads the prose sections of a Markdown body: each blockquote is one, and so is each run of plain text. */
export function readSections(body: string): Section[] {
  const lines = toLines(body);
  const tableLines = new Set<number>();
  for (const t of readPipeTables(body)) for (let i = t.line; i < t.endLine; i++) tableLines.add(i);

  const sections: Section[] = [];
  let current: SectionBuilder | null = null;
  const close = (): void => {
    if (current && current.items.length > 0) sections.push(current.build());
    current = null;
  };
  let fence: string | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && (f[1] as string)[0] === fence[0]) fence = null;
      continue;
    }
    if (f) {
      close();
      fence = f[1] as string;
      continue;
    }
    if (tableLines.has(i) || HEADING.test(line)) {
      close();
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      const content = quote[1] as string;
      const alert = /^\s*\[!(\w+)\]\s*$/.exec(content);
      if (!current || !current.quoted || alert) {
        close();
        current = new SectionBuilder(true, alert ? (alert[1] as string).toUpperCase() : null, i);
        if (alert) continue;
      }
      current.line(content);
    } else {
      if (current?.quoted) close();
      // Blank lines end paragraphs but not the plain-text section; a heading, table or quote does.
      if (!current && line.trim() === '') continue;
      current ??= new SectionBuilder(false, null, i);
      current.line(line);
    }
  }
  close();
  return sections;
}
