/**
 * A per-process circuit breaker: CLOSED → OPEN after `threshold` consecutive faults, OPEN for
 * `resetTimeoutMs`, then one probe (HALF_OPEN) that closes or re-opens it.
 */
import type { CallOutcome, CircuitBreaker } from './types';

interface State {
  consecutiveFaults: number;
  openUntil: number;
  probing: boolean;
}

export interface MemoryBreakerOptions {
  threshold: number;
  resetTimeoutMs: number;
  now?: () => number;
}

export class MemoryCircuitBreaker implements CircuitBreaker {
  private readonly states = new Map<string, State>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  private state(provider: string): State {
    let s = this.states.get(provider);
    if (!s) {
      s = { consecutiveFaults: 0, openUntil: 0, probing: false };
      this.states.set(provider, s);
    }
    return s;
  }

  async allow(provider: string): Promise<boolean> {
    const s = this.state(provider);
    if (s.openUntil === 0) return true;
    if (this.now() < s.openUntil || s.probing) return false;
    s.probing = true;
    return true;
  }

  async record(provider: string, outcome: CallOutcome): Promise<void> {
    const s = this.state(provider);
    if (outcome === 'neutral') {
      s.probing = false;
      return;
    }
    if (outcome === 'success') {
      this.states.set(provider, { consecutiveFaults: 0, openUntil: 0, probing: false });
      return;
    }
    s.consecutiveFaults += 1;
    if (s.probing || s.consecutiveFaults >= this.options.threshold) {
      s.openUntil = this.now() + this.options.resetTimeoutMs;
    }
    s.probing = false;
  }
}
