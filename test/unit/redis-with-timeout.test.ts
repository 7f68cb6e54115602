/** withTimeout (shared/redis.ts), which bounds every Redis call made on a request's path. */
import { withTimeout } from '../../shared/redis';

const later = <T>(ms: number, settle: (resolve: (v: T) => void, reject: (e: unknown) => void) => void): Promise<T> =>
  new Promise<T>((resolve, reject) => setTimeout(() => settle(resolve, reject), ms));

describe('withTimeout', () => {
  it("passes on the promise's value, and its rejection as it is", async () => {
    await expect(withTimeout(Promise.resolve('PONG'), 1_000, 'redis ping')).resolves.toBe('PONG');
    const err = new Error('ERR unknown command');
    await expect(withTimeout(Promise.reject(err), 1_000, 'spend read')).rejects.toBe(err);
  });

  it('rejects naming what timed out once the time has passed, and a later rejection goes nowhere', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const slow = later<string>(200, (_, reject) => reject(new Error('connection closed')));
      await expect(withTimeout(slow, 20, 'fair admission')).rejects.toThrow('fair admission timed out after 20 ms');
      // No handler of our own on `slow`: only withTimeout's keeps its late rejection from going unhandled.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('leaves no timer behind once the promise has settled', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await withTimeout(Promise.resolve(1), 600_000, 'a read');
    await withTimeout(Promise.reject(new Error('x')), 600_000, 'a write').catch(() => undefined);
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});
