/**
 * Run by `npm run build` after tsc: copies the non-TypeScript files the compiled code reads at run
 * time (the Lua scripts) next to it in dist/, so dist/ runs on its own.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const ASSETS = ['shared/health/lua', 'shared/fair/lua', 'shared/spend/lua', 'api/middleware/lua'];

for (const dir of ASSETS) {
  cpSync(join(root, dir), join(root, 'dist', dir), { recursive: true });
}
