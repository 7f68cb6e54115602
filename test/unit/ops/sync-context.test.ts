import { createContextKey, ROOT_CONTEXT } from '@opentelemetry/api';
import { SyncContextManager } from '../../../shared/tracing/sync-context';

const KEY = createContextKey('test key');
const outer = ROOT_CONTEXT.setValue(KEY, 'outer');
const inner = ROOT_CONTEXT.setValue(KEY, 'inner');

describe('SyncContextManager (a worker-only process tracks no async context)', () => {
  it('keeps the context for the synchronous part of `with` only, nested, and restores it after a throw', async () => {
    const manager = new SyncContextManager();
    let afterAwait: unknown = 'unset';
    const pending = manager.with(outer, async () => {
      expect(manager.active().getValue(KEY)).toBe('outer');
      manager.with(inner, () => expect(manager.active().getValue(KEY)).toBe('inner'));
      expect(manager.active().getValue(KEY)).toBe('outer');
      await Promise.resolve();
      afterAwait = manager.active().getValue(KEY);
    });
    expect(manager.active()).toBe(ROOT_CONTEXT);
    await pending;
    expect(afterAwait).toBeUndefined();
    expect(() =>
      manager.with(outer, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(manager.active()).toBe(ROOT_CONTEXT);
  });

  it('binds a function to a context, passing its arguments and this', () => {
    const manager = new SyncContextManager();
    const bound = manager.bind(outer, function (this: { n: number }, add: number) {
      return `${String(manager.active().getValue(KEY))} ${this.n + add}`;
    });
    expect(bound.call({ n: 1 }, 2)).toBe('outer 3');
    expect(manager.bind(outer, 42)).toBe(42);
  });
});
