"""Scenario cards for the course kit: realistic cases as data.

Each card holds a situation, questions for the room, the answers a person in that
situation would give in «Er det strafbart?», and the expected reading stated
explicitly: the outcome ids the flow must give for those answers. The tests run
every card through the engine, so a change to the flow or the rules that alters
a card's reading fails until the card is updated — the cards cannot drift.

Notes for the trainer use a tiny markup, rendered by :mod:`chikane.quiz`:

- ``{§strfl-264a}``             a linked citation of a rule in :mod:`chikane.rules`
- ``{spm:anklage}``             the flow question, quoted («Bliver du beskyldt …?»)
- ``{param:offerst-10:hours}``  a number the rule holds (never typed here)
- ``{fra:offl-21}``               the date the newest version of the rule applies from

No § is typed in the card text: every provision comes from the rules.
Standard library only (the module also runs in Pyodide).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import rules
from .errors import InputError

JA, NEJ = "ja", "nej"

MARKUP = re.compile(r"\{(§|spm:|param:|fra:)([a-z0-9_-]+)(?::([a-z_]+))?\}")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Case:
    id: str                                   # slug; also the page address kursus/cases/<id>/
    title: str
    situation: tuple[str, ...]                # paragraphs, plain Danish
    questions: tuple[str, ...]                # 2-4 questions for the room
    answers: tuple[tuple[str, str], ...]      # a complete path through «Er det strafbart?»
    expected: frozenset[str]                  # outcome ids the flow must give for ``answers``
    note: tuple[str, ...]                     # the trainer's note (paragraphs, markup above)
    gap: str = ""                             # what the flow does not cover, if anything


CASES: tuple[Case, ...] = (
    Case(
        id="navn-og-foto-i-facebookgruppe",
        title="Navn, foto og LinkedIn i en Facebookgruppe",
        situation=(
            "En borger har fået afslag på fleksjob. Dagen efter skriver han om sin sagsbehandler, Lene, i en åben "
            "Facebookgruppe med 6.000 medlemmer. Han bruger hendes fulde navn og et portrætfoto fra hendes "
            "LinkedIn-profil, og han linker til profilen.",
            "Han skriver, at Lene «træffer ulovlige afgørelser», «burde smides ud» og «får bonus for hvert "
            "afslag». Afslaget fulgte reglerne, og der er ingen bonus. "
            "Opslaget har fået 200 kommentarer, og nogle skriver, at de ved, hvor hun bor.",
        ),
        questions=(
            "Hvad i opslaget er kritik, og hvad er en beskyldning?",
            "Er et foto fra LinkedIn en privat oplysning? Hvad ændrer sig, hvis det var et feriebillede?",
            "Hvem gør hvad på arbejdspladsen det første døgn?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "beskyld,kritik"), ("sandt", "nej"), ("hvem", "borger"), ("platform", "ja"),
        ),
        expected=frozenset({"aerekraenkelse", "bagvaskelse", "skaerpende", "habilitet", "offerraadgivning", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "At kalde en afgørelse ulovlig og sige, at Lene burde smides ud, er kritik af en myndigheds afgørelse. "
            "Det er som udgangspunkt lovligt, også når kritikken er forkert. Men at hun «får bonus for hvert "
            "afslag», er en beskyldning for noget bestemt, og den er usand. Derfor viser værktøjet ærekrænkelse og "
            "bagvaskelse ({§strfl-268}). Det er straffrit, hvis der var rimelig anledning til beskyldningen "
            "({§strfl-269}).",
            "Kommentarerne om, at nogen ved, hvor hun bor, kan være en skjult trussel. Lad holdet også vælge «Nogen "
            "har truet dig» i {spm:hvad} og se, at værktøjet så starter med 112. Portrætfotoet fra LinkedIn kan "
            "være chikane af en offentligt ansat, når det bruges til at hænge hende ud ({§strfl-119a}).",
        ),
    ),
    Case(
        id="moede-optaget-paa-youtube",
        title="Et møde optaget og lagt på YouTube",
        situation=(
            "En borger optager sin samtale med sagsbehandleren Ahmed på mobilen. Han siger ikke, at han optager. "
            "Ugen efter ligger videoen på YouTube med titlen «Sådan behandler jobcentret syge».",
            "Ahmeds fulde navn bliver sagt flere gange i videoen, og han har et sjældent efternavn. Nu får han "
            "venneanmodninger fra fremmede.",
        ),
        questions=(
            "Må borgeren optage samtalen uden at sige det?",
            "Hvad kan lederen gøre, når det ikke er strafbart?",
            "Hvordan kan I forberede jer på, at møder bliver optaget?",
        ),
        answers=(
            ("hvad", "optagelse"), ("hvem", "borger"), ("platform", "ja"),
        ),
        expected=frozenset({"ikke_strafbart", "optagelse", "registrer", "leder", "politihjaelp", "stoette", "arbejdsskade"}),
        note=(
            "Værktøjet finder intet strafbart. En borger må gerne optage et møde, han selv er med i. Det er kun "
            "strafbart at optage andres samtaler i skjul ({§strfl-263-2}). Det er heller ikke i sig selv strafbart "
            "at lægge optagelsen ud, og en privatpersons opslag kan falde uden for databeskyttelsesreglerne "
            "({§dt-privat}).",
            "Brug tiden på Ahmed. Han skal ikke stå alene med det. Lederen kan tale med borgeren om at fjerne "
            "videoen, og teamet kan aftale, hvordan man holder møder, der kan blive optaget.",
        ),
    ),
    Case(
        id="laeserbrev-inkompetent",
        title="Læserbrev: «inkompetent sagsbehandler»",
        situation=(
            "En borger har fået afslag på førtidspension. Han skriver et læserbrev i den lokale avis. Her nævner "
            "han sagsbehandleren Birgitte ved navn og kalder hende «inkompetent» og «helt uden hjerte».",
            "Brevet står både i den trykte avis og på avisens hjemmeside. Birgittes nabo spørger hende om det.",
        ),
        questions=(
            "Hvorfor er det lovligt, når det føles så personligt?",
            "Må Birgitte svare i avisen? Hvad med tavshedspligten?",
            "Hvordan kan ledelsen bakke op uden at tale om borgerens sag?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "kritik"), ("hvem", "borger"), ("platform", "nej"),
        ),
        expected=frozenset({"lovligt", "registrer", "leder", "politihjaelp", "stoette", "arbejdsskade"}),
        note=(
            "«Inkompetent» er en vurdering, ikke en beskyldning for noget bestemt. Borgere må kritisere myndigheder "
            "og ansatte skarpt, også med navn. Som offentligt ansat skal man tåle mere end andre. Derfor svarer "
            "værktøjet «lovligt».",
            "Det kan stadig ramme hårdt, og sporene for registrering og støtte gælder. Værktøjet viser også "
            "arbejdsskadesporet: en psykisk skade kan være en arbejdsulykke, selv om intet er strafbart "
            "({§arbskade-6}). Ledelsen kan skrive et indlæg, der tager afstand fra at hænge ansatte ud, uden at "
            "sige noget om borgerens sag.",
        ),
    ),
    Case(
        id="sms-til-arbejdsmobilen",
        title="Grove sms'er til arbejdsmobilen",
        situation=(
            "Jens er sagsbehandler. I fire uger har en borger sendt sms'er til hans arbejdsmobil. Der kommer op "
            "til ti om dagen, også om aftenen og i weekenden.",
            "Beskederne kalder ham «idiot», «klovn» og «et dumt svin». En af dem lyder: «Giv mig min hjælp igen, "
            "ellers anmelder jeg dig til politiet for at lyve.» Jens er begyndt at slukke telefonen, og han sover "
            "dårligt.",
        ),
        questions=(
            "Hvornår bliver mange beskeder til chikane eller stalking?",
            "Hvad skal Jens gemme, og hvordan?",
            "Skal Jens beholde sagen? Hvem beslutter det?",
        ),
        answers=(
            ("hvad", "trussel,kontakt,skrevet"), ("trussel_hvad", "pres"), ("gentaget", "ja"), ("skrevet_hvad", "skaeldsord"), ("hvem", "borger"), ("platform", "nej"),
        ),
        expected=frozenset({"fare", "trusler_pres", "chikane_ansat", "stalking", "haan_ansat", "aerekraenkelse", "skaerpende", "tilhold", "sikkerhed", "habilitet", "kontaktbegraensning", "bistandsadvokat", "offerraadgivning", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Truslen om at anmelde ham, hvis han ikke ændrer afgørelsen, er pres på en, der træffer afgørelser "
            "({§strfl-119-2}). Skældsord til en ansat på grund af arbejdet kan være strafbare i sig selv ({§strfl-121}). Her kommer "
            "mængden oveni: mange beskeder over flere uger kan være chikane og stalking. Værktøjet viser også "
            "ærekrænkelse: finder politiet, at det ikke er hån efter {§strfl-121}, skal Jens selv gå videre inden "
            "{param:strfl-96:months} måneder ({§strfl-96}).",
            "Sæt fokus på en log med dato og tid, og på at Jens ikke skal læse beskederne alene. Lederen kan "
            "overveje at flytte sagen og at begrænse, hvordan borgeren kan kontakte jobcentret.",
        ),
    ),
    Case(
        id="falsk-profil",
        title="En falsk profil med medarbejderens billede",
        situation=(
            "Der er dukket en Facebookprofil op med navnet og billedet af Sofie, som arbejder i borgerservice. "
            "Profilen skriver i lokale debatgrupper, fx «Jeg elsker at sige nej til folk» og «Borgerne er dumme».",
            "Flere tror, at det er Sofie selv. Hun får vrede beskeder fra fremmede og er utryg ved at gå på arbejde.",
        ),
        questions=(
            "Hvordan får I profilen fjernet hurtigst muligt?",
            "Hvem skal vide, at profilen er falsk? Hvordan siger I det?",
            "Hvad kan Sofie gøre for at beskytte sine egne profiler?",
        ),
        answers=(
            ("hvad", "falsk"), ("hvem", "ukendt"), ("platform", "ja"),
        ),
        expected=frozenset({"chikane_ansat", "falsk_profil", "skaerpende", "offerraadgivning", "ukendt_gerningsmand", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "At udgive sig for at være en anden kan være misbrug af identitet ({§strfl-264e}). Meld profilen til "
            "platformen som «udgiver sig for at være mig». Det er ofte den hurtigste vej.",
            "Sofie ved ikke, hvem der står bag, så hun svarer «Ved ikke» til {spm:hvem}. Så viser værktøjet også "
            "chikane af en offentligt ansat, fordi profilen er rettet mod hendes arbejde ({§strfl-119a}). Den sag "
            "rejser politiet. For identitetsmisbruget skal Sofie selv bede om offentlig påtale ({§strfl-275}), og "
            "fristen løber først, når hun ved, hvem det er ({§strfl-96}).",
        ),
    ),
    Case(
        id="borger-venter-ved-hjemmet",
        title="En borger venter uden for hjemmet",
        situation=(
            "Marianne er sagsbehandler. Seks aftener på tre uger holder en borger parkeret uden for hendes hus. "
            "En aften tager han billeder af hende og hendes søn i haven.",
            "Dagen efter lægger han billederne i en Facebookgruppe sammen med hendes adresse. Han skriver: "
            "«Her bor hun, der tog mine dagpenge.»",
        ),
        questions=(
            "Hvad gør Marianne i aften, hvis bilen holder der igen?",
            "Hvad kan arbejdspladsen gøre for hendes sikkerhed, også uden for arbejdstid?",
            "Hvilke frister løber nu, og hvem holder øje med dem?",
        ),
        answers=(
            ("hvad", "opsoegt,delt"), ("gentaget", "ja"), ("delt_hvad", "adresse,hjemme"), ("hvem", "borger"), ("platform", "ja"),
        ),
        expected=frozenset({"fare", "chikane_ansat", "stalking", "fotografering", "private_oplysninger", "skaerpende", "tilhold", "adressebeskyttelse", "sikkerhed", "habilitet", "kontaktbegraensning", "bistandsadvokat", "offerraadgivning", "datatilsynet", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Mange spor gælder på én gang. At opsøge en ansat og lægge adresse og billeder ud kan være chikane. "
            "Gentagne besøg over flere uger kan være stalking.",
            "Billederne fra haven kan være fotografering et sted, der ikke er åbent for alle ({§strfl-264a}). Men "
            "det afhænger af, om haven kan ses fra vejen. Drøft det. Er Marianne i fare, ringer hun 112. "
            "Arbejdsgiveren skal tilbyde hjælp til politianmeldelsen ({§bek1406-34}).",
        ),
    ),
    Case(
        id="trusler-mod-familien",
        title="Trusler mod medarbejderens familie",
        situation=(
            "Karin har givet en borger afslag på hjælp til huslejen. Om aftenen får hun en besked på Messenger "
            "fra borgeren: «Jeg ved, hvor du bor, og hvor dine børn går i skole. Tænk over det, før du skriver "
            "til mig igen.»",
            "Karin har aldrig givet borgeren adgang til sin private profil. Hun sover ikke den nat.",
        ),
        questions=(
            "Hvad skal ske i morgen tidlig, og hvem gør det?",
            "Hvorfor er de første 72 timer vigtige her?",
            "Hvordan taler I med Karin om hendes børn og hendes sikkerhed?",
        ),
        answers=(
            ("hvad", "trussel"), ("trussel_hvad", "uklar"), ("hvem", "borger"), ("platform", "nej"),
        ),
        expected=frozenset({"fare", "trusler_ansat", "trusler", "skaerpende", "tilhold", "adressebeskyttelse", "sikkerhed", "habilitet", "kontaktbegraensning", "bistandsadvokat", "offerraadgivning", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Truslen er ikke sagt direkte, men Karin bliver bange. Derfor vælger hun «Det er ikke sagt direkte» til "
            "{spm:trussel_hvad}, og værktøjet starter med 112. En trussel om vold mod en ansat på grund af arbejdet "
            "er alvorlig ({§strfl-119}). Truslen mod børnene er også omfattet: det er nok, at nogen kan frygte for "
            "andres liv, helbred eller velfærd ({§strfl-266}), og at det skyldes hendes arbejde, er skærpende "
            "({§strfl-81-14}).",
            "Anmeld hurtigt. Skal Karin kunne få erstatning, skal politiet have anmeldelsen inden "
            "{param:offerst-10:hours} timer ({§offerst-10}). Sker det i fritiden, skal arbejdsgiveren tilbyde at "
            "hjælpe med anmeldelsen ({§bek1406-34}).",
        ),
    ),
    Case(
        id="seksualiserede-kommentarer",
        title="Seksualiserede beskrivelser af en ansat",
        situation=(
            "I en lukket Facebookgruppe for utilfredse borgere skriver en mand om sagsbehandleren Nadia. Han "
            "beskriver hendes krop i detaljer og skriver, hvad han «gerne ville gøre ved hende». Andre i gruppen "
            "svarer med griner.",
            "En kollega ser opslaget og sender et skærmbillede til Nadia om aftenen.",
        ),
        questions=(
            "Hvad skal kollegaen gøre, og hvad skal kollegaen lade være med?",
            "Hvordan reagerer I, hvis nogen i lokalet griner eller taler det ned?",
            "Hvornår er det hån, og hvornår er det en trussel?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "skaeldsord"), ("hvem", "arbejde"), ("platform", "ja"),
        ),
        expected=frozenset({"haan_ansat", "aerekraenkelse", "skaerpende", "offerraadgivning", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Værktøjet spørger ikke særskilt om seksuelle beskrivelser. Nedværdigende kommentarer om en ansat på "
            "grund af arbejdet kan være hån ({§strfl-121}). Er de skrevet om hende til andre og ikke til hende, kan "
            "det i stedet være ærekrænkelse ({§strfl-267}). Beskriver han vold, er det en trussel, og så skal man "
            "også vælge «Nogen har truet dig» i {spm:hvad}.",
            "Bliver billeder af Nadia redigeret til seksuelt materiale, kan det være misbrug af identitet "
            "({§strfl-264e}). Det er psykisk vold i arbejdsmiljøreglernes forstand ({§bek1406-25}). Tag det lige så "
            "alvorligt som noget, der sker i et møde. Og lad ikke Nadia åbne skærmbilledet alene.",
        ),
    ),
    Case(
        id="aktindsigt-i-personalesagen",
        title="Aktindsigt i medarbejderens personalesag",
        situation=(
            "En borger er utilfreds med sin sagsbehandler, Peter. Han sender en mail til kommunen og beder om "
            "aktindsigt i Peters personalesag. Han vil se «alt om hans uddannelse, løn og advarsler».",
            "HR fortæller Peter om anmodningen. Peter bliver utryg og spørger, om borgeren nu får hans adresse.",
        ),
        questions=(
            "Må borgeren bede om aktindsigt i en ansats personalesag?",
            "Hvem afgør, hvad der bliver udleveret, og hvem taler med Peter undervejs?",
            "Hvad kan Peter gøre, hvis anmodningen bliver fulgt op af chikane?",
        ),
        answers=(
            ("hvad", "aktindsigt"), ("hvem", "borger"),
        ),
        expected=frozenset({"ikke_strafbart", "aktindsigt", "registrer", "leder", "politihjaelp", "stoette", "arbejdsskade"}),
        note=(
            "Det er ikke strafbart at bede om aktindsigt, og værktøjet viser reglerne for det. "
            "Enhver kan bede om det, også om en medarbejder ({§offl-7}). Myndigheden skal som hovedregel svare "
            "inden {param:offl-36:working_days} arbejdsdage ({§offl-36}).",
            "Personalesager er undtaget, men fx stilling, uddannelse, arbejdsopgaver og løn skal udleveres "
            "({§offl-21}). Fra {fra:offl-21} kan Peters navn holdes tilbage, hvis hensynet til hans tryghed taler for "
            "det, og en anmodning med et chikanøst formål kan afvises ({§offl-9}). Lad HR eller en jurist vurdere "
            "sagen, og fortæl Peter, hvad der sker.",
        ),
    ),
    Case(
        id="du-er-racist",
        title="«Du er racist»",
        situation=(
            "Under et møde siger en borger til sagsbehandleren Thomas: «Du er racist. Du giver kun afslag til folk "
            "som mig.»",
            "Bagefter skriver borgeren en mail til Thomas og hans leder. Her gentager han ordet og kalder Thomas "
            "«en lille nazist» og «en skam for kommunen».",
        ),
        questions=(
            "Er «racist» et skældsord, en beskyldning eller en mening? Hvad ændrer det i værktøjet?",
            "Hvorfor handler spørgsmålet om grupper ikke om Thomas?",
            "Hvordan kan Thomas svare i mødet uden at optrappe konflikten?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "skaeldsord,kritik"), ("hvem", "borger"), ("platform", "nej"),
        ),
        expected=frozenset({"haan_ansat", "aerekraenkelse", "skaerpende", "habilitet", "offerraadgivning", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Holdet er ofte uenigt her, og det er godt. Værktøjet placerer «racist» og «en skam for kommunen» som "
            "kritik eller vurderinger, og «en lille nazist» som et skældsord. Skældsordet kan være hån mod en "
            "offentligt ansat ({§strfl-121}).",
            "Er I i tvivl, så vælg «Jeg er i tvivl» i {spm:skrevet_hvad}: værktøjet viser så de regler, ordene kan "
            "falde ind under, og politiet vurderer. Reglen om racistiske udtalelser beskytter grupper, ikke den "
            "ansatte, der bliver kaldt racist ({§strfl-266b}).",
        ),
    ),
    Case(
        id="skarp-men-lovlig-kritik",
        title="Skarp, men lovlig kritik",
        situation=(
            "En borger skriver på sin egen Facebookvæg: «Jobcentret er en skandale. Min sagsbehandler Hanne har "
            "ingen empati og lytter ikke. Hun burde finde sig et andet job.»",
            "Han tagger kommunens side, og 40 personer deler opslaget. Hanne har lyst til at skrive en kommentar.",
        ),
        questions=(
            "Hvorfor er det klogt, at Hanne ikke svarer i kommentarfeltet?",
            "Hvad kan jobcentret lære af kritikken, selv om den føles urimelig?",
            "Hvad skulle der stå i opslaget, før det krydsede grænsen?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "kritik"), ("hvem", "borger"), ("platform", "ja"),
        ),
        expected=frozenset({"lovligt", "registrer", "leder", "politihjaelp", "stoette", "arbejdsskade"}),
        note=(
            "Alt i opslaget er vurderinger af Hanne og jobcentret. Det er lovligt, også når det er hårdt og "
            "offentligt.",
            "Værktøjet viser ikke vejen til platformen her: den handler om ulovligt indhold ({§dsa-16}), og lovlig "
            "kritik er ikke ulovligt indhold. Fokus er støtte til Hanne og en god dialog med borgeren.",
        ),
    ),
    Case(
        id="filmet-i-supermarkedet",
        title="Filmet i supermarkedet i fritiden",
        situation=(
            "Ole handler ind efter arbejde. En borger, som han har haft en svær sag med, filmer ham ved kassen. "
            "Samme aften ligger videoen på TikTok med teksten «Her er han, der stoppede min kontanthjælp».",
            "Ole ændrer sine vaner. Han handler nu i en anden by og kigger sig over skulderen.",
        ),
        questions=(
            "Har det her med Oles arbejde at gøre, selv om det skete i fritiden?",
            "Hvad er forskellen på denne video og en optagelse af et møde?",
            "Hvad har Ole brug for fra sin leder og sine kolleger?",
        ),
        answers=(
            ("hvad", "delt"), ("delt_hvad", "offentligt"), ("hvem", "borger"), ("platform", "ja"),
        ),
        expected=frozenset({"chikane_ansat", "habilitet", "offerraadgivning", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Det skete i fritiden, men borgeren kender Ole fra en sag. Derfor svarer man «En borger, jeg har eller "
            "har haft en sag med» til {spm:hvem}. At filme ham og lægge videoen ud med den tekst kan være chikane "
            "af en offentligt ansat ({§strfl-119a}).",
            "Et supermarked er åbent for alle. Derfor gælder reglen om fotografering på lukkede steder ikke, og en "
            "video fra kassen er næppe et privat forhold ({§strfl-264d}). Arbejdsgiveren skal have retningslinjer "
            "for vold og chikane uden for arbejdstid ({§bek1406-33}).",
        ),
    ),
    Case(
        id="hadefuldt-opslag-om-en-gruppe",
        title="Hadefuldt opslag om en gruppe ansatte",
        situation=(
            "I en debatgruppe skriver en bruger om jobcentret: «Halvdelen af dem, der sidder der, er indvandrere. "
            "De er parasitter og burde sendes hjem.»",
            "Opslaget nævner ingen navne. En anden bruger skriver under opslaget: «Nogen burde skyde dem.» Flere "
            "ansatte genkender sig selv, og nogle tør ikke tage den vagt, hvor de sidder i skranken.",
        ),
        questions=(
            "Hvem er ramt, når ingen bliver nævnt ved navn?",
            "Hvordan tager I hånd om de kolleger, der føler sig ramt?",
            "Hvem anmelder opslaget, og hvem følger op?",
        ),
        answers=(
            ("hvad", "gruppe"), ("gruppe_hvad", "vold,nedvaerdig"), ("hvem", "arbejde"), ("platform", "ja"),
        ),
        expected=frozenset({"fare", "trusler_ansat", "opfordring", "gruppe", "bistandsadvokat", "offerraadgivning", "platform", "registrer", "leder", "politihjaelp", "stoette", "politi72", "arbejdsskade"}),
        note=(
            "Offentlige udtalelser, der nedværdiger en gruppe på grund af oprindelse, kan være strafbare, og "
            "politiet rejser selv sagen ({§strfl-266b}). Kommentaren om at skyde dem kan være en opfordring til vold "
            "({§strfl-266a}) og en offentlig trussel om vold mod offentligt ansatte ({§strfl-119}). Derfor starter "
            "værktøjet med 112.",
            "Opslaget rammer ikke én person. Tag det op som et fælles problem i hele teamet, og lad ikke de "
            "kolleger, der er ramt, stå med anmeldelsen alene.",
        ),
    ),
    Case(
        id="nabo-haaner-i-fritiden",
        title="En nabo håner i fritiden",
        situation=(
            "Lise arbejder i borgerservice. Hun er i strid med sin nabo om et hegn. Naboen skriver i den lokale "
            "Facebookgruppe, at Lise er «en led heks» og «byens mest usympatiske menneske».",
            "Naboen nævner ikke Lises arbejde, og striden har intet med hendes sager at gøre.",
        ),
        questions=(
            "Hvorfor spørger værktøjet, hvem der står bag?",
            "Hvad kan arbejdspladsen gøre, når det er privat?",
            "Hvad ændrer sig, hvis naboen begynder at skrive om Lises sager?",
        ),
        answers=(
            ("hvad", "skrevet"), ("skrevet_hvad", "skaeldsord"), ("hvem", "privat"), ("platform", "ja"),
        ),
        expected=frozenset({"aerekraenkelse", "offerraadgivning", "platform", "registrer", "leder", "stoette", "politi72"}),
        note=(
            "Når det ikke har med arbejdet at gøre, gælder de særlige regler for offentligt ansatte ikke, og det er "
            "ikke en arbejdsulykke. Grove fornærmelser kan stadig være ærekrænkelse ({§strfl-267}). Det er Lise "
            "selv, der skal rejse sagen, og fristen er {param:strfl-96:months} måneder ({§strfl-96}). Politiet tager "
            "ikke en sag om skældsord som disse ({§strfl-275}).",
            "Værktøjet viser stadig de spor, der altid gælder. Drøft, hvad en leder kan gøre, når sagen er privat.",
        ),
    ),
)

CASE_BY_ID: dict[str, Case] = {c.id: c for c in CASES}


def get(case_id: object) -> Case:
    """The card with this id; bad input raises a Danish InputError."""
    if not isinstance(case_id, str) or case_id not in CASE_BY_ID:
        raise InputError("case", "Sagen findes ikke. Vælg en sag på listen.")
    return CASE_BY_ID[case_id]


def note_rule_keys(case: Case) -> list[str]:
    """Rule keys the trainer's note cites, in order of first mention."""
    keys = [m.group(2) for p in case.note for m in MARKUP.finditer(p) if m.group(1) in ("§", "param:")]
    return list(dict.fromkeys(keys))


