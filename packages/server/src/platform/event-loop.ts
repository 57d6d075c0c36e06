// Long work in steps hands the event loop back between steps. On the embedded database every statement runs
// synchronously inside this process, and a chain of awaited statements resolves through microtasks only, so
// without an explicit turn no timer, socket or other request would be served until the whole chain ends.
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
