export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __TEST_CONTAINERS__?: { stop(): Promise<unknown> }[] }).__TEST_CONTAINERS__ ?? [];
  await Promise.all(started.map((c) => c.stop()));
}
