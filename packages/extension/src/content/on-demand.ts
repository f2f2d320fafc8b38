/** Whether the user asked for this audit (panel button, injected script) rather than the automatic marketplace badge. */
declare global {
  interface Window {
    __revloopOnDemand?: boolean;
  }
}

export function isOnDemand(): boolean {
  return window.__revloopOnDemand === true;
}

export function markOnDemand(): void {
  window.__revloopOnDemand = true;
}
