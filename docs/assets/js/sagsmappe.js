// The case folder («Sagsmappe»): a thin shell. Python (chikane.sagsmappe) checks every
// field and every picture, computes the SHA-256 fingerprints, writes the documents and
// renders the HTML shown here (escaped by Python). This file only reads the files the
// user chose (File.arrayBuffer, all local), hands their bytes to the worker, sends the
// form's values, inserts Python's HTML, copies text and starts downloads.
//
// Nothing is stored: no storage API, no cookies. The case lives in this tab until the
// user saves a case file herself.
import * as engine from "./engine.js";
import { localNow } from "./tools.js";

const root = document.querySelector("[data-tool='sagsmappe']");
if (root) init(root);

function workplace() {
  try {
    return JSON.parse(document.getElementById("arbejdsplads").textContent);
  } catch {
    return undefined;
  }
}

function init(root) {
  const form = root.querySelector("#sm-form");
  const status = root.querySelector("#sm-status");
  const result = root.querySelector("#sm-resultat");
  const openInput = root.querySelector("#sm-aabn");
  const wp = workplace();
  let records = []; // evidence records exactly as Python described them
  const pictures = new Map(); // evidence id -> data: URL, for the thumbnails (img-src allows data:)
  let nextFile = 1;
  let nextIncident = form.querySelectorAll("[data-haendelse]").length + 1;
  let dirty = false;
  let busy = 0;

  const say = (text) => { status.textContent = text; };
  // The status line sticks to the bottom of the screen so a message is seen where she is; it would
  // then cover what she reads next. Her next tap or Escape takes it away (never while working).
  document.addEventListener("pointerdown", (ev) => { if (!busy && !status.contains(ev.target)) say(""); }, true);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !busy) say(""); });
  const working = (on) => {
    busy += on ? 1 : -1;
    root.setAttribute("aria-busy", busy > 0 ? "true" : "false");
  };

  // ------------------------------------------------------------ the form's values

  function value(el) {
    if (el.type === "checkbox") return el.checked;
    return el.value;
  }

  function gather() {
    const sag = { person: {}, haendelser: [], valg: { offences: [] }, beviser: records };
    for (const el of form.querySelectorAll("[data-felt^='person.'], [data-felt^='valg.']")) {
      const [scope, key] = el.dataset.felt.split(".");
      if (el.dataset.liste !== undefined) {
        if (el.checked) sag[scope][key].push(el.value);
      } else {
        sag[scope][key] = value(el);
      }
    }
    for (const set of form.querySelectorAll("[data-haendelse]")) {
      const inc = { id: set.dataset.haendelse };
      for (const el of set.querySelectorAll("[data-felt]")) inc[el.dataset.felt] = value(el);
      sag.haendelser.push(inc);
    }
    return sag;
  }

  // A request may hold at most 100 000 characters (chikane.api); a larger case goes to
  // Python through the worker's memory instead.
  const INLINE_LIMIT = 60000;
  async function base() {
    const sag = gather();
    const text = JSON.stringify(sag);
    if (text.length <= INLINE_LIMIT) return { now: localNow(), workplace: wp, sag };
    await engine.file({ op: "write", path: "ind/sag", bytes: new TextEncoder().encode(text).buffer });
    return { now: localNow(), workplace: wp, sagfil: "ind/sag" };
  }

  // ------------------------------------------------------------ errors

  function clearErrors() {
    const box = form.querySelector("#sm-fejlliste");
    box.replaceChildren();
    box.hidden = true;
    for (const el of root.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    for (const el of root.querySelectorAll(".sm-felt-fejl")) el.textContent = "";
  }

  function fieldFor(path) {
    const parts = String(path || "").split(".");
    if (parts[0] === "haendelser" && parts.length === 3) {
      return form.querySelector(`[data-haendelse="${CSS.escape(parts[1])}"] [data-felt="${CSS.escape(parts[2])}"]`);
    }
    if (parts[0] === "person" || parts[0] === "valg") return form.querySelector(`[data-felt="${CSS.escape(path)}"]`);
    return null;
  }

  function showErrors(errors) {
    const box = form.querySelector("#sm-fejlliste");
    box.replaceChildren();
    const title = document.createElement("p");
    title.className = "sm-fejlliste-titel";
    title.textContent = errors.length === 1 ? "Der er en fejl. Ret den, og prøv igen:" : `Der er ${errors.length} fejl. Ret dem, og prøv igen:`;
    const list = document.createElement("ul");
    for (const err of errors) {
      const li = document.createElement("li");
      const input = fieldFor(err.field);
      if (input) {
        input.setAttribute("aria-invalid", "true");
        const own = document.getElementById(`${input.id}-fejl`);
        if (own) own.textContent = own.textContent ? `${own.textContent} ${err.message}` : err.message;
        const a = document.createElement("a");
        a.href = `#${input.id}`;
        a.textContent = err.message;
        a.addEventListener("click", (ev) => { ev.preventDefault(); input.focus(); });
        li.append(a);
      } else {
        li.textContent = err.message;
      }
      list.append(li);
    }
    box.append(title, list);
    box.hidden = false;
    box.focus();
    say(""); // the list is an alert and has focus: said once, and no sticky copy over the fields
  }

  function engineProblem() {
    say("");
    showErrors([{ field: "", message: engine.failure && !engine.failure.final
      ? "Værktøjet er længe om at starte. Vent lidt, og prøv igen. Det, du har skrevet, er ikke ændret."
      : "Værktøjet kan ikke starte i din browser. Det, du har skrevet, er ikke ændret. Brug vejledningen «Sådan dokumenterer du» i stedet." }]);
  }

  // ------------------------------------------------------------ files

  function readAsDataUrl(blob) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
  }

  function showPictures(scope) {
    for (const img of scope.querySelectorAll("img[data-bevis-billede]")) {
      const url = pictures.get(img.dataset.bevisBillede);
      if (url) img.src = url;
    }
  }

  function download(bytes, filename, type) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function addFiles(input) {
    const hid = input.dataset.filer;
    const errorBox = document.getElementById(`${input.id}-fejl`);
    const list = form.querySelector(`[data-beviser="${CSS.escape(hid)}"]`);
    const files = [...input.files];
    input.value = "";
    errorBox.textContent = "";
    input.removeAttribute("aria-invalid");
    const problems = [];
    let added = 0;
    working(true);
    try {
      for (const [i, f] of files.entries()) {
        say(`Læser billede ${i + 1} af ${files.length} …`);
        const id = `f${nextFile++}`;
        await engine.file({ op: "write", path: `filer/${id}`, bytes: await f.arrayBuffer() });
        const res = await engine.call({
          tool: "sagsmappe_bevis", fil: id, navn: f.name, sidst_aendret: f.lastModified, haendelse: hid, beviser: records,
        });
        if (!res.ok) {
          problems.push(...res.errors.map((e) => e.message));
          continue;
        }
        records.push(res.bevis);
        pictures.set(id, await readAsDataUrl(f));
        list.insertAdjacentHTML("beforeend", res.html);
        showPictures(list);
        added++;
        dirty = true;
        if (res.advarsel) problems.push(res.advarsel);
      }
    } catch {
      engineProblem();
      return;
    } finally {
      working(false);
    }
    if (problems.length) {
      errorBox.textContent = problems.join(" ");
      if (added < files.length) input.setAttribute("aria-invalid", "true");
    }
    say(`${added} af ${files.length} billede${files.length === 1 ? "" : "r"} er lagt i sagsmappen.` +
      (problems.length ? " " + problems.join(" ") : ""));
  }

  // ------------------------------------------------------------ actions

  async function rerenderForm() {
    const res = await engine.call({ tool: "sagsmappe_formular", ...(await base()) });
    if (!res.ok) return;
    form.innerHTML = res.html;
    showPictures(form);
  }

  async function run(fn) {
    try {
      await fn();
    } catch {
      engineProblem();
    }
  }

  form.addEventListener("input", () => { dirty = true; });
  form.addEventListener("change", (ev) => {
    if (ev.target.matches("input[type=file][data-filer]")) addFiles(ev.target);
  });

  form.addEventListener("click", (ev) => {
    const btn = ev.target.closest("button[data-handling]");
    if (!btn) return;
    const action = btn.dataset.handling;
    if (action === "ny-haendelse") {
      run(async () => {
        const id = `h${nextIncident++}`;
        const number = form.querySelectorAll("[data-haendelse]").length + 1;
        const res = await engine.call({ tool: "sagsmappe_formular", workplace: wp, haendelse: id, nummer: number });
        if (!res.ok) { showErrors(res.errors); return; }
        form.querySelector("#sm-haendelser").insertAdjacentHTML("beforeend", res.html);
        const legend = form.querySelector(`[data-haendelse="${CSS.escape(id)}"] input`);
        legend?.focus();
        say(`Hændelse ${number} er tilføjet.`);
      });
    } else if (action === "fjern-haendelse") {
      const hid = btn.dataset.haendelseId;
      const sets = form.querySelectorAll("[data-haendelse]");
      if (sets.length <= 1) { say("Der skal være mindst én hændelse."); return; }
      run(async () => {
        const gone = records.filter((r) => r.haendelse === hid);
        records = records.filter((r) => r.haendelse !== hid);
        for (const r of gone) await engine.file({ op: "delete", path: `filer/${r.id}` });
        form.querySelector(`[data-haendelse="${CSS.escape(hid)}"]`).remove();
        await rerenderForm();
        form.querySelector("[data-handling='ny-haendelse']")?.focus();
        say("Hændelsen er fjernet.");
      });
    } else if (action === "fjern-bevis") {
      const id = btn.dataset.bevisId;
      run(async () => {
        records = records.filter((r) => r.id !== id);
        pictures.delete(id);
        await engine.file({ op: "delete", path: `filer/${id}` });
        const item = btn.closest("[data-bevis]");
        const input = item.closest("[data-haendelse]").querySelector("input[type=file]");
        item.remove();
        input.focus();
        say("Billedet er fjernet fra sagsmappen. Filen på din enhed er ikke rørt.");
      });
    }
  });

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    clearErrors();
    say("Dokumenterne bliver lavet …");
    working(true);
    run(async () => {
      try {
        const res = await engine.call({ tool: "sagsmappe", ...(await base()) });
        if (!res.ok) { showErrors(res.errors); return; }
        result.innerHTML = res.html;
        showPictures(result);
        root.dataset.state = "dokumenter";
        const h = result.querySelector("h2");
        h?.focus();
        say(res.status); // Python counts what is shown: the documents and the deadlines
      } finally {
        working(false);
      }
    });
  });

  async function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch { /* fall back below */ }
    }
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "sm-kopi";
    document.body.append(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand("copy"); } catch { ok = false; }
    area.remove();
    return ok;
  }

  result.addEventListener("click", (ev) => {
    const btn = ev.target.closest("button");
    if (!btn) return;
    if (btn.dataset.kopier) {
      const el = document.getElementById(btn.dataset.kopier);
      const text = el.hidden ? el.textContent : el.innerText;
      const label = btn.getAttribute("aria-describedby")
        ? document.getElementById(btn.getAttribute("aria-describedby")).textContent : "hele teksten";
      copy(text).then((ok) => {
        root.dataset.kopieret = btn.dataset.kopier;
        say(ok ? `Kopieret: ${label}.` : "Kopieringen virkede ikke i denne browser. Markér teksten, og kopiér den selv.");
      });
    } else if (btn.dataset.hent) {
      say("Dokumentet bliver lavet …");
      working(true);
      run(async () => {
        try {
          const res = await engine.call({
            tool: "sagsmappe_docx", ...(await base()), dokument: btn.dataset.hent, billeder: btn.dataset.billeder !== "nej",
          });
          if (!res.ok) { showErrors(res.errors); return; }
          const got = await engine.file({ op: "take", path: res.fil });
          download(got.bytes, res.filename, res.mime);
          root.dataset.hentet = res.filename;
          say(`«${res.filename}» er hentet til din enhed.`);
        } finally {
          working(false);
        }
      });
    } else if (btn.dataset.hentIcs !== undefined) {
      run(async () => {
        const res = await engine.call({ tool: "sagsmappe_ics", ...(await base()) });
        if (!res.ok) { showErrors(res.errors); return; }
        download(res.ics, res.filename, "text/calendar;charset=utf-8");
        say(`«${res.filename}» er hentet. Åbn den for at lægge fristerne i din kalender.`);
      });
    } else if (btn.dataset.udskriv) {
      document.documentElement.classList.add("sm-udskriv-log");
      window.addEventListener("afterprint", () => document.documentElement.classList.remove("sm-udskriv-log"), { once: true });
      window.print();
    }
  });

  root.querySelector("[data-handling='gem']").addEventListener("click", () => {
    say("Sagsmappen bliver gemt …");
    working(true);
    run(async () => {
      try {
        const res = await engine.call({ tool: "sagsmappe_gem", ...(await base()) });
        if (!res.ok) { showErrors(res.errors); return; }
        const got = await engine.file({ op: "take", path: res.fil });
        download(got.bytes, res.filename, res.mime);
        dirty = false;
        root.dataset.hentet = res.filename;
        say(`Sagsmappen er gemt som «${res.filename}» på din enhed. Åbn den her igen for at fortsætte.`);
      } finally {
        working(false);
      }
    });
  });

  openInput.addEventListener("change", () => {
    const f = openInput.files[0];
    openInput.value = "";
    const errorBox = document.getElementById("sm-aabn-fejl");
    errorBox.textContent = "";
    openInput.removeAttribute("aria-invalid");
    if (!f) return;
    say("Sagsmappen bliver åbnet …");
    working(true);
    run(async () => {
      try {
        await engine.file({ op: "write", path: "ind/i1", bytes: await f.arrayBuffer() });
        const res = await engine.call({ tool: "sagsmappe_aabn", fil: "i1", workplace: wp });
        if (!res.ok) {
          errorBox.textContent = res.errors.map((e) => e.message).join(" ");
          openInput.setAttribute("aria-invalid", "true");
          say("Fejl: " + errorBox.textContent);
          return;
        }
        records = res.sag.beviser;
        pictures.clear();
        for (const r of records) {
          try {
            const got = await engine.file({ op: "read", path: `filer/${r.id}` });
            pictures.set(r.id, await readAsDataUrl(new Blob([got.bytes], { type: r.type })));
          } catch { /* not in the file: Python says so in the documents */ }
        }
        form.innerHTML = res.html;
        nextIncident = Math.max(0, ...[...form.querySelectorAll("[data-haendelse]")].map((s) => Number(s.dataset.haendelse.slice(1)))) + 1;
        showPictures(form);
        result.replaceChildren();
        dirty = false;
        root.dataset.state = "aabnet";
        say(`Sagsmappen «${f.name}» er åbnet med ${res.sag.haendelser.length} hændelse${res.sag.haendelser.length === 1 ? "" : "r"} og ${records.length} billede${records.length === 1 ? "" : "r"}. ${res.noter.join(" ")}`);
        form.querySelector("input, select, textarea")?.focus();
      } finally {
        working(false);
      }
    });
  });

  // Losing what was typed by closing the tab: the browser asks first.
  window.addEventListener("beforeunload", (ev) => {
    if (dirty) ev.preventDefault();
  });

  // A link from the flow's or the calculator's result: #svar=… or #offences=…&haendelse_dato=…
  const params = new URLSearchParams(location.hash.slice(1));
  if (["svar", "offences", "haendelse_dato"].some((k) => params.get(k))) {
    run(async () => {
      const res = await engine.call({
        tool: "sagsmappe_start", svar: params.get("svar") || "", offences: params.get("offences") || "",
        haendelse_dato: params.get("haendelse_dato") || "", haendelse_tid: params.get("haendelse_tid") || "",
      });
      if (!res.ok) return;
      for (const el of form.querySelectorAll("[data-felt='valg.offences']")) {
        if (res.valg.offences.includes(el.value)) el.checked = true;
      }
      for (const key of ["private", "gentaget"]) {
        if (res.valg[key]) form.querySelector(`[data-felt='valg.${key}']`).checked = true;
      }
      const first = form.querySelector("[data-haendelse]");
      for (const [key, v] of Object.entries(res.haendelse)) {
        const el = first.querySelector(`[data-felt="${CSS.escape(key)}"]`);
        if (el && !el.value) el.value = v;
      }
      root.dataset.udfyldt = "ja";
      say("Svarene fra værktøjet er sat ind. Tjek dem, og skriv resten.");
    });
  }

  root.dataset.shell = "klar";
  performance.mark("sagsmappe:shell"); // bench/run.py: the shell handles the form from here on
}
