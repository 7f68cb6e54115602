/**
 * The setup of the tests that start a gateway per test in front of one mock provider: the mock is
 * started once for the file (describe block), its counts reset before each test, and the gateway
 * each test starts is stopped after it.
 */
import { startMockProvider, type MockProvider } from '../../../tools/mock-provider/server';
import { hookMade } from '../../helpers/hook-made';

export interface MockPerFile {
  readonly mock: MockProvider;
  /** Calls the mock has had for `model` since the test began. */
  calls(model: string): number;
  /** Returns `gateway`, stopped after the test. */
  stopAfterTest<G extends { stop(): Promise<void> }>(gateway: G): G;
}

/** Registers the hooks of the calling describe block. */
export function mockProviderPerFile(): MockPerFile {
  let mock: MockProvider | undefined;
  let gateway: { stop(): Promise<void> } | undefined;
  const started = (): MockProvider => hookMade(mock, 'the mock provider');
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock?.close();
  });
  beforeEach(() => started().reset());
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
  });
  return {
    get mock() {
      return started();
    },
    calls: (model) => started().counts.byModel[model] ?? 0,
    stopAfterTest(g) {
      gateway = g;
      return g;
    },
  };
}
