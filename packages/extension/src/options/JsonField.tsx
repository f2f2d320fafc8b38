/** A JSON textarea validated live against a zod schema; reports the parsed value only when it is valid. */
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { type SettingsIssue, settingsIssues } from '../settings/schema.js';
import { IssueList } from './IssueList.js';

export function JsonField<T>(props: {
  id: string;
  label: string;
  value: T;
  schema: z.ZodType<T>;
  pathPrefix: string;
  onValid: (value: T) => void;
  onInvalid: () => void;
}) {
  const [text, setText] = useState(JSON.stringify(props.value, null, 2));
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  useEffect(() => setText(JSON.stringify(props.value, null, 2)), [props.value]);
  const change = (next: string) => {
    setText(next);
    let raw: unknown;
    try {
      raw = JSON.parse(next);
    } catch (e) {
      setIssues([{ path: props.pathPrefix, message: `not valid JSON: ${(e as Error).message}` }]);
      return props.onInvalid();
    }
    const r = props.schema.safeParse(raw);
    if (r.success) {
      setIssues([]);
      props.onValid(r.data);
    } else {
      setIssues(settingsIssues(r.error).map((i) => ({ ...i, path: `${props.pathPrefix}.${i.path}` })));
      props.onInvalid();
    }
  };
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        rows={10}
        value={text}
        onInput={(e) => change(e.currentTarget.value)}
        spellcheck={false}
      />
      <IssueList title="Fix before saving:" issues={issues} />
    </div>
  );
}
