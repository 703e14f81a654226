// Plain-text tables for stdout and the list of targets met or not. Numbers are kept raw in the
// JSON results; formatting happens only here.

export interface Target {
  section: string;
  name: string;
  /** What was measured, formatted. */
  value: string;
  target: string;
  /** null when it could not be measured in this run. */
  met: boolean | null;
}

export class Report {
  readonly targets: Target[] = [];
  readonly lines: string[] = [];
  /** Print each table as soon as it is ready (a full run takes minutes); the targets come last. */
  constructor(private readonly stream: ((text: string) => void) | null = null) {}
  /** Sections whose Kiji module does not exist yet: their targets are "n/a", not "NOT met". */
  readonly unavailable = new Set<string>();

  table(title: string, header: string[], rows: (string | number | null)[][]): void {
    const cells = [header, ...rows.map((r) => r.map(cell))];
    const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
    const line = (r: string[]): string => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  ').trimEnd();
    this.add('', `## ${title}`, line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line));
  }

  note(text: string): void {
    this.add(text);
  }

  private add(...lines: string[]): void {
    this.lines.push(...lines);
    this.stream?.(`${lines.join('\n')}\n`);
  }

  target(t: Target): string {
    const entry = this.unavailable.has(t.section) ? { ...t, met: null } : t;
    this.targets.push(entry);
    return metText(entry.met);
  }

  /** The targets summary, preceded by the tables when they were not streamed. */
  render(): string {
    const summary = this.targets.map((t) => `- [${metText(t.met)}] ${t.section}: ${t.name} = ${t.value} (target ${t.target})`);
    return [...(this.stream ? [] : this.lines), '', '## Targets', ...(summary.length ? summary : ['(none measured in this run)'])].join('\n');
  }
}

export function metText(met: boolean | null): string {
  return met == null ? 'n/a' : met ? 'met' : 'NOT met';
}

function cell(value: string | number | null): string {
  if (value == null) return '—';
  if (typeof value === 'number') return Number.isFinite(value) ? fmt(value) : '—';
  return value;
}

export function fmt(value: number | null | undefined, digits = 3): string {
  return value == null || !Number.isFinite(value) ? '—' : value.toFixed(digits);
}

export function pm(value: number, err: number): string {
  return Number.isFinite(value) ? `${fmt(value)} ± ${fmt(err)}` : '—';
}

export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  return a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? null : a / b;
}

export function signed(value: number | null, digits = 3): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}

export function pct(value: number | null | undefined): string {
  return value == null || !Number.isFinite(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}
