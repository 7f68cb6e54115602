/**
 * Everything a bench run creates (processes, BullMQ queues, gateway Redis keys, scratch databases)
 * is registered here the moment it is created, and removed once: when its scenario ends, when the
 * run fails, or on Ctrl-C / SIGTERM. Steps run newest first; a failing step is reported and the
 * others still run.
 */
interface Step {
  what: string;
  run: () => Promise<void>;
  /** Set when the step starts; it leaves the list only once this settles. */
  done?: Promise<void>;
}

export class Cleanup {
  private steps: Step[] = [];
  private all: Promise<void> | undefined;

  /** Registers a step; the answer runs it now (once) and unregisters it, e.g. when a scenario ends normally. */
  add(what: string, run: () => Promise<void>): () => Promise<void> {
    const step: Step = { what, run };
    this.steps.push(step);
    return () => this.runOnce(step);
  }

  /**
   * Runs every registered step, newest first; safe to call more than once. A step already running
   * (a scenario stopping its stack as Ctrl-C arrives) is waited for, not skipped: exiting under it
   * would leave its queue and database half-removed.
   */
  runAll(): Promise<void> {
    this.all ??= (async () => {
      while (this.steps.length > 0) await this.runOnce(this.steps[this.steps.length - 1] as Step);
    })();
    return this.all;
  }

  private runOnce(step: Step): Promise<void> {
    step.done ??= (async () => {
      await runStep(step);
      this.steps = this.steps.filter((s) => s !== step);
    })();
    return step.done;
  }

  /** Ctrl-C or SIGTERM: clean up, then exit 130 / 143. A second signal exits at once. */
  exitOnSignals(): void {
    let signalled = false;
    const handle = (signal: NodeJS.Signals) => {
      const code = signal === 'SIGINT' ? 130 : 143;
      if (signalled) {
        process.stderr.write(`${signal} again: exiting without finishing the clean-up\n`);
        process.exit(code);
      }
      signalled = true;
      process.stderr.write(`${signal}: removing what this run created...\n`);
      void this.runAll().finally(() => process.exit(code));
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  }
}

async function runStep(step: Step): Promise<void> {
  try {
    await step.run();
  } catch (err) {
    process.stderr.write(`clean-up of ${step.what} failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
