/** What the fallback chain needs from a circuit breaker, whatever keeps its state. */
export type CallOutcome = 'success' | 'fault' | 'neutral';

export interface CircuitBreaker {
  /** False when the provider's circuit is open: the chain skips it at once. */
  allow(provider: string): Promise<boolean>;
  /** `fault` counts toward opening; `neutral` (a caller error) neither counts nor resets. */
  record(provider: string, outcome: CallOutcome): Promise<void>;
}
