/**
 * The API-key helper: a hint for first-time users, the key kept in localStorage (`aigw_api_key`),
 * and a "Use demo key" button when the gateway has a demo key configured.
 */
import { storeKey, storedKey } from './api.js';
import { byId } from './dom.js';
import { clearNotice } from './notice.js';

export function setUpKeyHelper(demoKey: string | null, onChange: () => void): void {
  const form = byId<HTMLFormElement>('key-form');
  const input = byId<HTMLInputElement>('api-key');
  const toggle = byId<HTMLButtonElement>('key-toggle');
  const clear = byId<HTMLButtonElement>('key-clear');
  const demo = byId<HTMLButtonElement>('key-demo');
  const status = byId('key-status');
  const hint = byId('key-hint');

  const show = (message: string) => {
    status.textContent = message;
  };
  const refreshHint = () => {
    hint.hidden = Boolean(storedKey());
  };

  input.value = storedKey() ?? '';
  show(input.value ? 'A key is saved in this browser and sent with every request.' : '');
  refreshHint();

  const use = (key: string, message: string) => {
    storeKey(key);
    input.value = key;
    show(message);
    refreshHint();
    clearNotice();
    onChange();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = input.value.trim();
    if (!key) {
      show('Type or paste a key first.');
      input.focus();
      return;
    }
    use(key, 'Key saved in this browser (localStorage) and sent as X-API-Key.');
  });

  clear.addEventListener('click', () => {
    storeKey(null);
    input.value = '';
    show('Key removed from this browser.');
    refreshHint();
    onChange();
    input.focus();
  });

  toggle.addEventListener('click', () => {
    const reveal = input.type === 'password';
    input.type = reveal ? 'text' : 'password';
    toggle.textContent = reveal ? 'Hide' : 'Show';
    toggle.setAttribute('aria-pressed', String(reveal));
  });

  if (demoKey) {
    demo.hidden = false;
    demo.addEventListener('click', () => use(demoKey, 'Using the demo key. It is saved in this browser.'));
  }
}