def problems() -> list[str]:
    """What is wrong with the card data (empty when sound). The flow itself is checked elsewhere."""
    from .flow import OUTCOME_BY_ID, QUESTION_BY_ID, walk

    found: list[str] = []
    ids = [c.id for c in CASES]
    if len(ids) != len(set(ids)):
        found.append("duplicate case ids")
    titles = [c.title for c in CASES]
    if len(titles) != len(set(titles)):
        found.append("duplicate case titles")
    known_rules = set(rules.keys())
    for c in CASES:
        where = c.id
        if not SLUG.match(c.id):
            found.append(f"{where}: id is not a slug")
        if not c.title.strip() or not all(p.strip() for p in c.situation) or not c.situation:
            found.append(f"{where}: title and situation must have text")
        if not 2 <= len(c.questions) <= 4 or not all(q.strip().endswith("?") for q in c.questions):
            found.append(f"{where}: 2-4 questions, each ending in '?'")
        if not c.note or not all(p.strip() for p in c.note):
            found.append(f"{where}: the trainer's note is missing")
        try:
            w = walk(c.answers)
        except InputError as exc:
            found.append(f"{where}: answers do not fit the flow ({exc.message})")
        else:
            if w.next_question is not None:
                found.append(f"{where}: answers stop before the end (next: {w.next_question.id})")
        unknown = sorted(c.expected - set(OUTCOME_BY_ID))
        if unknown:
            found.append(f"{where}: unknown outcomes {unknown}")
        for text in (c.title, *c.situation, *c.questions, *c.note, c.gap):
            if "§" in text.replace("{§", ""):
                found.append(f"{where}: a § typed by hand; cite it as {{§rule-key}}")
            for m in MARKUP.finditer(text):
                kind, key, param = m.groups()
                if kind == "spm:":
                    if key not in QUESTION_BY_ID:
                        found.append(f"{where}: unknown question {key!r}")
                elif key not in known_rules:
                    found.append(f"{where}: unknown rule {key!r}")
                elif kind == "param:" and param not in rules.versions(key)[-1].params:
                    found.append(f"{where}: rule {key!r} has no parameter {param!r}")
            stripped = MARKUP.sub("", text)
            if "{" in stripped or "}" in stripped:
                found.append(f"{where}: broken markup in {text[:40]!r}")
        if c.gap and not note_rule_keys(c):
            found.append(f"{where}: a case the flow does not cover must cite rules in its note")
    return found
