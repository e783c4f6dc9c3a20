// Thin shells for the two tools. No decisions here: Python (chikane.api) returns
// the HTML to show (escaped by Python), and these functions only send requests,
// insert the answer, move focus, announce, keep the URL and show working/error states.
//
// The build adds this module, the workplace JSON and preload hints to every page
// that has a [data-tool] element (tools/sitebuild/pyodide_bundle.py).
import * as engine from "./engine.js";

const WORKING_TEXT = "Et øjeblik …";

// ---------------------------------------------------------------- helpers

function workplace() {
  const el = document.getElementById("arbejdsplads");
  if (!el) return undefined;
  try {
    return JSON.parse(el.textContent);
  } catch {
    return undefined;
  }
}

/** Local wall time with its UTC offset, e.g. 2026-11-25T10:00:00+01:00. */
export function localNow(d = new Date()) {
  const p = (n) => String(Math.abs(n)).padStart(2, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return (
    `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}` +
    `T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}` +
    `${sign}${p(Math.trunc(off / 60))}:${p(off % 60)}`
  );
}

/**
 * Parameters from the URL. Answers are written to the fragment (#svar=…): a browser never
 * sends the fragment to the server, so they stay out of the intranet server's logs.
 * The query string is still read, so older links keep working.
 */
function urlParam(name) {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get(name);
  return fromHash ?? new URLSearchParams(location.search).get(name);
}

function localToday(d = new Date()) {
  return localNow(d).slice(0, 10);
}

function errorList(errors) {
  // Python's messages are plain text: build the list with textContent, never innerHTML.
  const box = document.createElement("div");
  box.className = "tool-error admonition failure";
  box.setAttribute("role", "alert");
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = "Det kunne ikke beregnes";
  const list = document.createElement("ul");
  for (const e of errors && errors.length ? errors : [{ message: "Ukendt fejl." }]) {
    const li = document.createElement("li");
    li.textContent = String(e.message ?? e);
    list.append(li);
  }
  box.append(title, list);
  return box;
}

/** The Danish message shown when Python cannot start (or is slow to); points to the static version. */
function failureBox(staticUrl, staticText) {
  const slow = engine.failure && !engine.failure.final;
  const box = document.createElement("div");
  box.className = "tool-failure admonition warning";
  box.setAttribute("role", "alert");
  box.dataset.engineFailure = engine.failure ? engine.failure.code : "unknown";
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = slow ? "Værktøjet er længe om at starte" : "Værktøjet kan ikke starte i din browser";
  const text = document.createElement("p");
  text.textContent = slow
    ? "Beregningen kører i din browser, og den er ikke klar endnu. Du kan vente, eller bruge udgaven uden beregning. " +
      "Når værktøjet er klar, forsvinder denne besked."
    : "Beregningen kører i din browser, men den kunne ikke starte her. " +
      "Det kan skyldes din browser eller en sikkerhedsindstilling på netværket.";
  const link = document.createElement("p");
  const a = document.createElement("a");
  a.href = staticUrl;
  a.textContent = staticText;
  link.append(a);
  box.append(title, text, link);
  return box;
}

/** After this long, a direct result link that waits for Python also offers the pages without calculation. */
export const LINK_WAIT_SLOW_MS = 4000;

/**
 * The wait for a direct link (…#svar=…) while Python starts: a visible message that says what happens,
 * and, if it takes long, the pages without calculation. The page under it stays usable (112/114 too):
 * nothing is dimmed or blocked, and nothing is shown as her answer before Python has answered.
 */
function linkWait(container, where, staticUrl) {
  const box = document.createElement("div");
  box.className = "flow-link-wait admonition info";
  box.setAttribute("role", "status");
  const title = document.createElement("p");
  title.className = "admonition-title";
  title.textContent = "Dit svar bliver beregnet";
  const text = document.createElement("p");
  text.textContent = "Beregningen starter i din browser. Det tager normalt et par sekunder. Dit svar kommer her, når det er klar.";
  box.append(title, text);
  where.before(box);
  container.setAttribute("aria-busy", "true");
  const timer = setTimeout(() => {
    const more = document.createElement("p");
    more.textContent = "Det tager længere end normalt. Du kan vente, eller gå spørgsmålene igennem uden beregning: ";
    const a = document.createElement("a");
    a.href = staticUrl;
    a.textContent = "Brug spørgsmålene uden beregning";
    more.append(a);
    box.append(more);
    box.dataset.slow = "true";
  }, LINK_WAIT_SLOW_MS);
  // If Python fails or passes its start-up limit, the failure message (with the same way out) takes over.
  const gone = () => box.remove();
  engine.events.addEventListener("failed", gone, { once: true });
  return () => {
    clearTimeout(timer);
    engine.events.removeEventListener("failed", gone);
    box.remove();
    container.setAttribute("aria-busy", "false");
  };
}

/**
 * The value of one top-level key of a JSON object given as text, parsed; undefined if the key is
 * not there. Only the value's own characters are read and parsed. In JSON text a quote that is not
 * escaped is a string's edge, so `"<key>":{` can only be a key (a quote inside a string is `\"`).
 * The keys here are flow states (ids, dots, commas, hyphens), written as they are. A state found
 * inside a step's "next" is Python's answer for that state too (the lookahead the shell shows anyway).
 */
export function earlyEntry(text, key) {
  const at = text.indexOf(JSON.stringify(key) + ":{");
  if (at < 0) return undefined;
  const start = text.indexOf("{", at + JSON.stringify(key).length);
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) {
      try {
        return JSON.parse(text.slice(start, i + 1));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The answers inlined in the page (script.flow-early) by state; empty if absent or unreadable. */
function parseInline(script) {
  try {
    return new Map(Object.entries(JSON.parse(script?.textContent || "{}")));
  } catch {
    return new Map();
  }
}

/**
 * Lay out, once and out of sight, one step of each kind the first tap can show (a form with
 * boxes, a list of answer links), and take it away in the same task: nothing is painted, read
 * or focused. A cold page pays for its first use of a style rule (parsing the rule's
 * declarations, font look-ups) at that moment: paid here, while the person reads the first
 * question, the first tap costs a fifth of the style work (bench/run.py, «early tap»).
 */
function warmStyles(view, answers) {
  const kinds = new Map();
  for (const r of answers.values()) {
    if (!r || !r.ok || !r.html) continue;
    const kind = r.html.includes("flow-multi") ? "multi" : r.html.includes("flow-option") ? "links" : "other";
    if (!kinds.has(kind)) kinds.set(kind, r.html);
  }
  if (!kinds.size) return;
  const box = document.createElement("div");
  box.className = view.className;
  box.setAttribute("aria-hidden", "true");
  box.inert = true;
  box.style.cssText = "position:absolute;left:-10000px;top:0;width:" + (view.clientWidth || 320) + "px;visibility:hidden";
  box.innerHTML = [...kinds.values()].join("");
  view.after(box);
  void box.offsetHeight; // style and layout now
  box.remove();
}

function setWorking(container, status, on) {
  container.setAttribute("aria-busy", on ? "true" : "false");
  container.classList.toggle("tool-working", on);
  if (on) status.textContent = WORKING_TEXT;
}

/**
 * Focus the new step's heading. The browser's own scroll would put the heading just under the
 * sticky header and hide what the step shows above it («Er du i fare nu? Ring 112»): so focus
 * without scrolling, and show the step from its top when that top, or the heading, is out of sight.
 */
function focusHeading(view) {
  const h = view.querySelector("h2, h3, [tabindex='-1']");
  if (h) {
    if (!h.hasAttribute("tabindex")) h.setAttribute("tabindex", "-1");
    h.focus({ preventScroll: true });
    const room = parseFloat(getComputedStyle(view).scrollMarginTop) || 0;
    if (view.getBoundingClientRect().top < room || h.getBoundingClientRect().bottom > innerHeight) {
      view.scrollIntoView({ block: "start" });
    }
  }
}

function handleFailure(container, status, where, staticUrl, staticText) {
  setWorking(container, status, false);
  status.textContent = "";
  container.querySelector(".tool-failure")?.remove();
  where.before(failureBox(staticUrl, staticText));
}

/** Show the start-up message when the engine fails or is slow; take it away if Python arrives. */
function watchEngine(container, status, where, staticUrl, staticText) {
  const failed = () => {
    container.dataset.engine = engine.failure && engine.failure.final ? "failed" : "slow";
    handleFailure(container, status, where, staticUrl, staticText);
  };
  engine.events.addEventListener("failed", failed);
  engine.events.addEventListener("ready", () => {
    container.dataset.engine = "ready";
    container.querySelector(".tool-failure")?.remove();
  });
  if (engine.isReady) container.dataset.engine = "ready";
  else if (engine.failure) failed();
}

// ---------------------------------------------------------------- «Er det strafbart?»

function showError(container, status, where, errors, focus) {
  setWorking(container, status, false);
  container.querySelector(".tool-error")?.remove();
  const box = errorList(errors);
  box.setAttribute("tabindex", "-1");
  where.before(box);
  status.textContent = "Fejl: " + [...box.querySelectorAll("li")].map((li) => li.textContent).join(" ");
  container.dataset.state = "error";
  if (focus) box.focus();
}

function setupFlow(container) {
  const view = container.querySelector(".flow-view") || container;
  let status = container.querySelector(".flow-status");
  if (!status) {
    status = document.createElement("div");
    status.className = "flow-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    container.prepend(status);
  }
  const initialHtml = view.innerHTML;
  const baseTitle = document.title; // each step gets its own title, for history and screen readers
  const staticUrl = container.dataset.staticUrl || "./";
  const wp = workplace();
  let seq = 0;

  const stateFromUrl = () => urlParam("svar");
  let shown = stateFromUrl() || ""; // the state on screen, so one URL change is handled once

  // Python's answers for the states one answer ahead (its "next"), so a chosen
  // option is shown at once; the shell only looks them up by state.
  let ahead = new Map();
  // Python's answers for the first tap, computed at build time (sitebuild.flow_pages.early_answers):
  // a tap before Python is ready is answered from here, within the click. Question steps only.
  // The first answers with one choice are in the page itself (script.flow-early), so a tap at the
  // page's first moment waits for no request. The file (about 0.4 MB) holds the rest; it is kept as
  // text and never parsed whole while the page starts: a tap parses only its own answer (earlyEntry).
  let early = null;
  // Parsed now, while the page starts (about 25 kB, a fraction of a ms), so a tap only looks up its state.
  const inline = parseInline(container.querySelector("script.flow-early"));
  warmStyles(view, inline);
  const earlyParsed = new Map();
  const earlyLoaded = container.dataset.early
    ? fetch(new URL(container.dataset.early, location.href))
      .then((r) => (r.ok ? r.text() : null))
      .then((text) => { early = text; performance.mark("chikane:early"); }, () => {}) // bench/run.py reads the mark
    : Promise.resolve();
  const fromEarly = (state) => {
    if (!early) return inline.get(state); // the file's copy carries the next step too
    if (!earlyParsed.has(state)) earlyParsed.set(state, earlyEntry(early, state));
    return earlyParsed.get(state);
  };
  const ask = (state) => engine.call({ tool: "flow", state, workplace: wp, today: localToday(), lookahead: true });
  const keepAhead = (response) => {
    ahead = new Map(Object.entries((response && response.ok && response.next) || {}));
    container.dataset.ahead = String(ahead.size); // how many next steps are ready (read by the tests)
  };
  function prefetch(state) {
    ask(state).then((response) => { if (state === shown) keepAhead(response); }, () => {});
  }

  async function show(state, { push, focus, fromLink = false }) {
    const mine = ++seq;
    let response = ahead.get(state) || fromEarly(state);
    if (!response && !early && !engine.isReady) {
      // The build's answers are still on their way (a few ms after first paint): wait for them, not for Python.
      await earlyLoaded;
      if (mine !== seq) return;
      response = fromEarly(state);
    }
    const fromAhead = Boolean(response);
    if (!fromAhead) {
      // Opened from a link while Python starts: say so, and leave the page usable meanwhile.
      const endWait = fromLink && !engine.isReady ? linkWait(container, view, staticUrl) : null;
      if (!endWait) setWorking(container, status, true);
      try {
        response = await ask(state);
      } catch (err) {
        endWait?.();
        if (mine !== seq) return;
        if (engine.failure) handleFailure(container, status, view, staticUrl, "Brug spørgsmålene uden beregning");
        else showError(container, status, view, [{ message: "Der skete en fejl i beregningen. Prøv igen." }], focus);
        return;
      }
      endWait?.();
      if (mine !== seq) return; // a newer click won
      keepAhead(response);
    }
    setWorking(container, status, false);
    container.querySelector(".tool-error")?.remove();
    if (!response.ok) {
      showError(container, status, view, response.errors, focus);
      return;
    }
    view.innerHTML = response.html;
    // A printed result shows where its links lead (display only; the addresses are the links' own).
    for (const a of view.querySelectorAll(".flow-result a[href]")) a.dataset.printHref = a.href;
    shown = response.state;
    if (fromAhead) {
      if (response.next) keepAhead(response); // a build-time answer may carry the next step's answers too
      prefetch(shown); // the step after this one, asked of Python while the user reads
    }
    document.title = `${response.title} – ${baseTitle}`;
    container.dataset.state = response.complete ? "result" : "question";
    // Announced, not shown: the heading that gets focus already says it (usability §9).
    status.textContent = response.complete ? "Resultatet er klart." : "Næste spørgsmål.";
    // Commas (several choices) stay readable in the address; the state holds ids only.
    if (push) history.pushState({ svar: response.state }, "", location.pathname + "#svar=" + encodeURIComponent(response.state).replace(/%2C/g, ","));
    if (focus) focusHeading(view);
  }

  function restoreInitial(focus) {
    seq++;
    prefetch("");
    container.querySelector(".tool-error")?.remove();
    view.innerHTML = initialHtml;
    shown = "";
    document.title = baseTitle;
    setWorking(container, status, false);
    status.textContent = "Første spørgsmål.";
    container.dataset.state = "question";
    if (focus) focusHeading(view);
  }

  container.addEventListener("click", (ev) => {
    const printer = ev.target.closest("[data-action='print']");
    if (printer && container.contains(printer)) {
      ev.preventDefault();
      window.print();
      return;
    }
    // Only an answer link carries data-svar. (The container's own data-state says what it
    // shows; reading that as an answer made every other tap an error.)
    const el = ev.target.closest("a[data-svar]");
    if (!el || !container.contains(el)) return;
    // Let the browser open links in a new tab/window as usual.
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    if (engine.failure) return; // failed or slow: the plain link leads to the static pages
    ev.preventDefault();
    const state = el.dataset.svar;
    if (state === "") {
      history.pushState({ svar: "" }, "", location.pathname);
      restoreInitial(true);
      return;
    }
    show(state, { push: true, focus: true });
  });

  // A link that says it is a button (role="button") must act like one: Space activates it, on
  // release as a native button does (Enter already follows the link). The page must not scroll.
  container.addEventListener("keydown", (ev) => {
    if (ev.key !== " " || ev.repeat) return;
    const el = ev.target.closest("a[role='button']");
    if (el && container.contains(el)) ev.preventDefault();
  });
  container.addEventListener("keyup", (ev) => {
    if (ev.key !== " ") return;
    const el = ev.target.closest("a[role='button']");
    if (!el || !container.contains(el)) return;
    ev.preventDefault();
    el.click();
  });

  // A printed or saved result shows its sources and answers: open the collapsed parts first.
  window.addEventListener("beforeprint", () => {
    for (const d of view.querySelectorAll(".flow-result details")) d.open = true;
  });

  // A multiple-choice question is a form: its answer is the checked options, in their order.
  container.addEventListener("submit", (ev) => {
    const form = ev.target.closest("form.flow-multi");
    if (!form || !container.contains(form)) return;
    if (engine.failure) return; // failed or slow: the form leads to the static page of the question
    ev.preventDefault();
    const picked = [...form.querySelectorAll("input[type=checkbox]:checked")].map((el) => el.value);
    const base = form.dataset.base;
    const state = (base ? base + "-" : "") + form.dataset.question + "." + picked.join(",");
    show(state, { push: true, focus: true });
  });

  // Back/Forward fire popstate; a link or an edited address that changes only the
  // fragment fires hashchange (and sometimes popstate too): handle each state once.
  const onUrlChange = () => {
    const state = stateFromUrl() || "";
    if (state === shown) return;
    if (!state) restoreInitial(true);
    else show(state, { push: false, focus: true });
  };
  window.addEventListener("popstate", onUrlChange);
  window.addEventListener("hashchange", onUrlChange);

  const first = stateFromUrl();
  if (first) show(first, { push: false, focus: false, fromLink: true });
  else {
    container.dataset.state = "question";
    prefetch(""); // answered once Python is ready: the pre-rendered first question's options
  }

  watchEngine(container, status, view, staticUrl, "Brug spørgsmålene uden beregning");
}

// ---------------------------------------------------------------- Fristberegneren

const MINUTE = 60 * 1000;

function formRequest(form) {
  // Field names are the engine's request keys. Checkbox groups become lists;
  // empty optional fields are left out so Python applies its defaults.
  const req = {};
  for (const el of form.elements) {
    if (!el.name || el.disabled) continue;
    if (el.type === "checkbox") {
      if (el.dataset.single !== undefined) req[el.name] = el.checked;
      else {
        req[el.name] = req[el.name] || [];
        if (el.checked) req[el.name].push(el.value);
      }
    } else if (el.type === "radio") {
      // data-json radios carry true/false; an empty value means "not stated".
      if (el.checked && el.value !== "") req[el.name] = el.dataset.json !== undefined ? JSON.parse(el.value) : el.value;
    } else if (el.value.trim() !== "") {
      req[el.name] = el.value;
    }
  }
  return req;
}

/**
 * Prefill from the link. Only what another tool hands over may be preset: the flow hands over offences
 * (security review F3). Only values the form itself offers are taken, and whatever is preset is shown:
 * the options are opened and a visible note names each preset offence before she calculates.
 */
const PREFILLABLE = ["offences"];

function prefill(form) {
  const entries = [...new URLSearchParams(location.search), ...new URLSearchParams(location.hash.slice(1))];
  const preset = [];
  for (const [name, raw] of entries) {
    if (!PREFILLABLE.includes(name)) continue;
    const values = raw.split(",");
    for (const el of form.querySelectorAll("input[type=checkbox]")) {
      if (el.name !== name || el.dataset.single !== undefined) continue;
      if (values.includes(el.value) && !el.checked) {
        el.checked = true;
        preset.push(el);
      }
    }
  }
  if (!preset.length) return;
  const details = preset[0].closest("details");
  if (details) details.open = true;
  const note = form.querySelector(".frister-forudfyldt");
  if (!note) return;
  const names = preset.map((el) => form.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent.split(" — ")[0] || el.value);
  note.textContent = `Forudfyldt fra «Er det strafbart?»: ${names.join(", ")}. Ret det, hvis det ikke passer.`;
  note.hidden = false;
}

function download(filename, text, type) {
  // Built in the browser: nothing leaves the machine.
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), MINUTE);
}

/** Take away the marks of the last errors: aria-invalid and each field's own message. */
function clearFieldErrors(form) {
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const own of form.querySelectorAll(".frister-fejl")) {
    const input = form.querySelector(`[aria-describedby~="${own.id}"]`);
    if (input) {
      const rest = input.getAttribute("aria-describedby").split(" ").filter((id) => id !== own.id);
      if (rest.length) input.setAttribute("aria-describedby", rest.join(" "));
      else input.removeAttribute("aria-describedby");
    }
    own.remove();
  }
}

