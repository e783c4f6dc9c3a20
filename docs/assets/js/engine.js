// The page side of the Python engine: starts the worker once and passes JSON
// requests to it. No decisions are made here; chikane.api answers everything.
//
//   import { ready, call, failure } from "./engine.js";
//   await ready;                       // resolves when Python is ready, rejects on failure
//   const response = await call({tool: "flow", state: ""});
//
// Start-up has a time limit: if Python is not ready within START_TIMEOUT_MS, the
// shells show a Danish message with a link to the static version (and take it
// away again if Python arrives after all). If the worker reports a blocked
// WebAssembly (CSP) or a missing file, that happens at once and `ready` rejects.

export const START_TIMEOUT_MS = 10000;
const CALL_TIMEOUT_MS = 15000;

export class EngineFailure extends Error {
  constructor(code, detail) {
    super(`${code}: ${detail}`);
    this.code = code;
    this.detail = detail;
  }
}

let worker = null;
let nextId = 1;
const calls = new Map();
let settle;
/** Start-up timings reported by the worker (ms since it started); for the benchmark. */
export const timings = {};
/** Set while the tools cannot be used: a hard failure, or start-up slower than the limit. */
export let failure = null;
export let isReady = false;
/** "failed" (detail: the EngineFailure) and "ready" events, for the shells. */
export const events = new EventTarget();

// Resolves when Python is ready, also when that happens after the time limit;
// rejects only on a failure that cannot recover (blocked WebAssembly, missing file).
export const ready = new Promise((resolve, reject) => {
  settle = { resolve, reject };
});
// Shells attach their own handlers; this one only keeps an early failure from
// being reported as an unhandled rejection.
ready.catch(() => {});

// Material's search index is built a little after Python has started, or at once
// when the search is opened (see assets/javascripts/workers/search-deferred.js).
// The word is kept and sent again when the search worker says "hello": a word sent
// before that worker was listening would be lost.
const searchChannel = typeof BroadcastChannel === "function" ? new BroadcastChannel("chikane-search") : null;
let searchWord = null; // null, "engine" (build it soon) or "search" (build it now)
function releaseSearch(word = "engine") {
  if (searchWord !== "search") searchWord = word;
  if (searchChannel) searchChannel.postMessage(searchWord);
}
if (searchChannel) {
  searchChannel.onmessage = (ev) => {
    if (ev.data === "hello" && searchWord) searchChannel.postMessage(searchWord);
  };
}
document.addEventListener("focusin", (ev) => {
  if (ev.target instanceof Element && ev.target.closest(".md-search")) releaseSearch("search");
});
document.getElementById("__search")?.addEventListener("change", () => releaseSearch("search"));

function fail(code, detail, { final = true } = {}) {
  if (isReady || (failure && failure.final)) return;
  failure = new EngineFailure(code, String(detail));
  failure.final = final;
  document.documentElement.dataset.engine = final ? "failed" : "slow";
  releaseSearch();
  events.dispatchEvent(new CustomEvent("failed", { detail: failure }));
  if (!final) return; // too slow: the static link is shown, but Python may still arrive
  settle.reject(failure);
  for (const { reject, timer } of calls.values()) {
    clearTimeout(timer);
    reject(failure);
  }
  calls.clear();
  if (worker) worker.terminate();
}

function start() {
  document.documentElement.dataset.engine = "loading";
  const timer = setTimeout(
    () => fail("timeout", `not ready after ${START_TIMEOUT_MS} ms`, { final: false }),
    START_TIMEOUT_MS,
  );
  performance.mark("chikane:worker"); // bench/run.py: when the worker was asked for
  try {
    worker = new Worker(new URL("./engine-worker.js", import.meta.url), { type: "module", name: "chikane" });
  } catch (err) {
    clearTimeout(timer);
    fail("worker", err);
    return;
  }
  worker.onerror = (ev) => {
    clearTimeout(timer);
    fail("worker", ev.message || "the worker script could not be loaded");
  };
  worker.onmessage = (ev) => {
    const msg = ev.data;
    if (msg.type === "ready") {
      clearTimeout(timer);
      if (failure && failure.final) return;
      Object.assign(timings, msg.timings);
      isReady = true;
      failure = null;
      document.documentElement.dataset.engine = "ready";
      performance.mark("chikane:ready"); // read by bench/run.py
      releaseSearch();
      settle.resolve();
      events.dispatchEvent(new Event("ready"));
    } else if (msg.type === "failed") {
      clearTimeout(timer);
      fail(msg.code, msg.detail);
    } else if (calls.has(msg.id)) {
      const { resolve, reject, timer: callTimer } = calls.get(msg.id);
      clearTimeout(callTimer);
      calls.delete(msg.id);
      if (msg.error !== undefined) reject(new EngineFailure("python", msg.error));
      else resolve(msg.response);
    }
  };
}

/**
 * Send one request to chikane.api. It is posted at once: the worker holds it until
 * Python is ready and answers it first thing, so a shell can ask ahead during
 * start-up. The time limit for the answer starts when Python is ready.
 */
export function call(request) {
  if (failure && failure.final) return Promise.reject(failure);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    calls.set(id, { resolve, reject, timer: null });
    worker.postMessage({ id, request });
    ready.then(() => {
      const pending = calls.get(id);
      if (!pending) return;
      pending.timer = setTimeout(() => {
        calls.delete(id);
        reject(new EngineFailure("call-timeout", `no answer after ${CALL_TIMEOUT_MS} ms`));
      }, CALL_TIMEOUT_MS);
    }, () => {});
  });
}

// Started when this module is evaluated: as a dependency of the deferred tools.js,
// i.e. once the page is parsed. Starting the worker earlier (from <script async>,
// or from an inline script while the page is parsed) was measured twice and did
// not make Python ready sooner on a 2-core machine: the CPU, not the order, is
// the limit.
start();

/**
 * A file in the worker's memory, for the case folder (sagsmappe.js):
 * {op: "write", path, bytes} | {op: "read" | "take" | "delete", path}. Paths are "filer/<id>",
 * "ind/<id>" or "ud/<id>"; the bytes (an ArrayBuffer) are handed over, not copied.
 */
export function file(op) {
  if (failure && failure.final) return Promise.reject(failure);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    calls.set(id, { resolve, reject, timer: null });
    worker.postMessage({ id, file: op }, op.bytes ? [op.bytes] : []);
  });
}
