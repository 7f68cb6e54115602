/**
 * A task's options as form fields, built from the JSON Schema that GET /ai/tasks publishes.
 * An empty field is left out, so the task's own default applies.
 */
import { fill, h } from './dom.js';
import type { JsonSchema } from './types.js';

type Reader = () => { value?: unknown; error?: string };

export class OptionsForm {
  private readers = new Map<string, Reader>();

  constructor(private readonly container: HTMLElement) {}

  show(schema: JsonSchema | undefined): void {
    this.readers.clear();
    const properties = Object.entries(schema?.properties ?? {});
    if (properties.length === 0) {
      fill(this.container, h('p', { class: 'muted small' }, 'This task has no options.'));
      return;
    }
    const required = new Set(schema?.required ?? []);
    fill(this.container, properties.map(([name, prop]) => this.field(name, prop, required.has(name))));
  }

  /** The options to send, or the first problem found. */
  read(): { options: Record<string, unknown> } | { error: string } {
    const options: Record<string, unknown> = {};
    for (const [name, reader] of this.readers) {
      const { value, error } = reader();
      if (error) return { error: `${label(name)}: ${error}` };
      if (value !== undefined) options[name] = value;
    }
    return { options };
  }

  private field(name: string, prop: JsonSchema, required: boolean): HTMLElement {
    const id = `opt-${name}`;
    const helpId = `${id}-help`;
    const type = Array.isArray(prop.type) ? prop.type.find((t) => t !== 'null') : prop.type;
    const help: string[] = [];
    if (prop.description) help.push(prop.description);
    let control: HTMLInputElement | HTMLSelectElement;
    let reader: Reader;

    if (prop.enum) {
      const select = h('select', { id }, h('option', { value: '' }, required ? 'choose…' : 'default'), prop.enum.map((v) => h('option', { value: String(v) }, String(v))));
      control = select;
      reader = () => (select.value ? { value: select.value } : required ? { error: 'choose a value' } : {});
    } else if (type === 'boolean') {
      const select = h('select', { id }, h('option', { value: '' }, 'default'), h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no'));
      control = select;
      reader = () => (select.value ? { value: select.value === 'true' } : {});
    } else if (type === 'integer' || type === 'number') {
      const input = h('input', { id, type: 'number', inputmode: 'numeric', min: prop.minimum, max: prop.maximum, step: type === 'integer' ? 1 : 'any' });
      if (prop.minimum !== undefined || prop.maximum !== undefined) help.push(`${prop.minimum ?? '…'} to ${prop.maximum ?? '…'}`);
      control = input;
      reader = () => {
        if (input.value.trim() === '') return required ? { error: 'enter a number' } : {};
        const n = Number(input.value);
        return Number.isFinite(n) ? { value: n } : { error: 'not a number' };
      };
    } else if (type === 'array' && (prop.items?.type === 'string' || prop.items === undefined)) {
      const input = h('input', { id, type: 'text', autocomplete: 'off', placeholder: 'comma-separated, e.g. a, b, c' });
      help.push('Comma-separated list.');
      control = input;
      reader = () => {
        const items = input.value.split(',').map((s) => s.trim()).filter(Boolean);
        if (items.length === 0) return required ? { error: 'enter at least one value' } : {};
        return { value: items };
      };
    } else if (type === 'string') {
      const input = h('input', { id, type: 'text', autocomplete: 'off' });
      control = input;
      reader = () => (input.value.trim() ? { value: input.value.trim() } : required ? { error: 'required' } : {});
    } else {
      const input = h('input', { id, type: 'text', autocomplete: 'off', placeholder: 'JSON' });
      help.push('JSON value.');
      control = input;
      reader = () => {
        if (!input.value.trim()) return required ? { error: 'required' } : {};
        try {
          return { value: JSON.parse(input.value) as unknown };
        } catch {
          return { error: 'not valid JSON' };
        }
      };
    }
    if (required) control.setAttribute('aria-required', 'true');
    if (help.length) control.setAttribute('aria-describedby', helpId);
    this.readers.set(name, reader);
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label(name), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
      control,
      help.length ? h('small', { id: helpId, class: 'muted' }, help.join(' ')) : null,
    );
  }
}

function label(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
