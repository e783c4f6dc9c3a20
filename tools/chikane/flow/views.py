"""HTML for «Er det strafbart?», rendered by Python for both the build (no-JS pages,
first question on the tool page) and the browser (each step), so the markup is
the same everywhere and the JS shell only inserts it. Everything is escaped here.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from .. import anmeldelse, rules, tekst
from ..model import Prosecution
from ..workplace import Contact, Workplace
from .engine import Finding, Walk, encode_state, offence_rule_keys, most_questions, static_next
from .model import ROLE_LABELS, ROLES, Question, chosen
from .outcomes import REASSIGN_TODAY
from .questions import QUESTION_BY_ID, QUESTIONS
from .texts import context

KIND_HEADINGS = {
    "fare": "Er du i fare?",
    "strafbart": "Det kan være strafbart",
    "lovligt": "Det er ikke strafbart",
    "anden_vej": "Det kan du også gøre",
    "altid": "Arbejdsgiverens pligter",
}
# Outcomes that are steps in «Gør dette nu», not cards (no step twice).
NOW_STEPS = ("fare", "leder", "politi72", "registrer", "stoette")

# What to save, by what happened (the first question's choices).
EVIDENCE = {
    "trussel": "truslen: et skærmbillede, hvor afsender, dato og klokkeslæt kan ses",
    "opsoegt": "en log over hver gang: dato, klokkeslæt, sted, hvad der skete og hvem der så det",
    "kontakt": "alle beskeder og en liste over opkald — slet ikke noget",
    "delt": "opslaget: skærmbilleder af opslaget og kommentarerne og linket til opslaget",
    "skrevet": "det, der er skrevet: skærmbilleder med dato og link — eller noter om, hvad der blev sagt, hvornår og hvem der hørte det",
    "falsk": "profilen: linket til den og skærmbilleder af profilen og dens opslag",
    "gruppe": "opslaget om gruppen: skærmbillede og link",
    "optagelse": "linket til optagelsen og et skærmbillede af titel, dato og kommentarer",
    "aktindsigt": "anmodningen, som den kom ind (mail eller brev)",
}


@dataclass(frozen=True)
class Links:
    """Relative links from the page being rendered to the tool's own pages."""

    root: str = ""  # from the tool page itself; "../../" from trin/<id>/ and udfald/<id>/

    def question(self, qid: str) -> str:
        return f"{self.root}trin/{qid}/"

    def outcome(self, oid: str) -> str:
        return f"{self.root}udfald/{oid}/"

    def tool(self) -> str:
        return self.root or "./"

    def calculator(self, offences: list[str]) -> str:
        # In the fragment, not the query: it is never sent to the server (or its logs).
        fragment = f"#offences={','.join(offences)}" if offences else ""
        return f"{self.root}../fristberegner/{fragment}"

    def case_folder(self, state: str) -> str:
        # The answers go along in the fragment; the Sagsmappe prefills from them (never sent to the server).
        return f"{self.root}../sagsmappe/#svar={state}"

    def page(self, path: str) -> str:
        """A page of the handbook, from the site root (the tool lives two folders down)."""
        return f"{self.root}../../{path}"


def link(href: str, text: str, cls: str = "", state: str | None = None) -> str:
    """An escaped <a>; ``state`` is the flow state the JS shell shows instead of following the link.

    It is carried as ``data-svar`` (named like the URL's ``#svar=``), never as ``data-state``: the tool's
    container uses ``data-state`` for what it shows (question/result/error), and a click anywhere inside
    it must not be read as an answer.
    """
    attrs = f' class="{cls}"' if cls else ""
    if state is not None:
        attrs += f' data-svar="{escape(state)}"'
    return f'<a href="{escape(href)}"{attrs}>{escape(text)}</a>'


def danger_bar() -> str:
    """112 before any question, on every step: tappable, whatever the answers."""
    return (
        '<p class="flow-danger"><strong>Er du i fare nu?</strong> '
        '<a class="flow-tel" href="tel:112">Ring 112</a> '
        '<span class="flow-danger-sub">Ikke akut: politiet på <a class="flow-tel" href="tel:114">114</a></span></p>'
    )


