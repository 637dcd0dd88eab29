/**
 * Collects DatasetIssues with a cap, so a badly broken 1M-row file stops early instead of
 * building a million issue objects nobody reads.
 */
import type { DatasetIssue, DatasetIssueReason } from '../errors.ts';

export const MAX_ISSUES = 1000;

/** Thrown internally when the cap is reached; parse entry points catch it and report what they have. */
export class IssueLimitReached extends Error {
  constructor() {
    super(`more than ${MAX_ISSUES} problems; stopped`);
  }
}

export class IssueCollector {
  readonly issues: DatasetIssue[] = [];
  constructor(private readonly limit: number = MAX_ISSUES) {}

  add(file: string, line: number, column: string | undefined, reason: DatasetIssueReason, message: string): void {
    const issue: DatasetIssue = column === undefined ? { file, line, reason, message } : { file, line, column, reason, message };
    this.issues.push(issue);
    if (this.issues.length >= this.limit) throw new IssueLimitReached();
  }

  get count(): number {
    return this.issues.length;
  }
}

/**
 * Issues in the order a user fixes them: by file (bundle order, as given by `fileOrder`), then line.
 * Stable, so issues on one line keep column order.
 */
export function sortIssues(issues: DatasetIssue[], fileOrder: readonly string[]): DatasetIssue[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        (rank.get(a.issue.file) ?? -1) - (rank.get(b.issue.file) ?? -1) || a.issue.line - b.issue.line || a.i - b.i,
    )
    .map((x) => x.issue);
}
