/** Puts screenshots side by side (page + panel, as a user sees them) in one PNG, for docs. */
import type { BrowserContext } from 'playwright-core';

export async function sideBySide(context: BrowserContext, images: Buffer[], path: string, height = 900): Promise<void> {
  const page = await context.newPage();
  try {
    const imgs = images.map((b) => `<img src="data:image/png;base64,${b.toString('base64')}">`).join('');
    await page.setViewportSize({ width: 1600, height });
    await page.setContent(
      `<style>body{margin:0;background:#d9d9e6;display:flex;gap:0;align-items:flex-start}img{display:block;border-right:1px solid #b8b8cc}</style>${imgs}`,
    );
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    const width = await page.evaluate(() => [...document.images].reduce((w, i) => w + i.naturalWidth + 1, 0));
    await page.setViewportSize({ width, height });
    await page.screenshot({ path });
  } finally {
    await page.close();
  }
}
