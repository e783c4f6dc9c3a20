// The quiz shell: a thin layer over the engine client. Python (chikane.quiz) renders
// every form and every piece of feedback; this file only sends requests, inserts
// response.html, announces the result and moves focus. Nothing is stored.
import { ready, call } from "./engine.js";

const root = document.querySelector('[data-tool="quiz"]');
if (root) init(root);

function init(root) {
  const status = root.querySelector(".quiz-status");
  const picker = root.querySelector(".quiz-picker");
  const view = root.querySelector(".quiz-view");
  const feedback = root.querySelector(".quiz-feedback");
  let busy = false;
  let engineFailed = false;

  const announce = (text) => {
    // Clear first so the same sentence twice is read twice.
    status.textContent = "";
    requestAnimationFrame(() => { status.textContent = text; });
  };
  const focusHeading = (container) => {
    const h = container.querySelector("h2[tabindex]");
    if (h) h.focus();
  };
  const cardUrl = (id) => new URL(`../cases/${encodeURIComponent(id)}/`, document.baseURI).href;

  ready.catch(() => {
    engineFailed = true;
    root.dataset.engine = "failed";
    // The forms still work: «Tjek mine svar» leads to the card, where the answer is.
    announce("Quizzen kan ikke starte i din browser. «Tjek mine svar» viser i stedet sagskortet med svaret.");
  });

  async function send(request) {
    if (busy) return null;
    busy = true;
    root.setAttribute("aria-busy", "true");
    if (!root.dataset.ready) announce("Vent et øjeblik. Quizzen starter.");
    try {
      const response = await call(request);
      root.dataset.ready = "1";
      if (!response.ok) {
        announce(response.errors.map((e) => e.message).join(" "));
        return null;
      }
      return response;
    } catch {
      engineFailed = true;
      announce("Quizzen kan ikke starte i din browser. Du kan se svaret på sagskortet i stedet.");
      return null;
    } finally {
      busy = false;
      root.removeAttribute("aria-busy");
    }
  }

  async function showCase(id, { moveFocus = true } = {}) {
    if (engineFailed) {
      window.location.href = cardUrl(id);
      return;
    }
    const r = await send({ tool: "quiz_form", case: id });
    if (!r) return;
    view.innerHTML = r.html;
    feedback.innerHTML = "";
    announce(r.announce);
    if (moveFocus) focusHeading(view);
  }

  picker.hidden = false;
  picker.addEventListener("submit", (ev) => {
    ev.preventDefault();
    showCase(picker.elements.sag.value);
  });

  view.addEventListener("submit", async (ev) => {
    const form = ev.target.closest("form.quiz-form");
    if (!form || engineFailed) return; // without the engine the form goes to the card page
    ev.preventDefault();
    const chosen = [...form.querySelectorAll('input[name="valg"]:checked')].map((i) => i.value);
    const r = await send({ tool: "quiz", case: form.dataset.case, chosen });
    if (!r) return;
    feedback.innerHTML = r.html;
    announce(r.announce);
    focusHeading(feedback);
  });

  // ?sag=<id> (from a card page) opens that case.
  const wanted = new URLSearchParams(window.location.search).get("sag");
  const first = view.querySelector("form.quiz-form");
  if (wanted && first && wanted !== first.dataset.case &&
      [...picker.elements.sag.options].some((o) => o.value === wanted)) {
    picker.elements.sag.value = wanted;
    showCase(wanted, { moveFocus: false }); // arriving from a link: announce, but leave focus alone
  }
}