def text_html(text: str, workplace: Workplace, today: date) -> str:
    """An outcome text (tekst markup) with the workplace's values, as escaped HTML."""
    return tekst.to_html(text, context(workplace, today))


def _cite(key: str, today: date) -> str:
    r = rules.current(key, today)
    return link(r.source.url, r.citation)


def _practice(r: rules.Rule, today: date) -> str:
    """What «who prosecutes» means for the user: who acts, and by when (HTML, escaped)."""
    months = rules.versions("strfl-96")[-1].params["months"]
    if r.prosecution is Prosecution.PUBLIC:
        return ("Politiet efterforsker, når det er anmeldt. Du kan anmelde det selv, eller din arbejdsgiver kan gøre "
                f"det ({_cite('rpl-742', today)}).")
    if r.prosecution is Prosecution.PRIVATE_PUBLIC_ON_REQUEST:
        return (f"Politiet tager kun sagen, hvis du beder om det — senest {months} måneder efter, at du ved, hvem det "
                f"er ({_cite('strfl-96', today)}). Anmelder du det selv til politiet, tæller det som at bede om det "
                f"({_cite('rpl-720-2', today)}). Ellers skal du selv anlægge en privat straffesag inden for samme frist.")
    if r.prosecution is not None:
        return (f"Du skal som regel selv anlægge en privat straffesag senest {months} måneder efter, at du ved, hvem "
                f"det er ({_cite('strfl-96', today)}). Politiet kan kun tage sagen, hvis beskyldningen kan koste dig "
                "din stilling, eller hvis en alvorlig beskyldning er spredt anonymt "
                f"({_cite('strfl-275', today)}). Tal med HR eller din fagforening i god tid.")
    return ""


def rule_block(key: str, today: date, offence: bool = True) -> str:
    """One rule on a card. The penalty and who prosecutes only for an offence against the user
    (an employer's duty carries its own penalty, which is not the user's business here)."""
    r = rules.current(key, today)
    parts = [f'<li class="flow-rule"><strong>{link(r.source.url, r.citation)}</strong> — {escape(r.title)}.']
    if r.penalty and offence:
        parts.append(f"<br>Straf: {escape(r.penalty)}.")
    if r.prosecution and offence:
        parts.append(f"<br>Hvem rejser sagen: {escape(r.prosecution.label)}.")
        parts.append(f'<br><span class="flow-practice">{_practice(r, today)}</span>')
    parts.append("</li>")
    return "".join(parts)


def source_block(keys: tuple[str, ...], today: date) -> str:
    """Sources, dates and confidence for a lawyer: collapsed, never between the user and her next step."""
    items = []
    for key in keys:
        r = rules.current(key, today)
        # The label only; what exactly is unconfirmed is in the rule tables on the law pages.
        conf = escape(r.confidence.label.split(" — ")[0])
        items.append(
            f"<li>{link(r.source.url, r.source.title)} ({escape(r.citation)}). {conf}. "
            f'<span class="flow-meta">Gælder fra {r.valid_from.strftime("%d.%m.%Y")} · senest gennemgået '
            f'{r.reviewed.strftime("%d.%m.%Y")}</span></li>'
        )
    return items and f'<details class="flow-sources"><summary>Kilder og sikkerhed</summary><ul>{"".join(items)}</ul></details>' or ""


def _label(q: Question, value: str) -> str:
    labels = [(q.option(x).label if q.option(x) else x) for x in value.split(",")]
    return "; ".join(labels)


def _why(f: Finding) -> str:
    if not f.reasons:
        return ""
    items = []
    for qid, oid in f.reasons:
        q = QUESTION_BY_ID[qid]
        items.append(f"<li>«{escape(q.text)}» — du svarede «{escape(_label(q, oid))}»</li>")
    return f'<p class="flow-why-title">Hvorfor:</p><ul class="flow-why">{"".join(items)}</ul>'


