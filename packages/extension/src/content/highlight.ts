/** "Show on page": scrolls to a finding's element and draws an outline plus label in a shadow-root overlay (page DOM untouched). */
const HOST_TAG = 'revloop-highlight';

const STYLE = `
:host { all: initial; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; border: 3px solid #4f46e5; border-radius: 6px;
  background: rgba(79, 70, 229, 0.12); box-shadow: 0 0 0 4px rgba(79, 70, 229, 0.25); z-index: 2147483646;
  transition: opacity .2s; }
.label { position: absolute; left: -3px; bottom: 100%; margin-bottom: 4px; max-width: 420px; padding: 4px 8px;
  font: 600 12px/1.4 system-ui, sans-serif; color: #fff; background: #4f46e5; border-radius: 4px; white-space: normal; }
`;

let current: { host: HTMLElement; stop: () => void } | null = null;

export function clearHighlight(): void {
  current?.stop();
  current = null;
}

/** Outlines the first element matching `selector`; returns false when the selector finds nothing. */
export function highlight(selector: string, label: string, doc: Document = document): boolean {
  clearHighlight();
  let el: Element | null = null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return false;
  }
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });

  // No attributes on the host and no `part` inside: the page can neither read which finding is shown nor restyle it.
  // Closed in release so page scripts cannot read the label; the test build keeps it open for the browser tests.
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: __REVLOOP_TEST__ ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const tag = doc.createElement('div');
  tag.className = 'label';
  tag.textContent = label;
  box.append(tag);
  root.append(style, box);
  Object.assign(host.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    zIndex: '2147483646',
  });
  doc.documentElement.append(host);

  const target = el;
  const place = () => {
    const r = target.getBoundingClientRect();
    const view = doc.defaultView!;
    const pad = 4;
    Object.assign(box.style, {
      top: `${r.top + view.scrollY - pad}px`,
      left: `${r.left + view.scrollX - pad}px`,
      width: `${r.width + pad * 2}px`,
      height: `${r.height + pad * 2}px`,
    });
  };
  place();
  const view = doc.defaultView!;
  view.addEventListener('resize', place);
  const timer = view.setTimeout(clearHighlight, 8000);
  current = {
    host,
    stop: () => {
      view.removeEventListener('resize', place);
      view.clearTimeout(timer);
      host.remove();
    },
  };
  return true;
}
