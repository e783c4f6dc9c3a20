// The strategy form: the values go to chikane.strategy (Python in the browser,
// via engine.js), which builds the .docx; the page only offers it as a download.
// Nothing is sent anywhere: the engine runs in a worker on this page.
//
// The engine (about 10 MB) is loaded the first time someone uses the form, not
// on page load, because most visitors only read the template.

const form = document.getElementById("strategi-form");
if (form) init(form);

function init(form) {
  const defaults = JSON.parse(document.getElementById("strategi-standard").textContent);
  const status = document.getElementById("strategi-status");
  const errorBox = document.getElementById("strategi-fejlliste");
  const resetButton = document.getElementById("strategi-nulstil");
  const submitButton = document.getElementById("strategi-hent");
  const inputs = () => Array.from(form.querySelectorAll("input[name]"));
  let engine = null;
  let busy = false;

  const loadEngine = () => {
    engine = engine || import("./engine.js");
    return engine;
  };
  form.addEventListener("focusin", () => { loadEngine().catch(() => {}); }, { once: true });

  function clearErrors() {
    errorBox.replaceChildren();
    errorBox.hidden = true;
    for (const el of inputs()) {
      el.removeAttribute("aria-invalid");
      document.getElementById(`${el.id}-fejl`).textContent = "";
    }
  }

  function showErrors(errors) {
    errorBox.replaceChildren();
    const heading = document.createElement("p");
    heading.className = "strategi-fejlliste-titel";
    heading.textContent = errors.length === 1 ? "Der er en fejl:" : `Der er ${errors.length} fejl:`;
    const list = document.createElement("ul");
    for (const err of errors) {
      const item = document.createElement("li");
      const input = err.field ? form.querySelector(`input[name="${CSS.escape(err.field)}"]`) : null;
      if (input) {
        input.setAttribute("aria-invalid", "true");
        document.getElementById(`${input.id}-fejl`).textContent = err.message;
        const link = document.createElement("a");
        link.href = `#${input.id}`;
        link.textContent = err.message;
        link.addEventListener("click", (ev) => { ev.preventDefault(); input.focus(); });
        item.append(link);
      } else {
        item.textContent = err.message;
      }
      list.append(item);
    }
    errorBox.append(heading, list);
    errorBox.hidden = false;
    errorBox.focus();
  }

  function download(res) {
    const bin = atob(res.data_base64 || res.docx_base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: res.mime }));
    const a = document.createElement("a");
    a.href = url;
    a.download = res.filename;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    // The download has started once click() returns; the URL is only freed a little later
    // because some browsers read it asynchronously.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function setBusy(on) {
    busy = on;
    // aria-disabled, not disabled: the button keeps keyboard focus while the engine works.
    for (const b of form.querySelectorAll("button[data-tool]")) b.setAttribute("aria-disabled", on ? "true" : "false");
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (busy) return;
    clearErrors();
    const values = {};
    for (const el of inputs()) values[el.name] = el.value;
    // Which document: the button that was pressed (Enter in a field presses the first one).
    const button = ev.submitter && ev.submitter.dataset.tool ? ev.submitter : submitButton;
    const request = { tool: button.dataset.tool, values, now: new Date().toISOString() };
    if (button.dataset.format) request.format = button.dataset.format;
    setBusy(true);
    status.textContent = "Dokumentet bliver lavet …";
    try {
      const { call } = await loadEngine();
      const res = await call(request);
      if (!res.ok) {
        status.textContent = "";
        showErrors(res.errors);
        return;
      }
      download(res);
      const n = (res.unfilled || []).length;
      status.textContent =
        `Dokumentet «${res.filename}» er hentet.` +
        (n === 0 ? "" : n === 1
          ? " Et felt er ikke udfyldt. Det står som [udfyld: …] i dokumentet."
          : ` ${n} felter er ikke udfyldt. De står som [udfyld: …] i dokumentet.`);
    } catch (err) {
      status.textContent = "";
      showErrors([{
        field: "",
        message: "Værktøjet kunne ikke starte i din browser. Hent standardskabelonen i stedet, og ret den i Word.",
      }]);
    } finally {
      setBusy(false);
    }
  });

  resetButton.addEventListener("click", () => {
    for (const el of inputs()) el.value = defaults[el.name] ?? "";
    clearErrors();
    status.textContent = "Felterne er sat tilbage til standardværdierne.";
  });

  clearErrors();
}