def _outcome_card(f: Finding, workplace: Workplace, today: date, links: Links) -> str:
    o = f.outcome
    rule_list = "".join(rule_block(k, today, o.kind == "strafbart") for k in o.rule_keys)
    rules_html = f'<ul class="flow-rules">{rule_list}</ul>' if rule_list else ""
    hint = f'<p class="flow-hint">{escape(o.deadline_hint)}</p>' if o.deadline_hint else ""
    details = source_block(o.rule_keys, today)
    why = _why(f)
    if why:
        details = (details[:-len("</details>")] + why + "</details>") if details else (
            f'<details class="flow-sources"><summary>Hvorfor</summary>{why}</details>')
    return (
        f'<li class="flow-outcome flow-kind-{o.kind}" id="udfald-{o.id}">'
        f"<h4>{escape(o.title)}</h4><p>{text_html(o.summary, workplace, today)}</p>"
        f"{rules_html}{hint}{details}"
        f'<p class="flow-more">{link(links.outcome(o.id), "Læs mere om " + o.title.lower())}</p></li>'
    )


def _answers_list(w: Walk, links: Links, open_: bool = False) -> str:
    if not w.answers:
        return ""
    items = []
    for i, (qid, oid) in enumerate(w.answers):
        q = QUESTION_BY_ID[qid]
        back_state = w.edit(qid)  # asks it again; the other answers are kept
        items.append(
            f"<li>{escape(q.text)} <strong>{escape(_label(q, oid))}</strong> "
            f'{link(links.question(qid), "Ret svaret", "flow-edit", back_state)}'
            f'<span class="visually-hidden"> på spørgsmålet «{escape(q.text)}»</span></li>'
        )
    title = "Dine svar" if open_ else "Dine svar indtil nu"
    return (
        f'<details class="flow-answers"{" open" if open_ else ""}><summary>{title}</summary>'
        f'<ol>{"".join(items)}</ol></details>'
    )


def question_number(qid: str) -> int:
    return [q.id for q in QUESTIONS].index(qid) + 1


INTRO = (
    '<p class="flow-intro">Svar på nogle få spørgsmål. Så får du at vide, hvad du skal gøre nu, og hvilke regler '
    "der kan være overtrådt. Dine svar bliver i din browser. Intet bliver sendt eller gemt.</p>"
)


def option_hint(o) -> str:
    return f'<span class="flow-option-hint">{escape(o.hint)}</span>' if o.hint else ""


def render_question(q: Question, w: Walk, links: Links) -> str:
    number = len(w.answers) + 1
    total = most_questions(w)
    progress = f"Spørgsmål {number}" + (f" af højst {total}" if total else "")
    dont_know = f'<p class="flow-hint flow-dont-know">{escape(q.dont_know)}</p>' if q.dont_know else ""
    before = w.previous.split(",") if w.previous else []
    previous = (f'<p class="flow-hint flow-previous">Dit svar indtil nu: «{escape(_label(q, w.previous))}». '
                "Vælg igen. Dine andre svar bliver stående, når de stadig passer.</p>") if w.previous else ""
    hint = f'<p class="flow-hint" id="flow-hint">{escape(q.hint)}</p>' if q.hint else ""
    if q.multi:
        # The boxes have no name: without JavaScript the form only opens the question's own page
        # (plain links, one choice at a time), and no answer lands in a URL or a server log.
        boxes = "".join(
            f'<li class="flow-check"><input type="checkbox" value="{escape(o.id)}" id="valg-{escape(o.id)}"'
            f'{" checked" if o.id in before else ""}>'
            f'<label for="valg-{escape(o.id)}">{escape(o.label)}{option_hint(o)}</label></li>'
            for o in q.options
        )
        body = (
            f'<form class="flow-multi" method="get" action="{escape(links.question(q.id))}" '
            f'data-question="{escape(q.id)}" data-base="{escape(w.state)}">'
            f'<fieldset><legend class="visually-hidden">{escape(q.text)}</legend>'
            f'<ul class="flow-checks">{boxes}</ul></fieldset>'
            '<button type="submit" class="md-button md-button--primary flow-next">Videre</button></form>'
        )
    else:
        body = "<ul class=\"flow-options\">" + "".join(
            f"<li>{link(links.question(static_next(q, o.id)), o.label, 'md-button flow-option', w.choose(o.id).state)}"
            f"{option_hint(o)}</li>"
            for o in q.options
        ) + "</ul>"
    intro = INTRO if not w.answers else ""
    return (
        f'<section class="flow-step" aria-labelledby="flow-titel">'
        f"{danger_bar()}{intro}"
        f'<p class="flow-progress">{progress}</p>'
        f'<h2 id="flow-titel" tabindex="-1">{escape(q.text)}</h2>'
        f"{hint}{previous}{body}{dont_know}"
        f"{_answers_list(w, links)}"
        f'<p class="flow-restart">{link(links.tool(), "Start forfra", "flow-restart-link", "")}</p>'
        f"</section>"
    )


