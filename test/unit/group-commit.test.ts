import { GroupCommit } from '../../shared/group-commit';

describe('GroupCommit', () => {
  it('writes an item alone when idle, and gathers the items that arrive during a write into one batch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const firstWrite = new Promise<void>((r) => (release = r));
    const gc = new GroupCommit<number>(
      async (items) => {
        batches.push(items);
      },
      async (item) => {
        batches.push([item]);
        if (item === 1) await firstWrite;
      },
    );
    const first = gc.add(1);
    const rest = [2, 3, 4].map((n) => gc.add(n));
    release();
    await Promise.all([first, ...rest]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('retries each item of a failed batch alone, so only the bad item fails', async () => {
    const written: number[] = [];
    let release!: () => void;
    const hold = new Promise<void>((r) => (release = r));
    const gc = new GroupCommit<number>(
      async () => {
        throw new Error('batch refused');
      },
      async (item) => {
        if (item === 0) await hold;
        if (item === 13) throw new Error('bad item');
        written.push(item);
      },
    );
    const first = gc.add(0);
    const results = Promise.allSettled([12, 13, 14].map((n) => gc.add(n)));
    release();
    await first;
    expect((await results).map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(written.sort()).toEqual([0, 12, 14]);
  });
});
