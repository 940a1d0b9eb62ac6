// A large JSON body parsed on a thread of its own. Parsing 30 MB of articles holds a thread for a
// second or more, and so would one structured clone of the result; here the thread parses and
// sends the value back in pieces, the elements of its top-level arrays in runs of about 256 KB, the
// next run only once this thread asks for it (a port delivers all the messages waiting in one go),
// so that this thread takes them one at a time (a few milliseconds each) between the requests it
// answers.
import { Worker } from "node:worker_threads";

/** Bodies from this size on are parsed off the thread (smaller ones cost under a few ms). */
export const OFF_THREAD_BYTES = 1024 * 1024;

// CommonJS, run with eval: no module file to find, from src/ or dist/ alike. A key "__proto__" or
// "constructor.prototype" is refused, as Fastify's own parser refuses them.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const poisoned = (k, v) => k === "__proto__" || (k === "constructor" && v !== null && typeof v === "object" && Object.prototype.hasOwnProperty.call(v, "prototype"));
try {
  const value = JSON.parse(Buffer.from(workerData.buffer, workerData.byteOffset, workerData.byteLength).toString("utf8"), (k, v) => {
    if (poisoned(k, v)) throw new SyntaxError("the body holds a __proto__ or constructor.prototype key");
    return v;
  });
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const head = {};
    const arrays = [];
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(v)) arrays.push([k, v]);
      else head[k] = v;
    }
    const items = arrays.flatMap(([, v]) => v);
    let next = 0;
    // a run of items each time this thread is asked: about 256 KB of JSON, at least one item
    parentPort.on("message", () => {
      const run = [];
      for (let size = 0; next < items.length && (run.length === 0 || size < 262144); next++) {
        const item = items[next];
        size += typeof item === "string" ? item.length : item !== null && typeof item === "object" ? JSON.stringify(item).length : 8;
        run.push(item);
      }
      parentPort.postMessage({ items: run });
    });
    parentPort.postMessage({ head, arrays: arrays.map(([k, v]) => [k, v.length]) });
  } else {
    parentPort.postMessage({ whole: value });
  }
} catch (e) {
  parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
`;

type Message = { head: Record<string, unknown>; arrays: [string, number][] } | { items: unknown[] } | { whole: unknown } | { error: string };

/** The body's value; rejects with a 400 error (statusCode 400) when it is not JSON. */
export function parseJsonOffThread(body: Buffer): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: body });
    let result: Record<string, unknown> | null = null;
    // the arrays being filled, in order: [key, items so far, length]
    const pending: [string, unknown[], number][] = [];
    let settled = false;
    const finish = (error: Error | null, value?: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const maybeDone = () => {
      while (pending.length && pending[0][1].length === pending[0][2]) pending.shift();
      if (!pending.length) return finish(null, result);
      // the next item, after a turn of the event loop
      setImmediate(() => worker.postMessage("next"));
    };
    worker.on("message", (m: Message) => {
      if ("error" in m) return finish(Object.assign(new Error(`Body is not valid JSON: ${m.error}`), { statusCode: 400 }));
      if ("whole" in m) return finish(null, m.whole);
      if ("head" in m) {
        result = { ...m.head };
        for (const [key, length] of m.arrays) {
          const items: unknown[] = [];
          result[key] = items;
          pending.push([key, items, length]);
        }
        return maybeDone();
      }
      for (const item of m.items) {
        // past the full arrays: each array takes its own length, in order
        while (pending.length && pending[0][1].length === pending[0][2]) pending.shift();
        pending[0]?.[1].push(item);
      }
      maybeDone();
    });
    worker.on("error", (e) => finish(e));
    worker.on("exit", (code) => finish(new Error(`the JSON parser's thread stopped (exit ${code})`)));
  });
}