def _contact(c: Contact | None, fallback: str) -> str:
    """A workplace contact from arbejdsplads.yml, tappable; «spørg din leder» when it is not filled in."""
    if c is None or not (c.navn or c.telefon or c.mail):
        return escape(fallback)
    bits = [escape(c.navn or c.titel)]
    if c.telefon:
        tel = "".join(ch for ch in c.telefon if ch.isdigit() or ch == "+")
        bits.append(f'<a href="tel:{escape(tel)}">{escape(c.telefon)}</a>')
    if c.mail:
        bits.append(f'<a href="mailto:{escape(c.mail)}">{escape(c.mail)}</a>')
    return ", ".join(bits)


def _now_steps(w: Walk, findings: list[Finding], workplace: Workplace, today: date, links: Links) -> str:
    """«Gør dette nu»: short, ordered, each step once."""
    fired = {f.outcome.id for f in findings}
    answers = w.answer_map
    what = chosen(answers, "hvad")
    steps: list[tuple[str, str]] = []  # (outcome id or "", html)
    if "fare" in fired:
        steps.append(("fare", (
            "<strong>Er du i fare nu, eller står personen uden for dit hjem? Ring 112.</strong> "
            '<a class="md-button md-button--primary flow-tel" href="tel:112">Ring 112</a>'
        )))
    saves = [EVIDENCE[x] for x in what if x in EVIDENCE]
    save_items = "".join(f"<li>{escape(x)}</li>" for x in saves)
    archive = " Spørg din leder, hvor du skal sende det."
    if workplace.arkivpostkasse:
        m = workplace.arkivpostkasse
        archive = f' Send det til <a href="mailto:{escape(m)}">{escape(m)}</a>.'
    steps.append(("", (
        "<strong>Gem beviser nu</strong>, før noget bliver slettet. Skriv dato og klokkeslæt på."
        + (f"<ul>{save_items}</ul>" if save_items else "")
        + f"Del det ikke videre, og svar ikke på det.{archive}"
    )))
    leader = _contact(workplace.kontakter.get("leder"), "")
    reassign = ""
    if REASSIGN_TODAY.holds(answers, frozenset()):
        reassign = (" Aftal i dag, at en kollega overtager borgerens sag og møderne med borgeren."
                    if answers.get("hvem") == "borger" else
                    " Aftal i dag, om du skal have andre opgaver, så du ikke møder personen alene.")
    steps.append(("leder", "<strong>Fortæl det til din leder i dag.</strong>" + (f" {leader}." if leader else "")
                  + reassign))
    if "politi72" in fired:
        r = rules.current("offerst-10", today)
        offences = offence_rule_keys(findings)
        steps.append(("politi72", (
            f'<strong>Anmeld det til politiet:</strong> <a class="flow-tel" href="tel:114">{anmeldelse.CALL}</a>, '
            f"{anmeldelse.OTHER_WAYS} ({link(anmeldelse.SOURCE_URL, 'sådan anmelder du')}). Gør det "
            f"senest {escape(str(r.params['hours']))} timer efter hændelsen, hvis du vil kunne få erstatning "
            f"({link(r.source.url, r.citation)}). "
            + link(links.calculator(offences), "Beregn det præcise tidspunkt", "flow-calc")
        )))
    steps.append(("registrer", (
        f"<strong>Registrer hændelsen</strong> i {escape(workplace.haendelsessystem)} "
        f"{escape(tekst.within_days(workplace.intern_frist_dage))}. "
        + link(links.calculator(offence_rule_keys(findings)), "Se datoen i fristberegneren")
    )))
    amr = _contact(workplace.kontakter.get("arbejdsmiljoerepraesentant"), "")
    tr = _contact(workplace.kontakter.get("tillidsrepraesentant"), "")
    who = "; ".join(x for x in (amr and f"AMR: {amr}", tr and f"TR: {tr}") if x)
    steps.append(("stoette", (
        "<strong>Få støtte</strong> hos din arbejdsmiljørepræsentant eller tillidsrepræsentant. Spørg om "
        "psykologhjælp, hvis det fylder." + (f" {who}." if who else "")
    )))
    items = "".join(
        f'<li{f" id=udfald-{oid}" if oid else ""} class="flow-now-step{" flow-now-fare" if oid == "fare" else ""}">{html}</li>'
        for oid, html in steps
    )
    return f'<section class="flow-now" aria-labelledby="flow-nu"><h3 id="flow-nu">Gør dette nu</h3><ol>{items}</ol></section>'


