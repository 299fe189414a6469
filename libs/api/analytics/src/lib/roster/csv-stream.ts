/**
 * A streaming CSV reader (RFC 4180): text arrives in chunks of any size and complete records come
 * out as soon as they end, so memory holds one record at a time whatever the file size. Quoted
 * fields may hold delimiters, quotes ("") and line breaks, and may be split across chunks. The
 * delimiter (comma, semicolon or tab) is the most frequent of them outside quotes in the first line.
 */
export class CsvStreamParser {
  private delimiter: string | null = null;
  private pending = '';
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** The previous chunk ended on a quote inside a quoted field: an escape ("") or the closing quote. */
  private quoteAtEnd = false;
  /** The previous chunk ended on a carriage return (a CRLF may be split). */
  private crAtEnd = false;
  private started = false;

  /** Feeds a chunk of text; returns the records completed by it. */
  push(chunk: string): string[][] {
    let text = chunk;
    if (!this.started) {
      text = text.replace(/^\uFEFF/, '');
      this.started = text.length > 0;
    }
    if (this.delimiter === null) {
      this.pending += text;
      const firstLine = endOfFirstLine(this.pending);
      if (firstLine < 0) return [];
      this.delimiter = detectDelimiter(this.pending.slice(0, firstLine));
      text = this.pending;
      this.pending = '';
    }
    return this.scan(text);
  }

  /** The last record when the text does not end with a line break. */
  end(): string[][] {
    const out: string[][] = [];
    if (this.delimiter === null && this.pending) {
      this.delimiter = detectDelimiter(this.pending);
      out.push(...this.scan(this.pending));
      this.pending = '';
    }
    if (this.quoteAtEnd) {
      this.quoted = false;
      this.quoteAtEnd = false;
    }
    if (this.field !== '' || this.record.length > 0) {
      this.record.push(this.field);
      out.push(this.record);
      this.record = [];
      this.field = '';
    }
    return out;
  }

  private scan(text: string): string[][] {
    const d = this.delimiter as string;
    const out: string[][] = [];
    let i = 0;
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (text[0] === '\n') i = 1;
    }
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text[0] === '"') {
        this.field += '"';
        i = Math.max(i, 1);
      } else this.quoted = false;
    }
    for (; i < text.length; i++) {
      const ch = text[i];
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 === text.length) {
            this.quoteAtEnd = true;
          } else if (text[i + 1] === '"') {
            this.field += '"';
            i++;
          } else this.quoted = false;
        } else {
          // Copy a run of plain characters at once.
          const next = text.indexOf('"', i);
          const stop = next < 0 ? text.length : next;
          this.field += text.slice(i, stop);
          i = stop - 1;
        }
      } else if (ch === '"' && this.field === '') this.quoted = true;
      else if (ch === d) {
        this.record.push(this.field);
        this.field = '';
      } else if (ch === '\n' || ch === '\r') {
        if (ch === '\r') {
          if (i + 1 === text.length) this.crAtEnd = true;
          else if (text[i + 1] === '\n') i++;
        }
        this.record.push(this.field);
        out.push(this.record);
        this.record = [];
        this.field = '';
      } else this.field += ch;
    }
    return out;
  }
}

function endOfFirstLine(s: string): number {
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '"') quoted = !quoted;
    else if (!quoted && (s[i] === '\n' || s[i] === '\r')) return i;
  }
  return -1;
}

function detectDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === d) n++;
    }
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}
