/** Saves text as a file through a temporary object URL (no `downloads` permission needed), and copies to the clipboard. */
export function downloadText(filename: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** `revloop-amazon-B0ABC-2026-11-27.md` style names, safe on every OS. */
export function exportName(key: string, ext: string, at = Date.now()): string {
  const slug = key
    .replace(/^https?:\/\//, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `revloop-${slug}-${new Date(at).toISOString().slice(0, 10)}.${ext}`;
}
