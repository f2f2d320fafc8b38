/** A list of settings problems, each naming its exact key path. */
import type { SettingsIssue } from '../settings/schema.js';

export function IssueList({ title, issues }: { title: string; issues: SettingsIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class="err" role="alert" data-testid="issues">
      <b>{title}</b>
      <ul class="issues">
        {issues.map((i) => (
          <li key={`${i.path}:${i.message}`} data-path={i.path}>
            <code>{i.path}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
