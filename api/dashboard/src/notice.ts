/** The page-wide banner for problems with access (401, 403, 429): what happened and what to do. */
import { ApiError, explain } from './api.js';
import { byId, fill, h } from './dom.js';

let lastText = '';

export function showAccessProblem(error: ApiError): void {
  const box = byId('notice');
  const text = explain(error);
  if (!box.hidden && text === lastText) return; // several panels hit the same 401; say it once
  lastText = text;
  const focusKey = h('button', { type: 'button', class: 'link-button' }, 'Go to the API key field');
  focusKey.addEventListener('click', () => byId<HTMLInputElement>('api-key').focus());
  const close = h('button', { type: 'button', class: 'icon-button', 'aria-label': 'Dismiss message' }, '×');
  close.addEventListener('click', clearNotice);
  box.className = `notice notice-${error.status}`;
  fill(box, h('p', { 'data-status': String(error.status) }, text), error.status === 401 || error.status === 403 ? focusKey : null, close);
  box.hidden = false;
}

export function clearNotice(): void {
  const box = byId('notice');
  box.hidden = true;
  box.replaceChildren();
  lastText = '';
}
