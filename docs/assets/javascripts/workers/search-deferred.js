// Material's search worker, with the index build held back on the tool pages.
//
// Why: building the search index takes about 0.7 s of CPU, and Material starts
// it on every page load. On a 2-core machine that ran at the same time as the
// tool's Python start-up and slowed it down (bench/run.py). The tool pages
// therefore name this worker instead (sitebuild/pyodide_bundle.py), and the
// index is built at once when the search field is opened or focused, and
// otherwise AFTER_READY_MS after Python is ready or has failed, when the user
// is reading the first question (engine.js sends both words). HOLD_MS is a
// safety net in case no word ever comes.
//
// Material's own search UI waits for the worker's "ready" answer before it
// sends a query, so a query typed meanwhile is answered once the index exists.
"use strict";

const HOLD_MS = 8000;
const AFTER_READY_MS = 1500;
const SETUP = 0; // Material's SearchMessageType.SETUP
const CHANNEL = "chikane-search";

let released = false;
let held = null;

function release() {
  if (released) return;
  released = true;
  if (held) {
    const data = held;
    held = null;
    self.dispatchEvent(new MessageEvent("message", { data }));
  }
}

// Registered before Material's handler, so a held message never reaches it.
self.addEventListener("message", (ev) => {
  if (!released && ev.data && ev.data.type === SETUP) {
    ev.stopImmediatePropagation();
    held = ev.data;
  }
});
if (typeof BroadcastChannel === "function") {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (ev) => {
    if (ev.data === "search") release();
    else if (ev.data === "engine") setTimeout(release, AFTER_READY_MS);
  };
  // The page may have sent its word before this worker was listening: ask for it again.
  channel.postMessage("hello");
}
setTimeout(release, HOLD_MS);

// The worker's file name carries Material's hash: it comes from the URL, and only
// a name of that form is accepted, so nothing else can be loaded through here.
const name = new URL(self.location.href).searchParams.get("worker") || "";
if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) {
  throw new Error("search-deferred.js: no valid ?worker= name");
}
importScripts(name);
