// The Analyse page: the chosen file goes to chikane.analyse (Python in a worker on this page, via
// engine.js), which reads it and writes the report; the page only shows the HTML Python made and
// offers the .docx. The file is read in the browser and never sent anywhere.

const form = document.getElementById("analyse-form");
if (form) init(form);

function init(form) {
  const fileInput = document.getElementById("analyse-fil");
  const nameInput = document.getElementById("analyse-navn");
  const status = document.getElementById("analyse-status");
  const errorBox = document.getElementById("analyse-fejl");
  const result = document.getElementById("analyse-resultat");
  const startButton = document.getElementById("analyse-start");
  const downloadButton = document.getElementById("analyse-hent");
  let engine = null;
  let busy = false;
  let report = null;

  const loadEngine = () => {
    engine = engine || import("./engine.js");
    return engine;
  };
  form.addEventListener("focusin", () => { loadEngine().catch(() => {}); }, { once: true });

  function toBase64(buffer) {
    const bytes = new Uint8Array(buffer);
    let bin = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(bin);
  }

  function showProblems(title, problems) {
    errorBox.replaceChildren();
    if (!problems.length) {
      errorBox.hidden = true;
      return;
    }
    const heading = document.createElement("p");
    heading.className = "strategi-fejlliste-titel";
    heading.textContent = title;
    const list = document.createElement("ul");
    for (const p of problems) {
      const item = document.createElement("li");
      item.textContent = p.text || p.message; // Python says where: «Række 4, kolonne I: …»
      list.append(item);
    }
    errorBox.append(heading, list);
    errorBox.hidden = false;
  }

  function download() {
    if (!report) return;
    const bin = atob(report.docx_base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: report.mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = report.filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  async function analyse() {
    if (busy) return;
    const file = fileInput.files && fileInput.files[0];
    showProblems("", []);
    if (!file) {
      showProblems("Der er en fejl:", [{ message: "Vælg først filen med besvarelserne." }]);
      errorBox.focus();
      return;
    }
    busy = true;
    startButton.setAttribute("aria-disabled", "true");
    status.textContent = `Læser «${file.name}» …`;
    try {
      const data = toBase64(await file.arrayBuffer());
      const { call } = await loadEngine();
      const res = await call({
        tool: "analyse", filename: file.name, data_base64: data,
        values: { navn: nameInput.value }, now: new Date().toISOString(),
      });
      if (!res.ok) {
        status.textContent = "";
        showProblems("Filen kunne ikke læses:", res.errors.map((e) => ({ message: e.message })));
        errorBox.focus();
        return;
      }
      report = res.docx_base64 ? res : null;
      downloadButton.hidden = !report;
      // The report's HTML is made by Python from the file's contents, all of it escaped there.
      result.innerHTML = res.html;
      const n = res.problems.length;
      status.textContent = res.html
        ? `${res.n} besvarelser er læst.` + (n ? ` ${n} ting kunne ikke læses. De står i listen.` : "")
        : "Filen kunne ikke læses.";
      showProblems(res.html ? "Det blev ikke talt med:" : "Filen kunne ikke læses:", res.problems);
      const heading = document.getElementById("analyse-resultat-titel");
      if (heading && res.html) heading.focus();
      else if (n) errorBox.focus();
    } catch (err) {
      status.textContent = "";
      showProblems("Der er en fejl:", [{ message: "Værktøjet kunne ikke starte i din browser. Prøv en anden browser." }]);
      errorBox.focus();
    } finally {
      busy = false;
      startButton.setAttribute("aria-disabled", "false");
    }
  }

  form.addEventListener("submit", (ev) => { ev.preventDefault(); analyse(); });
  fileInput.addEventListener("change", () => { if (fileInput.files && fileInput.files[0]) analyse(); });
  downloadButton.addEventListener("click", download);
}
