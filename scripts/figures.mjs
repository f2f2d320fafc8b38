#!/usr/bin/env node
// `pnpm docs:figures`: measures bundle sizes into docs/figures.json and rewrites every figures region in the docs.
// Speed figures are not re-measured here (they vary run to run): regions quote the committed `pnpm bench` results.
import { spawnSync } from 'node:child_process';

const run = spawnSync(process.execPath, [new URL('size.mjs', import.meta.url).pathname, '--write'], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
