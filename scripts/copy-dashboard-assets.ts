/**
 * Run by `npm run build` after the dashboard's own tsc pass: copies its static files (the page,
 * the stylesheet, the icon) from api/dashboard/public next to the compiled modules in dist/dashboard.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
cpSync(join(root, 'api', 'dashboard', 'public'), join(root, 'dist', 'dashboard'), { recursive: true });
