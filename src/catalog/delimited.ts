/**
 * CSV and TSV with a header row (RFC 4180 quoting: quoted fields may hold the delimiter, newlines and
 * doubled quotes), streamed: one pass over each character, one row handed out at a time as
 * { header: value }. The delimiter is read from the header line (tab, semicolon or comma). Rows longer
 * than the record cap are skipped and reported.
 */
import { MAX_RECORD_CHARS } from './json-stream.ts';

export interface DelimitedSink {
  row(fields: Record<string, string>, line: number): void;
  tooLarge(where: string): void;
}

export class DelimitedSplitter {
  private delimiter = '';
  private header: string[] | null = null;
  private field = '';
  private fieldParts: string[] = [];
  private row: string[] = [];
  private rowChars = 0;
  private inQuotes = false;
  /** A quote inside a quoted field: either the end of the field or the first of a doubled quote. */
  private quotePending = false;
  private line = 1;
  private rowLine = 1;
  private skipping = false;
  private pendingText = '';
  private rows = 0;

  constructor(
    private readonly sink: DelimitedSink,
    delimiter?: '\t' | ',' | ';',
    private readonly maxRecord = MAX_RECORD_CHARS,
  ) {
    if (delimiter) this.delimiter = delimiter;
  }

  get count(): number {
    return this.rows;
  }

  push(chunk: string): void {
    if (!this.delimiter) {
      // Wait for the whole header line to choose the delimiter.
      this.pendingText += chunk;
      const nl = this.pendingText.indexOf('\n');
      if (nl < 0 && this.pendingText.length < 65536) return;
      const head = this.pendingText.slice(0, nl < 0 ? undefined : nl);
      this.delimiter = chooseDelimiter(head);
      const text = this.pendingText;
      this.pendingText = '';
      this.scan(text);
      return;
    }
    this.scan(chunk);
  }

  end(): void {
    if (!this.delimiter) {
      this.delimiter = chooseDelimiter(this.pendingText);
      const text = this.pendingText;
      this.pendingText = '';
      this.scan(text);
    }
    if (this.field || this.fieldParts.length || this.row.length) this.endRow();
  }

  private scan(text: string): void {
    const d = this.delimiter;
    let from = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text[i]!;
      if (this.quotePending) {
        this.quotePending = false;
        if (c === '"') {
          // A doubled quote: one literal quote (this one, from = i), still inside the field.
          continue;
        }
        this.inQuotes = false;
      }
      if (this.inQuotes) {
        if (c === '"') {
          this.take(text, from, i);
          from = i + 1;
          this.quotePending = true;
        } else if (c === '\n') this.line++;
        continue;
      }
      if (c === '"' && this.fieldEmpty(text, from, i)) {
        this.inQuotes = true;
        from = i + 1;
      } else if (c === d) {
        this.take(text, from, i);
        this.endField();
        from = i + 1;
      } else if (c === '\n') {
        this.take(text, from, i > 0 && text[i - 1] === '\r' ? i - 1 : i);
        this.line++;
        this.endRow();
        from = i + 1;
      }
    }
    this.take(text, from, n);
  }

  private fieldEmpty(text: string, from: number, i: number): boolean {
    return !this.field && !this.fieldParts.length && text.slice(from, i).trim() === '';
  }

  private take(text: string, from: number, to: number): void {
    if (to <= from || this.skipping) return;
    this.rowChars += to - from;
    if (this.rowChars > this.maxRecord) {
      this.skipping = true;
      this.field = '';
      this.fieldParts = [];
      this.row = [];
      this.sink.tooLarge(`line ${this.rowLine}`);
      return;
    }
    if (this.field) this.fieldParts.push(this.field);
    this.field = text.slice(from, to);
  }

  private endField(): void {
    if (this.skipping) return;
    const value = this.fieldParts.length ? this.fieldParts.join('') + this.field : this.field;
    this.row.push(value);
    this.field = '';
    this.fieldParts = [];
  }

  private endRow(): void {
    this.endField();
    const row = this.row;
    const skipped = this.skipping;
    this.row = [];
    this.rowChars = 0;
    this.skipping = false;
    const at = this.rowLine;
    this.rowLine = this.line;
    if (skipped || (row.length === 1 && row[0]!.trim() === '')) return;
    if (!this.header) {
      this.header = row.map((h) => h.replace(/^\ufeff/, '').trim());
      return;
    }
    const out: Record<string, string> = {};
    for (let i = 0; i < this.header.length; i++) {
      const v = row[i];
      if (v !== undefined && v !== '') out[this.header[i]!] = v;
    }
    this.rows++;
    this.sink.row(out, at);
  }

  /** The header row's names (after the first row has been read). */
  get columns(): string[] | null {
    return this.header;
  }
}

export function chooseDelimiter(headerLine: string): '\t' | ',' | ';' {
  const count = (ch: string) => headerLine.split(ch).length - 1;
  const tabs = count('\t');
  if (tabs > 0) return '\t';
  return count(';') > count(',') ? ';' : ',';
}
