import type { BrowserContext, Page } from 'playwright-core';

/** What a page did while a test looked at it. */
export interface PageRecord {
  /** Every URL the page requested (documents, scripts, styles, images, fetches). */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** alert/confirm/prompt/beforeunload dialogs that opened. */
  dialogs: string[];
}

declare global {
  interface Window {
    /** Content-Security-Policy violations seen by the page, recorded by `watchContext`. */
    __cspViolations?: string[];
  }
}

/**
 * Records CSP violations in every page of the context. Init scripts run outside the page's own
 * policy, so the recorder works on pages whose CSP forbids every inline script.
 */
export async function watchContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}: ${event.sample}`,
      );
    });
  });
}

/** Starts recording a page's requests, errors and dialogs; dialogs are dismissed so nothing hangs. */
export function watchPage(page: Page): PageRecord {
  const record: PageRecord = { requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('dialog', (dialog) => {
    record.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return record;
}

/**
 * Opens a URL and waits for its load event, or, for pages whose scripts fetch more (search), until
 * the network has been quiet for half a second.
 */
export async function visit(page: Page, url: string, until: 'load' | 'networkidle' = 'load'): Promise<void> {
  const response = await page.goto(url, { waitUntil: until });
  if (response === null || !response.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
}
