/**
 * What the shell lets a web contents do: navigate, open windows, use device permissions.
 * The decisions live here, without Electron, so plain-Node tests can hold them to
 * Electron's security checklist; electron/main.ts only wires them to the events.
 */

/**
 * A page may only reload itself. The app is one page that routes in its own state (and
 * in the URL hash, which is not a navigation), so any other target — another path of
 * app://, a web page a link pointed at, a file — is a page we did not write.
 */
export function shouldAllowNavigation(currentUrl: string, targetUrl: string): boolean {
  const current = parseUrl(currentUrl);
  const target = parseUrl(targetUrl);
  return current !== null && target !== null && current.href === target.href;
}

/** Server redirects are never followed: app:// answers files or 404, and nothing else is loaded. */
export function shouldAllowRedirect(_url: string): boolean {
  return false;
}

/** `<webview>` is off in the web preferences; attaching one anyway is refused too. */
export function shouldAllowWebview(): boolean {
  return false;
}

/** Shaped like Electron's WindowOpenHandlerResponse so main.ts can return it as is. */
export interface WindowOpenDecision {
  action: 'deny';
}

/**
 * No new windows, ever: external links leave only through the shell:open-external channel
 * (electron/external-url.ts), which the page calls from a click handler.
 */
export function windowOpenDecision(_url: string): WindowOpenDecision {
  return { action: 'deny' };
}

/** The line logged when a window is refused; the URL is cut short so a page cannot flood the log. */
export function refusedWindowMessage(url: string): string {
  return `[security] refused to open a window for ${url.slice(0, 200)}`;
}

/**
 * Camera, microphone, location, notifications, clipboard reads, MIDI, HID, serial,
 * full screen from the page… An offline chronology tool needs none of them, so every
 * request and every check is answered no. (The window's full-screen menu item is the
 * shell's, not the page's, and needs no permission.)
 */
export function permissionDecision(_permission: string): boolean {
  return false;
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