/**
 * Each error is shown at its own field too (and the field marked), so a person on a phone sees it
 * where she types; the list at the top of the form links to each field. A field inside the closed
 * «Flere oplysninger» is opened. Messages are Python's plain text: textContent only.
 */
function markFieldErrors(form, box, errors) {
  const items = box.querySelectorAll("li");
  errors.forEach((err, i) => {
    const input = err.field && form.elements.namedItem(err.field);
    const el = input instanceof RadioNodeList ? input[0] : input;
    if (!el || !el.id) return;
    el.setAttribute("aria-invalid", "true");
    const own = document.createElement("span");
    own.className = "frister-fejl";
    own.id = `${el.id}-fejl`;
    own.textContent = String(err.message ?? "");
    (el.type === "checkbox" || el.type === "radio" ? el.closest("p") : el).before(own);
    el.setAttribute("aria-describedby", [own.id, el.getAttribute("aria-describedby")].filter(Boolean).join(" "));
    const details = el.closest("details");
    if (details) details.open = true;
    const li = items[i];
    if (li) {
      const a = document.createElement("a");
      a.href = `#${el.id}`;
      a.textContent = li.textContent;
      a.addEventListener("click", (ev) => { ev.preventDefault(); el.focus(); });
      li.replaceChildren(a);
    }
  });
}

