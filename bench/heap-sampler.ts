/**
 * Preloaded into the API and the workers by `npm run bench -- --heap-profile`
 * (`node --require dist/bench/heap-sampler.js …`): V8's sampling heap profiler over the whole life
 * of the process, counting the objects the garbage collector has already taken as well. That is
 * what says which allocations make the garbage; Node's own `--heap-prof` keeps only what is still
 * alive at exit. Writes bench/profiles/heap-<api|worker>-<pid>.heapprofile at exit, read by
 * `node dist/bench/top-allocations.js`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { basename, dirname, join } from 'node:path';

/** One sample per 32 KiB allocated on average: fine enough for shares of a few tenths of a percent. */
const SAMPLING_INTERVAL_BYTES = 32 * 1024;
const PROFILE_DIR = join(__dirname, '..', '..', 'bench', 'profiles');

const session = new Session();
session.connect();
session.post('HeapProfiler.startSampling', {
  samplingInterval: SAMPLING_INTERVAL_BYTES,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

// The in-process inspector answers synchronously, so an exit handler can still stop and write.
process.on('exit', () => {
  session.post('HeapProfiler.stopSampling', (err, result) => {
    if (err) return;
    mkdirSync(PROFILE_DIR, { recursive: true });
    const role = basename(dirname(process.argv[1] ?? 'unknown')); // dist/api/main.js → api
    writeFileSync(join(PROFILE_DIR, `heap-${role}-${process.pid}.heapprofile`), JSON.stringify(result.profile));
  });
});