def _role_steps(findings: list[Finding], workplace: Workplace, today: date) -> str:
    blocks = []
    for role in ROLES:
        steps = [text_html(s, workplace, today) for f in findings for s in f.outcome.steps.get(role, ())]
        steps = list(dict.fromkeys(steps))
        if steps:
            items = "".join(f"<li>{s}</li>" for s in steps)
            blocks.append(f"<h4>{escape(ROLE_LABELS[role])}</h4><ul>{items}</ul>")
    if not blocks:
        return ""
    return f'<section class="flow-roles" aria-labelledby="flow-roller"><h3 id="flow-roller">Hvem gør hvad</h3>{"".join(blocks)}</section>'


def render_result(w: Walk, findings: list[Finding], workplace: Workplace, today: date, links: Links) -> str:
    groups = []
    for kind, heading in KIND_HEADINGS.items():
        cards = [_outcome_card(f, workplace, today, links) for f in findings
                 if f.outcome.kind == kind and f.outcome.id not in NOW_STEPS]
        if cards:
            groups.append(f'<h3>{escape(heading)}</h3><ul class="flow-outcomes">{"".join(cards)}</ul>')
    n = sum(1 for f in findings if f.outcome.kind == "strafbart")
    lead = (
        "Ud fra dine svar kan det være strafbart. Det er politiet og domstolene, der afgør det. Start med det, der "
        "står her."
        if n else "Ud fra dine svar er det ikke strafbart. Du skal stadig ikke stå alene med det. Start med det, der står her."
    )
    now_rules = tuple(k for f in findings if f.outcome.id in NOW_STEPS for k in f.outcome.rule_keys)
    ids = " ".join(f.outcome.id for f in findings)
    return (
        f'<section class="flow-step flow-result" aria-labelledby="flow-titel" data-outcomes="{escape(ids)}">'
        f"{danger_bar() if 'fare' not in {f.outcome.id for f in findings} else ''}"
        f'<h2 id="flow-titel" tabindex="-1">Resultat</h2><p class="flow-lead">{escape(lead)}</p>'
        f"{_now_steps(w, findings, workplace, today, links)}"
        f'<p class="flow-next-tool no-print">{link(links.case_folder(w.state), "Skriv det ned: lav log, politianmeldelse og anmeldelse til platformen i Sagsmappen", "md-button md-button--primary flow-sagsmappe")}</p>'
        f'{"".join(groups)}{_role_steps(findings, workplace, today)}'
        f"{source_block(now_rules, today)}"
        f"{_answers_list(w, links, open_=True)}"
        f'<p class="flow-printmeta">Resultat fra «Er det strafbart?» ({escape(workplace.navn)}), {tekst.short_date(today)}. '
        "Svaret er vejledning, ikke en afgørelse. Politiet og domstolene afgør, om noget er strafbart.</p>"
        f'<p class="flow-actions no-print"><button type="button" class="md-button flow-print" data-action="print">Udskriv eller gem resultatet</button></p>'
        f'<p class="flow-restart">{link(links.tool(), "Start forfra", "flow-restart-link", "")}</p>'
        f"</section>"
    )


def render_step(w: Walk, findings: list[Finding], workplace: Workplace, today: date, links: Links = Links()) -> str:
    if w.next_question is not None:
        return render_question(w.next_question, w, links)
    return render_result(w, findings, workplace, today, links)