function setupDeadlines(container) {
  const form = container.querySelector("form");
  const result = container.querySelector(".frister-result");
  const status = container.querySelector(".frister-status");
  const icsButton = container.querySelector("[data-action='ics']");
  const printButton = container.querySelector("[data-action='print']");
  const staticUrl = container.dataset.staticUrl || "#uden-javascript";
  const wp = workplace();
  let last = null; // the last request that gave a result, for the countdown and the .ics
  let timer = null;
  let seq = 0;

  prefill(form);

  async function compute({ focus, quiet }) {
    const fields = formRequest(form);
    const mine = ++seq;
    if (!quiet) setWorking(container, status, true);
    let response;
    try {
      response = await engine.call({ tool: "frister", now: localNow(), ...fields, workplace: wp });
    } catch {
      if (mine !== seq) return;
      if (engine.failure) handleFailure(container, status, form, staticUrl, "Se fristerne uden beregneren");
      else {
        setWorking(container, status, false);
        result.replaceChildren(errorList([{ message: "Der skete en fejl i beregningen. Prøv igen." }]));
      }
      return;
    }
    if (mine !== seq) return;
    setWorking(container, status, false);
    container.querySelector(".tool-error")?.remove();
    clearFieldErrors(form);
    if (!response.ok) {
      last = null;
      clearInterval(timer);
      result.replaceChildren();
      if (icsButton) icsButton.hidden = true;
      const box = errorList(response.errors);
      box.setAttribute("tabindex", "-1");
      // At the top of the form, where the fields begin; the box is an alert, so the status line
      // stays empty (the message is said and shown once).
      form.prepend(box);
      markFieldErrors(form, box, response.errors);
      status.textContent = "";
      container.dataset.state = "error";
      if (focus) box.focus();
      return;
    }
    result.innerHTML = response.html;
    last = fields;
    if (icsButton) icsButton.hidden = false;
    if (printButton) printButton.hidden = false;
    container.dataset.state = "result";
    if (!quiet) {
      status.textContent = "Fristerne er beregnet.";
      if (focus) focusHeading(result);
    }
    // A live countdown: ask again every minute with the new time.
    clearInterval(timer);
    timer = setInterval(() => { if (last && !document.hidden) compute({ focus: false, quiet: true }); }, MINUTE);
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    if (engine.failure && engine.failure.final) {
      handleFailure(container, status, form, staticUrl, "Se fristerne uden beregneren");
      return;
    }
    compute({ focus: true, quiet: false }); // waits for Python if it is still starting
  });

  icsButton?.addEventListener("click", async () => {
    if (!last) return;
    setWorking(container, status, true);
    try {
      const response = await engine.call({ tool: "frister_ics", now: localNow(), ...last, workplace: wp });
      setWorking(container, status, false);
      if (!response.ok) {
        result.prepend(errorList(response.errors));
        return;
      }
      download(response.filename || "frister.ics", response.ics, "text/calendar;charset=utf-8");
      status.textContent = "Kalenderfilen er hentet.";
    } catch {
      setWorking(container, status, false);
      if (engine.failure) handleFailure(container, status, form, staticUrl, "Se fristerne uden beregneren");
      else result.prepend(errorList([{ message: "Kalenderfilen kunne ikke laves. Prøv igen." }]));
    }
  });
  printButton?.addEventListener("click", () => window.print());

  watchEngine(container, status, form, staticUrl, "Se fristerne uden beregneren");
}

// ---------------------------------------------------------------- start

for (const el of document.querySelectorAll("[data-tool]")) {
  if (el.dataset.tool === "flow") setupFlow(el);
  else if (el.dataset.tool === "frister") setupDeadlines(el);
}
performance.mark("chikane:shell"); // clicks are handled from here on (bench/run.py reads it)
