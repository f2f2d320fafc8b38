/** A small plain-text notice listing config problems (bad overrides, policy settings): reported apart, never scored. */
import type { Finding } from '@revloop/core/engine';

/** One line per problem, `path: message`, rendered as text only; nothing when there is none (or the field is absent). */
export function ConfigNotice(props: { title: string; findings: readonly Finding[] | undefined; testId: string }) {
  const { findings } = props;
  if (!findings || findings.length === 0) return null;
  return (
    <div class="warn config-notice" role="note" data-testid={props.testId}>
      <p style={{ margin: 0 }}>{props.title}</p>
      <ul class="issues">
        {findings.map((f, i) => (
          <li key={`${f.field ?? ''}-${i}`}>
            {f.field ? `${f.field}: ` : ''}
            {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
