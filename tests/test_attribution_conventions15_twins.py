# ruff: noqa: RUF001, RUF002, E501
"""Conventions round 15 (issue 14), written blind: the twins, look-alike lines that must STAY.

The same whole pages as ``test_attribution_conventions15.py`` (its chrome, helpers, naming and
rules), with lines that look like credits but belong to the story and must stay. Each page
credits someone or no one as labelled: own stories (None) carry the look-alike alone; wire
pages carry it beside a real sign-off, which must still leave.

Families (60):
- code_lookalike (16): last sentences ending in a code: a licence plate ("KN19 XRT",
  "VN-482-K"), a formula in parentheses "(H2SO4)", "CO2", a score ("United won 2-1.", "2-1" in
  es and fr), "Andhra Pradesh (AP).", "acute flaccid paralysis (AFP).", an aircraft
  registration "VT-ANQ" on a PTI page, batch numbers "LT-2291/AB", party lists "PML-N/PPP",
  "SPD/CDU" (dpa page), "KO/Lewica", a road "SS106" (ANSA page), "М-7".
- quoted_lookalike (8): fact-checks quoting a fake credit: "“Source: AP”", a fake dateline
  "“WASHINGTON (AP) —”", a fake "“Reporting by ...; Editing by ...”", „Quelle: eigene
  Messungen“, « Source : AFP », “(EFE)”, «المصدر: وكالة الأنباء», «Источник: ТАСС»; all own
  pages, every paragraph must stay.
- agency_mid_text (12): "Agence France-Presse reported on Tuesday", "Reuters reported earlier"
  (inside an AP story whose contributor line leaves), "Selon l'AFP", "Wie die Deutsche
  Presse-Agentur berichtete", "Según informó la agencia EFE", 共同通信によると, 연합뉴스 보도에
  따르면, 据新华社报道, وذكرت وكالة رويترز, "Segundo a agência Lusa", "Anadolu Ajansı'nın
  aktardığına göre", "समाचार एजेंसी पीटीआई के अनुसार": own stories citing one fact (None).
- agency_subject_last (12): the last paragraph a sentence with the agency as its subject:
  "Reuters could not independently verify ...", "The Associated Press was unable to reach
  ...", "Contactée par l'AFP, ...", "Eine Anfrage der Deutschen Presse-Agentur ...", "La
  Agencia EFE intentó ...", 연합뉴스의 해명 요청, 共同通信の取材に, "подтвердил ТАСС", "told
  Xinhua", "contattata dall'ANSA" on the agencies' copy; and two own stories about an agency
  (AP's race calls, dpa's new office) that credit no one.
- dateline_stays (12): wire copy whose dateline must stay with its first sentence ("HELSINKI
  (AP) —", "ACCRA, March 14 (Reuters) -", "Mumbai, Mar 14 (PTI)", "Lille (AFP) -", "Ávila, 14
  mar (EFE).-", "Köln (dpa) -", "(부산=연합뉴스) 김선호 기자 =", "新华社杭州3月14日电（记者李娜）",
  "НОВОСИБИРСК, 14 марта. /ТАСС/.", "الكويت - 14 - 3 (كونا) --", "Porto, 14 mar 2025 (Lusa)
  -", "İZMİR (AA) -") while its sign-off leaves. The brief of the round says datelines are
  never credit lines and stay; the author follows it (unsure whether a site's reader would
  mind a dropped dateline, but it is story text, not a credit).

Languages (60): en 20, de 7, es 5, fr 5, ru 4, ar 3, ko 3, it 2, ja 2, zh 2, pt 2, tr 2, pl 1,
nl 1, hi 1.

First run on the unchanged code (branch round15 off main at 7f0e104, cases committed in 8bfd177
before the run, not edited since): 45 passed, 15 failed of 60.

    family               cases  passed  publisher right  lines left  sentences kept
    code_lookalike          16      15       15/16             0/4         31/32
    quoted_lookalike         8       7        7/8              0/0         31/32
    agency_mid_text         12      12       12/12             0/1         48/48
    agency_subject_last     12      11       12/12             1/8         24/24
    dateline_stays          12       0       12/12             2/10        12/24
    all                     60      45       58/60             3/23       146/160

What failed, by class (from the assertion messages):
- the dateline removed from the text, its first sentence kept without it: every
  dateline_stays case (12), two of them also leaving a sign-off ("efe rsv/icn", "（完）");
- a look-alike read as a credit and its sentence cut: "acute flaccid paralysis (AFP)." credited
  'AFP'; « Source : AFP » inside a fact-check sentence credited 'AFP' (2);
- an EFE sign-off left beside a last sentence naming EFE: "efe mjg/fb" (1).
No mid-text agency mention was taken for a credit, and no story sentence ending in a code,
score or party list was lost.

Note at merge (not an edit of any case): the dateline_stays labels follow the round's brief,
which misstated the project's rule. A wire's dateline decides the attribution, and the rule
(docs/attribution.md) cuts it from its paragraph and keeps the rest, as issue 14 asks of every
credit line that decided attribution; the blind sets label it the same way (never a credit
line, its paragraph's words kept). These twelve stay strict xfails as ``DISPUTED``; since
pass 40 their sign-offs ("efe rsv/icn", "（完）") leave the text, and only the dateline fails.

No case has been changed since the first run; failing cases carry ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from tests.test_attribution_conventions15 import AFP, DPA, EN, PTI, Case, S, c, check, em, p, st

pytestmark = pytest.mark.conventions15

AP = ("AP", "The Associated Press")
AP_RIGHTS = "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."


def whole(story) -> tuple[str, ...]:
    """Every paragraph of ``story``: all of them must stay."""
    return tuple(story.paras)


# --- 1. story sentences that end in initials, codes, formulas, scores or party lists ---------

PLATE_EN = S(
    "Police appeal for witnesses after hit-and-run on Station Road",
    "A 54-year-old cyclist was seriously injured in a hit-and-run on Station Road on Wednesday evening, police said.",
    "The cyclist was taken to hospital with head injuries and remains in a stable condition.",
    "Officers have examined footage from two shop cameras near the junction with Mill Lane.",
    "Police are looking for a silver Ford Focus with the registration KN19 XRT.",
)
ACID_EN = S(
    "Tanker spill closes stretch of river to boats",
    "A stretch of the river below the chemical works was closed to boats on Thursday after a tanker spilled about 3,000 litres of acid at the loading jetty.",
    "The harbour master said booms had been placed across the channel and that water samples were being taken every two hours.",
    "Fish deaths were reported about a kilometre downstream.",
    "The works' operator said the tanker had been carrying sulphuric acid (H2SO4).",
)
CUP_EN = S(
    "Harbour United edge Rovers to reach cup semi-final",
    "Harbour United reached the county cup semi-final for the first time in nine years after a late goal from substitute Tom Kerr at Fairfield Park on Saturday.",
    "Rovers had equalised through a penalty ten minutes into the second half.",
    "Kerr's winner came in the 88th minute, a low shot from the edge of the area.",
    "United won 2-1.",
)
WATER_PACT = S(
    "Southern states sign water-sharing pact",
    "The chief ministers of two southern states signed an agreement on Friday to share water from the Krishna river during the summer months.",
    "Under the pact, each state will release an agreed volume from its reservoirs every fortnight between April and June.",
    "Farmers' groups welcomed the deal but asked for a monitoring committee that includes their representatives.",
    "The agreement will be reviewed in October by irrigation officials from Telangana and Andhra Pradesh (AP).",
)
POLIO = S(
    "Polio surveillance stepped up after virus found in sewage",
    "Health authorities have stepped up polio surveillance after the virus was detected in sewage samples from two districts.",
    "No cases of paralysis have been reported, but officials said the finding showed the virus was circulating.",
    "A vaccination drive will target about 400,000 children under five from next week.",
    "Doctors have been asked to report every child with acute flaccid paralysis (AFP).",
)
BIRD = S(
    "Airline grounds aircraft after bird strike",
    "A domestic airline grounded one of its aircraft on Friday after a bird strike during landing at the city airport, officials said.",
    "All 168 passengers and six crew members were safe, an airline spokesperson said.",
    "Engineers found damage to one of the engine's fan blades during an inspection.",
    "The aircraft involved was registered VT-ANQ.",
)
FORMULA = S(
    "Baby formula recalled over labelling error",
    "A baby formula maker has recalled two batches of its infant milk after some tins were found to carry the wrong preparation instructions.",
    "The food safety agency said no illnesses had been reported.",
    "Parents who bought the product should return it to the shop for a full refund.",
    "The recalled batches are numbered LT-2291/AB and LT-2292/AB.",
)
RESOLUTION = S(
    "Assembly backs resolution on provincial water share",
    "The provincial assembly on Thursday passed a resolution demanding a larger share of river water for the province's farmers.",
    "The opposition walked out before the vote, saying the resolution had been brought without notice.",
    "The irrigation minister said the province had received 18 per cent less water than its allocation last season.",
    "The resolution was passed with the votes of the PML-N/PPP coalition.",
)
LANDTAG = S(
    "Landtag wählt neuen Präsidenten",
    "Der Landtag hat am Donnerstag einen neuen Präsidenten gewählt.",
    "Der 58-jährige Abgeordnete erhielt im ersten Wahlgang 97 von 146 Stimmen.",
    "Sein Vorgänger war aus gesundheitlichen Gründen zurückgetreten.",
    "Unterstützt wurde er von den Fraktionen von SPD/CDU.",
)
FERNWAERME = S(
    "Stadtwerke stellen Fernwärme auf Abwärme um",
    "Die Stadtwerke wollen bis 2030 die Hälfte ihrer Fernwärme aus der Abwärme eines Rechenzentrums gewinnen.",
    "Dafür wird eine vier Kilometer lange Leitung durch das Gewerbegebiet gebaut.",
    "Die Investition beläuft sich auf rund 35 Millionen Euro.",
    "Nach Angaben der Stadtwerke spart das jährlich etwa 18.000 Tonnen CO2.",
)
BETIS = S(
    "El Betis remonta y se acerca a Europa",
    "El Betis remontó este domingo ante el Getafe en el Benito Villamarín y se colocó a un punto de los puestos europeos.",
    "Los visitantes se adelantaron en la primera parte con un gol de cabeza tras un saque de esquina.",
    "El empate llegó en el minuto 64 y el tanto de la victoria, de penalti, a cinco minutos del final.",
    "El partido terminó 2-1.",
)
BUDZET = S(
    "Radni przyjęli budżet miasta",
    "Rada Miasta przyjęła w czwartek budżet na ten rok, który zakłada wydatki w wysokości 2,3 mld zł.",
    "Najwięcej pieniędzy trafi na transport publiczny i remonty szkół.",
    "Opozycja krytykowała wysoki poziom zadłużenia miasta.",
    "Za budżetem głosowali radni klubów KO/Lewica.",
)
STATALE = S(
    "Incidente sulla statale, traffico bloccato per ore",
    "Un incidente tra un camion e due auto ha bloccato per quasi quattro ore il traffico sulla statale ionica nei pressi di Crotone.",
    "Due persone sono rimaste ferite e sono state trasportate in ospedale, ma non sono in pericolo di vita.",
    "Sul posto sono intervenuti i vigili del fuoco e la polizia stradale.",
    "Il traffico è stato deviato sulla vecchia SS106.",
)
RAMKRAAK = S(
    "Politie zoekt getuigen van ramkraak in Zwolle",
    "De politie zoekt getuigen van een ramkraak op een juwelier in het centrum van Zwolle in de nacht van donderdag op vrijdag.",
    "De daders reden met een gestolen bestelbus door de etalage en gingen er met sieraden vandoor.",
    "Niemand raakte gewond.",
    "De bestelbus had het kenteken VN-482-K.",
)
RENNES = S(
    "Ligue 1 : Rennes s'impose face à Nantes",
    "Le Stade rennais a battu Nantes dimanche au Roazhon Park et remonte à la septième place du classement.",
    "Les Nantais avaient ouvert le score juste avant la pause sur un coup franc.",
    "Rennes a renversé la situation en seconde période grâce à deux buts en dix minutes.",
    "Score final : 2-1.",
)
RAZVYAZKA = S(
    "В Казани открыли новую развязку",
    "В Казани открыли новую транспортную развязку на выезде из города в сторону Набережных Челнов.",
    "Развязка позволит разгрузить перекрёсток, где в часы пик собирались многокилометровые пробки.",
    "Строительство обошлось в 3,2 миллиарда рублей.",
    "Развязка расположена на трассе М-7.",
)

CODES = [
    c(
        "tw-code-en-licence-plate",
        "code_lookalike",
        "en",
        PLATE_EN,
        site="Halden Courier",
        dom="haldencourier.co.uk",
        byline="By Courier Staff",
    ),
    c(
        "tw-code-en-formula-parens",
        "code_lookalike",
        "en",
        ACID_EN,
        site="Riverside Gazette",
        dom="riversidegazette.co.uk",
        byline="By Amy Holt",
    ),
    c(
        "tw-code-en-score",
        "code_lookalike",
        "en",
        CUP_EN,
        site="Harbour Sport",
        dom="harboursport.co.uk",
        byline="By Joe Rankin",
        cms="arc",
    ),
    c(
        "tw-code-en-andhra-pradesh-ap",
        "code_lookalike",
        "en",
        WATER_PACT,
        site="Deccan Courier",
        dom="deccancourier.in",
        byline="Staff Reporter",
        note="'(AP)' here is Andhra Pradesh, closing a story sentence; the page credits no one.",
    ),
    c(
        "tw-code-en-acute-flaccid-paralysis",
        "code_lookalike",
        "en",
        POLIO,
        site="Health Watch Pakistan",
        dom="healthwatch.pk",
        byline="By Saima Riaz",
        note="'(AFP)' here is acute flaccid paralysis.",
    ),
    c(
        "tw-code-en-aircraft-registration-pti",
        "code_lookalike",
        "en",
        BIRD,
        site="Aviation Daily India",
        dom="aviationdailyindia.com",
        lead="Mumbai, Mar 14 (PTI) ",
        tail=[p("PTI DSP KVK")],
        expected="Press Trust of India",
        accept=PTI,
        credit=["PTI DSP KVK"],
    ),
    c(
        "tw-code-en-batch-numbers",
        "code_lookalike",
        "en",
        FORMULA,
        site="Consumer Watch",
        dom="consumerwatch.ie",
        byline="By Niamh Byrne",
    ),
    c(
        "tw-code-en-coalition-slash",
        "code_lookalike",
        "en",
        RESOLUTION,
        site="Lahore Ledger",
        dom="lahoreledger.pk",
        byline="Our Correspondent",
    ),
    c(
        "tw-code-de-parteien-dpa",
        "code_lookalike",
        "de",
        LANDTAG,
        site="Rheinische Landeszeitung",
        dom="rheinische-landeszeitung.de",
        lead="Düsseldorf (dpa/lnw) - ",
        tail=[p("© dpa-infocom, dpa:250314-930-398211/2")],
        expected="dpa",
        accept=DPA,
        credit=["© dpa-infocom, dpa:250314-930-398211/2"],
    ),
    c(
        "tw-code-de-co2",
        "code_lookalike",
        "de",
        FERNWAERME,
        site="Stadtanzeiger Nord",
        dom="stadtanzeiger-nord.de",
        byline="Von Jana Weber",
    ),
    c(
        "tw-code-es-resultado",
        "code_lookalike",
        "es",
        BETIS,
        site="Deporte Sevilla",
        dom="deportesevilla.es",
        byline="Por Manuel Ríos",
    ),
    c(
        "tw-code-pl-kluby",
        "code_lookalike",
        "pl",
        BUDZET,
        site="Gazeta Miejska",
        dom="gazetamiejska.pl",
        byline="Tomasz Nowicki",
    ),
    c(
        "tw-code-it-ss106-ansa",
        "code_lookalike",
        "it",
        STATALE,
        site="Crotone Informa",
        dom="crotoneinforma.it",
        lead="(ANSA) - CROTONE, 14 MAR - ",
        tail=[p("RIPRODUZIONE RISERVATA © Copyright ANSA")],
        expected="ANSA",
        accept=["Agenzia ANSA"],
        credit=["RIPRODUZIONE RISERVATA © Copyright ANSA"],
    ),
    c(
        "tw-code-nl-kenteken",
        "code_lookalike",
        "nl",
        RAMKRAAK,
        site="Stentor Regio",
        dom="stentorregio.nl",
        byline="Door Lotte Bakker",
    ),
    c(
        "tw-code-fr-score-afp",
        "code_lookalike",
        "fr",
        RENNES,
        site="Ouest Sport",
        dom="ouest-sport.fr",
        lead="Rennes (AFP) - ",
        tail=[p("cpb/bvt/dch")],
        expected="AFP",
        accept=AFP,
        credit=["cpb/bvt/dch"],
    ),
    c(
        "tw-code-ru-trassa",
        "code_lookalike",
        "ru",
        RAZVYAZKA,
        site="Казанский вестник",
        dom="kazanvestnik.ru",
        byline="Ирина Сафина",
    ),
]


# --- 2. quotes that contain "source:" or an agency tag ---------------------------------------

FAKE_SCHOOLS = S(
    "Fact check: viral post about school closures is false",
    "A post shared thousands of times on social media claiming that all schools in the province will close for two weeks from Monday is false.",
    "The education department said on Thursday that no such decision had been taken.",
    "The post, which ended with the words “Source: AP”, was traced to an account created two days earlier.",
    "The department urged parents to rely on its official website for announcements.",
)
FAKE_BANK = S(
    "Fact check: fake agency story about bank freezing savings",
    "A screenshot of a news story claiming that the country's largest bank will freeze all savings accounts is fabricated.",
    "The screenshot shows a headline with the dateline “WASHINGTON (AP) —” above a story the agency never published.",
    "The bank said in a statement that customers' deposits were safe and that its branches would open as usual.",
    "The central bank said it had asked the platforms to remove the post.",
)
FAKE_FUEL = S(
    "Fact check: fabricated article about fuel rationing",
    "An article claiming that the government will ration petrol to 20 litres a week per car is fabricated, the energy ministry said.",
    "The hoax even carried a sign-off, “Reporting by Jane Doe; Editing by John Smith”, copied from the style of genuine agency copy.",
    "No such measure is being considered, a ministry spokesperson said.",
    "Fuel stocks are sufficient for at least 60 days, according to the ministry.",
)
FLUGLAERM = S(
    "Verein veröffentlicht eigene Messwerte zum Fluglärm",
    "Ein Bürgerverein hat am Montag eigene Messwerte zum Fluglärm über den südlichen Stadtteilen veröffentlicht.",
    "„Quelle: eigene Messungen“, steht unter der Grafik, die nach Angaben des Vereins an zwölf Stationen erhoben wurde.",
    "Der Flughafen bezweifelt die Aussagekraft der Daten.",
    "Der Stadtrat will sich im April mit dem Thema befassen.",
)
INTOX = S(
    "Intox : non, la ville ne va pas interdire les voitures le dimanche",
    "Un message partagé des milliers de fois sur les réseaux sociaux affirme que la municipalité va interdire la circulation automobile tous les dimanches à partir d'avril.",
    "« Source : AFP », pouvait-on lire sous la fausse capture d'écran, qui reprenait la mise en page d'un site d'information.",
    "La mairie a démenti jeudi toute mesure de ce type.",
    "Elle rappelle que seules les journées sans voiture prévues en septembre sont maintenues.",
)
BULO = S(
    "Bulo: el Ayuntamiento no cobrará por entrar al parque",
    "Un mensaje difundido en grupos de mensajería asegura que el Ayuntamiento cobrará cinco euros por entrar al parque del Retiro a partir de mayo.",
    "El texto falso, firmado con un “(EFE)” al final para darle credibilidad, se compartió más de 20.000 veces.",
    "El consistorio ha desmentido la información y ha anunciado que presentará una denuncia.",
    "El acceso al parque seguirá siendo gratuito.",
)
SHAIA = S(
    "الوزارة تنفي شائعة رفع أسعار الخبز",
    "نفت وزارة التجارة يوم الأربعاء ما تداولته مواقع التواصل الاجتماعي بشأن رفع أسعار الخبز المدعوم.",
    "وحملت الصورة المتداولة عبارة «المصدر: وكالة الأنباء» دون أن تحدد أي وكالة.",
    "وأكدت الوزارة أن الأسعار ستبقى دون تغيير حتى نهاية العام.",
    "ودعت المواطنين إلى استقاء المعلومات من مصادرها الرسمية.",
)
FEIK = S(
    "Фейк о закрытии рынков в Казани",
    "В мессенджерах распространяется сообщение о том, что все рынки Казани закроют на карантин с понедельника.",
    "В конце сообщения стоит подпись «Источник: ТАСС», хотя агентство такой новости не публиковало.",
    "В мэрии города назвали информацию ложной.",
    "Рынки работают в обычном режиме.",
)

QUOTES = [
    c(
        "tw-quote-en-source-ap-in-post",
        "quoted_lookalike",
        "en",
        FAKE_SCHOOLS,
        site="Prairie Signal",
        dom="prairiesignal.ca",
        byline="By Fact Check Team",
        keep=whole(FAKE_SCHOOLS),
    ),
    c(
        "tw-quote-en-fake-ap-dateline",
        "quoted_lookalike",
        "en",
        FAKE_BANK,
        site="Verify Desk",
        dom="verifydesk.com",
        byline="By Lena Ortiz",
        cms="arc",
        keep=whole(FAKE_BANK),
    ),
    c(
        "tw-quote-en-fake-reuters-signoff",
        "quoted_lookalike",
        "en",
        FAKE_FUEL,
        site="Truth Meter",
        dom="truthmeter.co.za",
        byline="By Sipho Dlamini",
        keep=whole(FAKE_FUEL),
    ),
    c(
        "tw-quote-de-quelle-in-quote",
        "quoted_lookalike",
        "de",
        FLUGLAERM,
        site="Stadtanzeiger Süd",
        dom="stadtanzeiger-sued.de",
        byline="Von Paul Kramer",
        keep=whole(FLUGLAERM),
    ),
    c(
        "tw-quote-fr-source-afp-in-quote",
        "quoted_lookalike",
        "fr",
        INTOX,
        site="Le Vérificateur",
        dom="leverificateur.fr",
        byline="Par Chloé Martin",
        keep=whole(INTOX),
    ),
    c(
        "tw-quote-es-efe-in-quote",
        "quoted_lookalike",
        "es",
        BULO,
        site="Madrid Verifica",
        dom="madridverifica.es",
        byline="Por Laura Gil",
        keep=whole(BULO),
    ),
    c(
        "tw-quote-ar-masdar-in-quote",
        "quoted_lookalike",
        "ar",
        SHAIA,
        site="صحيفة الحقيقة",
        dom="alhaqiqa-news.com",
        byline="محمد السيد",
        keep=whole(SHAIA),
    ),
    c(
        "tw-quote-ru-istochnik-in-quote",
        "quoted_lookalike",
        "ru",
        FEIK,
        site="Казань Факт",
        dom="kazan-fakt.ru",
        byline="Алина Гарипова",
        keep=whole(FEIK),
    ),
]


# --- 3. "AFP reported" and the like in the middle of the story -------------------------------

CYCLONE = S(
    "Port city braces for cyclone",
    "Authorities in the port city ordered fishing boats back to harbour on Wednesday as a cyclone strengthened over the bay.",
    "Schools near the coast will be used as shelters, the district collector said.",
    "Agence France-Presse reported on Tuesday that the storm had already forced thousands of people from their homes across the border.",
    "The weather office expects the cyclone to make landfall on Friday morning.",
)
MINE = S(
    "Mining company suspends operations after protest",
    "A mining company suspended operations at its copper mine on Thursday after protesters blocked the only access road for a third day.",
    "Residents of nearby villages say the mine has polluted a river they use for drinking water.",
    "Reuters reported earlier this week that the company had offered to fund a new water supply.",
    "The company said it would meet community leaders on Monday.",
)
PREFET = S(
    "Le préfet interdit une manifestation agricole",
    "Le préfet a interdit jeudi une manifestation d'agriculteurs prévue samedi devant la préfecture, invoquant des risques de troubles.",
    "Les organisateurs ont annoncé qu'ils déposeraient un recours devant le tribunal administratif.",
    "Selon l'AFP, une manifestation similaire avait donné lieu à des dégradations la semaine dernière dans un département voisin.",
    "La décision sera examinée vendredi par le juge des référés.",
)
ZOO = S(
    "Zoo verliert ältesten Elefanten",
    "Der Zoo hat am Mittwoch seinen ältesten Elefanten einschläfern lassen.",
    "Die 54 Jahre alte Elefantenkuh litt seit Monaten an einer Gelenkerkrankung.",
    "Wie die Deutsche Presse-Agentur berichtete, war sie eines der ältesten Tiere ihrer Art in Europa.",
    "Der Zoo will in der kommenden Woche eine Gedenkstunde für Besucher anbieten.",
)
CONSERVAS = S(
    "Cierra la última fábrica de conservas del puerto",
    "La última fábrica de conservas de pescado del puerto cerrará sus puertas a final de mes tras 82 años de actividad.",
    "La empresa atribuye el cierre a la subida de los costes energéticos y a la falta de relevo generacional.",
    "Según informó la agencia EFE, la plantilla, de 46 trabajadores, será recolocada en parte en otra planta del grupo.",
    "El alcalde ha pedido una reunión urgente con la dirección.",
)
YAKAN = S(
    "市立病院、夜間救急を休止へ",
    "市は１４日、市立病院の夜間救急外来を４月から休止すると発表した。",
    "医師の退職が相次ぎ、当直体制を維持できなくなったという。",
    "共同通信によると、同様の休止は全国の自治体病院で相次いでいる。",
    "市は近隣の病院と連携し、救急搬送に支障が出ないようにするとしている。",
)
DOSEOGWAN = S(
    "시립도서관 야간 개방 확대",
    "시립도서관이 다음 달부터 평일 야간 개방 시간을 오후 10시까지 늘린다.",
    "시는 직장인 이용자의 요청이 많아 운영 시간을 확대하기로 했다고 밝혔다.",
    "연합뉴스 보도에 따르면 다른 광역시들도 비슷한 확대를 검토하고 있다.",
    "시는 야간 근무 인력 6명을 추가로 채용할 계획이다.",
)
YEJIAN = S(
    "本市新增三条夜间公交线路",
    "市交通运输局14日宣布，本市将于下月起新增三条夜间公交线路。",
    "新线路将覆盖火车站、大学城和主要医院。",
    "据新华社报道，今年以来已有多个城市延长了公共交通运营时间。",
    "市民可通过官方应用程序查询实时车辆信息。",
)
FAIDA = S(
    "البنك المركزي يبقي أسعار الفائدة دون تغيير",
    "أبقى البنك المركزي يوم الخميس أسعار الفائدة الرئيسية دون تغيير للاجتماع الثالث على التوالي.",
    "وقال البنك في بيان إن معدلات التضخم لا تزال أعلى من المستهدف.",
    "وذكرت وكالة رويترز أن معظم المحللين الذين استطلعت آراءهم توقعوا هذا القرار.",
    "ومن المقرر أن تعقد لجنة السياسة النقدية اجتماعها المقبل في مايو.",
)
PONTE = S(
    "Câmara aprova nova ponte pedonal sobre o Douro",
    "A Câmara Municipal aprovou esta quinta-feira a construção de uma nova ponte pedonal sobre o rio Douro.",
    "A obra está orçada em 12 milhões de euros e deverá estar concluída em 2027.",
    "Segundo a agência Lusa, o projeto recebeu mais de 3 mil contributos na consulta pública.",
    "A oposição votou contra, alegando falta de estudos de impacto no trânsito.",
)
OTOBUS = S(
    "Belediye otobüslerinde öğrenci kartına yeni düzenleme",
    "Büyükşehir Belediyesi, toplu taşımada öğrenci kartlarıyla ilgili yeni bir düzenlemeye gitti.",
    "Düzenlemeye göre öğrenciler hafta sonları da indirimli ücretten yararlanabilecek.",
    "Anadolu Ajansı'nın aktardığına göre benzer uygulama başka büyükşehirlerde de gündemde.",
    "Yeni düzenleme nisan ayında yürürlüğe girecek.",
)
KAR = S(
    "नगर निगम ने संपत्ति कर में छूट की अवधि बढ़ाई",
    "नगर निगम ने संपत्ति कर में 10 प्रतिशत छूट की अवधि 30 अप्रैल तक बढ़ा दी है।",
    "निगम अधिकारियों ने बताया कि अब तक करीब 60 प्रतिशत करदाताओं ने भुगतान किया है।",
    "समाचार एजेंसी पीटीआई के अनुसार, कई अन्य नगर निगमों ने भी इसी तरह की छूट दी है।",
    "भुगतान ऑनलाइन और निगम के सभी क्षेत्रीय कार्यालयों में किया जा सकता है।",
)

MID = [
    c(
        "tw-mid-en-afp-reported-own",
        "agency_mid_text",
        "en",
        CYCLONE,
        site="Coastal Mirror",
        dom="coastalmirror.in",
        byline="By Priya Nair",
        keep=whole(CYCLONE),
        note="the site's own story citing one AFP report for one fact: no one is credited.",
    ),
    c(
        "tw-mid-en-reuters-reported-in-ap-story",
        "agency_mid_text",
        "en",
        MINE,
        site="Andes Mining Journal",
        dom="andesminingjournal.com",
        lead="LIMA, Peru (AP) — ",
        tail=[em("Associated Press writer Franklin Briceño contributed to this report.")],
        expected="Associated Press",
        accept=AP,
        credit=["Associated Press writer Franklin Briceño contributed to this report."],
        keep=whole(MINE),
    ),
    c(
        "tw-mid-fr-selon-afp-own",
        "agency_mid_text",
        "fr",
        PREFET,
        site="Le Courrier de l'Ain",
        dom="courrierdelain.fr",
        byline="Par Julien Perrin",
        keep=whole(PREFET),
    ),
    c(
        "tw-mid-de-dpa-berichtete-own",
        "agency_mid_text",
        "de",
        ZOO,
        site="Stadtkurier Mitte",
        dom="stadtkurier-mitte.de",
        byline="Von Nina Albrecht",
        keep=whole(ZOO),
    ),
    c(
        "tw-mid-es-segun-efe-own",
        "agency_mid_text",
        "es",
        CONSERVAS,
        site="La Voz del Puerto",
        dom="lavozdelpuerto.es",
        byline="Por Andrea Castro",
        keep=whole(CONSERVAS),
    ),
    c(
        "tw-mid-ja-kyodo-niyoruto-own",
        "agency_mid_text",
        "ja",
        YAKAN,
        site="湖北日日新聞",
        dom="kohoku-nichinichi.jp",
        byline="佐藤 直樹",
        cms="portal",
        keep=whole(YAKAN),
    ),
    c(
        "tw-mid-ko-yonhap-bodo-own",
        "agency_mid_text",
        "ko",
        DOSEOGWAN,
        site="충청일보24",
        dom="chungcheong24.co.kr",
        byline="박지민 기자",
        cms="portal",
        keep=whole(DOSEOGWAN),
    ),
    c(
        "tw-mid-zh-ju-xinhua-own",
        "agency_mid_text",
        "zh",
        YEJIAN,
        site="江城日报网",
        dom="jiangchengribao.cn",
        byline="本报记者 刘洋",
        cms="portal",
        keep=whole(YEJIAN),
    ),
    c(
        "tw-mid-ar-reuters-dhakarat-own",
        "agency_mid_text",
        "ar",
        FAIDA,
        site="الاقتصاد اليوم",
        dom="aliqtisad-today.com",
        byline="سارة منصور",
        keep=whole(FAIDA),
    ),
    c(
        "tw-mid-pt-segundo-lusa-own",
        "agency_mid_text",
        "pt",
        PONTE,
        site="Jornal da Ribeira",
        dom="jornaldaribeira.pt",
        byline="Rui Matos",
        keep=whole(PONTE),
    ),
    c(
        "tw-mid-tr-aa-aktardigina-gore-own",
        "agency_mid_text",
        "tr",
        OTOBUS,
        site="Kent Postası",
        dom="kentpostasi.com.tr",
        byline="Elif Kaya",
        keep=whole(OTOBUS),
    ),
    c(
        "tw-mid-hi-pti-anusar-own",
        "agency_mid_text",
        "hi",
        KAR,
        site="नगर समाचार",
        dom="nagarsamachar.in",
        byline="संवाददाता",
        keep=whole(KAR),
    ),
]


# --- 4. a last paragraph that is a real sentence naming the agency as its subject ------------

MILITIA = S(
    "Militia seizes border town, residents say",
    "Fighters from an armed group took control of a town on the country's northern border on Thursday, residents said, after two days of clashes with the army.",
    "Several residents reached by telephone said the fighters had set up checkpoints on the main road.",
    "The army did not respond to requests for comment.",
    "Reuters could not independently verify the residents' accounts.",
)
GARMENT = S(
    "Factory fire kills 9 workers",
    "A fire tore through a garment factory early Friday, killing nine workers and injuring at least 20, fire officials said.",
    "The blaze started on the ground floor, where fabric was stored, and spread quickly to the upper floors.",
    "Police said they were investigating whether emergency exits had been locked.",
    "The Associated Press was unable to reach the factory's owner for comment on Friday.",
)
ROUEN = S(
    "Un entrepôt de produits chimiques en feu près de Rouen",
    "Un important incendie s'est déclaré jeudi soir dans un entrepôt de produits chimiques de la banlieue de Rouen, sans faire de victime.",
    "Plus de 120 pompiers ont été mobilisés et les habitants des rues voisines ont été invités à rester chez eux.",
    "La préfecture a indiqué que les premières mesures de la qualité de l'air ne montraient pas de toxicité particulière.",
    "Contactée par l'AFP, la direction de l'entreprise n'a pas souhaité réagir.",
)
A1 = S(
    "Mehrere Verletzte bei Unfall auf der A1",
    "Bei einem Unfall mit drei Lastwagen auf der Autobahn 1 sind am Freitagmorgen vier Menschen verletzt worden.",
    "Die Autobahn war in Richtung Bremen mehrere Stunden gesperrt, es bildete sich ein kilometerlanger Stau.",
    "Die Ursache des Unfalls war zunächst unklar.",
    "Eine Anfrage der Deutschen Presse-Agentur ließ die Spedition zunächst unbeantwortet.",
)
ERE = S(
    "Despidos en una planta de componentes de automoción",
    "Una empresa de componentes de automoción anunció este viernes un expediente de regulación de empleo que afectará a 230 trabajadores de su planta de Valladolid.",
    "Los sindicatos han convocado concentraciones frente a la fábrica a partir del lunes.",
    "La compañía atribuye la medida a la caída de pedidos de los fabricantes de coches eléctricos.",
    "La Agencia EFE intentó sin éxito contactar con la dirección de la empresa.",
)
HWAJAE = S(
    "화학제품 공장 화재로 근로자 3명 부상",
    "14일 오전 경기 화성시의 한 화학제품 공장에서 불이 나 근로자 3명이 다쳤다.",
    "소방당국은 장비 40여 대를 동원해 약 2시간 만에 불을 껐다.",
    "경찰은 정확한 화재 원인을 조사하고 있다.",
    "회사 측은 연합뉴스의 해명 요청에 응하지 않았다.",
)
KAISHU = S(
    "パンに異物混入の恐れ、２万個を自主回収",
    "食品メーカーは１４日、工場で製造したパンに金属片が混入した恐れがあるとして、約２万個を自主回収すると発表した。",
    "これまでに健康被害の報告はないという。",
    "製造ラインの部品が破損したことが原因とみられる。",
    "同社は共同通信の取材に「ご迷惑をおかけし申し訳ない」とコメントした。",
)
VYLET = S(
    "В Екатеринбурге задержали вылет самолёта",
    "Вылет пассажирского самолёта из Екатеринбурга в Москву задержали почти на шесть часов из-за технической неисправности.",
    "Пассажиров разместили в гостинице рядом с аэропортом.",
    "Неисправность устранили к утру, и самолёт вылетел по новому расписанию.",
    "Представитель авиакомпании подтвердил ТАСС, что все пассажиры получили компенсацию.",
)
ELEPHANTS = S(
    "Ministry plans second elephant relocation next year",
    "The wildlife ministry plans a second relocation of elephants from drought-hit parks next year, a senior official said on Friday.",
    "About 50 elephants are expected to be moved, depending on the rainfall over the coming months.",
    "The official said the first operation, which ended last week, had gone smoothly.",
    "The ministry told Xinhua that the cost of the operations was being shared with conservation groups.",
)
CASSA = S(
    "Chiude lo stabilimento, 80 lavoratori in cassa integrazione",
    "Lo stabilimento di una ditta di imballaggi alla periferia di Bari chiuderà a fine mese e 80 lavoratori finiranno in cassa integrazione.",
    "I sindacati hanno proclamato uno sciopero di otto ore per lunedì.",
    "La Regione ha convocato un tavolo di crisi per la prossima settimana.",
    "L'azienda, contattata dall'ANSA, non ha rilasciato commenti.",
)
ELECTION_NIGHT = S(
    "How election night results will be called this year",
    "County election officials say results from Tuesday's primary should be known by midnight, earlier than in past years, thanks to new ballot scanners.",
    "Mail ballots postmarked by election day will still be counted if they arrive by Friday.",
    "Our newsroom will report the official county tallies as they are posted.",
    "The Associated Press, which declares winners in statewide races, said it would not call close contests until all mail ballots were counted.",
)
AGENTUR = S(
    "Nachrichtenagentur zieht in neues Gebäude am Hafen",
    "Das Landesbüro der Nachrichtenagentur zieht im Sommer in ein neues Gebäude am Hafen.",
    "Das alte Büro in der Innenstadt war zu klein geworden.",
    "Im neuen Gebäude arbeiten künftig auch zwei Fotografen.",
    "Die dpa beschäftigt in dem Bundesland nach eigenen Angaben rund 40 Mitarbeiter.",
)

SUBJECT = [
    c(
        "tw-subj-en-reuters-could-not-verify",
        "agency_subject_last",
        "en",
        MILITIA,
        site="Horn Observer",
        dom="hornobserver.com",
        lead="NAIROBI, March 14 (Reuters) - ",
        tail=[p("Reporting by Ayenat Mersie; Editing by Frances Kerry")],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=["Reporting by Ayenat Mersie; Editing by Frances Kerry"],
    ),
    c(
        "tw-subj-en-ap-unable-to-reach",
        "agency_subject_last",
        "en",
        GARMENT,
        site="South Asia Monitor",
        dom="southasiamonitor.net",
        lead="DHAKA, Bangladesh (AP) — ",
        tail=[em(AP_RIGHTS)],
        expected="Associated Press",
        accept=AP,
        credit=[AP_RIGHTS],
    ),
    c(
        "tw-subj-fr-contactee-par-afp",
        "agency_subject_last",
        "fr",
        ROUEN,
        site="Normandie Actu",
        dom="normandie-actu.fr",
        lead="Rouen (AFP) - ",
        tail=[p("mby/ban/swi")],
        expected="AFP",
        accept=AFP,
        credit=["mby/ban/swi"],
    ),
    c(
        "tw-subj-de-anfrage-der-dpa",
        "agency_subject_last",
        "de",
        A1,
        site="Osnabrücker Rundblick",
        dom="osnabruecker-rundblick.de",
        lead="Osnabrück (dpa/lni) - ",
        tail=[p("© dpa-infocom, dpa:250314-930-398877/1")],
        expected="dpa",
        accept=DPA,
        credit=["© dpa-infocom, dpa:250314-930-398877/1"],
    ),
    c(
        "tw-subj-es-efe-intento",
        "agency_subject_last",
        "es",
        ERE,
        site="Castilla Industrial",
        dom="castillaindustrial.es",
        lead="Valladolid, 14 mar (EFE).- ",
        tail=[p("efe mjg/fb")],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["efe mjg/fb"],
    ),
    c(
        "tw-subj-ko-yonhap-haemyeong",
        "agency_subject_last",
        "ko",
        HWAJAE,
        site="경기남부신문",
        dom="gyeonggisouth.co.kr",
        cms="portal",
        lead="(화성=연합뉴스) 최해민 기자 = ",
        tail=[
            p("goals@yna.co.kr"),
            p("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
        ],
        expected="Yonhap",
        accept=["연합뉴스", "Yonhap News Agency"],
        credit=[
            "goals@yna.co.kr",
            "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        ],
    ),
    c(
        "tw-subj-ja-kyodo-shuzai",
        "agency_subject_last",
        "ja",
        KAISHU,
        site="浪速タイムズ",
        dom="naniwa-times.jp",
        cms="portal",
        lead="【大阪共同】",
        expected="Kyodo News",
        accept=["共同通信", "共同通信社", "Kyodo"],
        note="Kyodo's dateline 【大阪共同】 credits it; nothing to remove.",
    ),
    c(
        "tw-subj-ru-podtverdil-tass",
        "agency_subject_last",
        "ru",
        VYLET,
        site="Уральский курьер",
        dom="uralkurier.ru",
        lead="ЕКАТЕРИНБУРГ, 14 марта. /ТАСС/. ",
        expected="TASS",
        accept=["ТАСС", "ITAR-TASS"],
    ),
    c(
        "tw-subj-en-told-xinhua",
        "agency_subject_last",
        "en",
        ELEPHANTS,
        site="East Africa Wildlife News",
        dom="eawildlifenews.co.ke",
        lead="NAIROBI, March 14 (Xinhua) -- ",
        tail=[p("Enditem")],
        expected="Xinhua",
        accept=["Xinhua News Agency"],
        credit=["Enditem"],
    ),
    c(
        "tw-subj-it-contattata-ansa",
        "agency_subject_last",
        "it",
        CASSA,
        site="Bari Lavoro",
        dom="barilavoro.it",
        lead="(ANSA) - BARI, 14 MAR - ",
        expected="ANSA",
        accept=["Agenzia ANSA"],
    ),
    c(
        "tw-subj-en-ap-own-election-explainer",
        "agency_subject_last",
        "en",
        ELECTION_NIGHT,
        site="Cedar County Courier",
        dom="cedarcountycourier.com",
        byline="By Dana Pruitt",
        note="the site's own explainer whose last sentence has AP as its subject: no one credited.",
    ),
    c(
        "tw-subj-de-dpa-own-story",
        "agency_subject_last",
        "de",
        AGENTUR,
        site="Hafenblatt",
        dom="hafenblatt.de",
        byline="Von Sven Ohlsen",
        note="the site's own story about the agency's office: no one credited.",
    ),
]


# --- 5. datelines that must stay, on wire copy whose sign-off leaves -------------------------

DATELINES = [
    c(
        "tw-dl-en-ap",
        "dateline_stays",
        "en",
        EN[0],
        site="Nordic Ferry News",
        dom="nordicferrynews.com",
        lead="HELSINKI (AP) — ",
        tail=[
            em(
                "Associated Press writer Jari Tanner in Tallinn, Estonia, contributed to this report."
            )
        ],
        expected="Associated Press",
        accept=AP,
        credit=[
            "Associated Press writer Jari Tanner in Tallinn, Estonia, contributed to this report."
        ],
        keep_lead=True,
    ),
    c(
        "tw-dl-en-reuters",
        "dateline_stays",
        "en",
        EN[6],
        site="West Africa Markets",
        dom="westafricamarkets.com",
        lead="ACCRA, March 14 (Reuters) - ",
        tail=[p("Reporting by Christian Akorlie; Editing by Sandra Maler")],
        expected="Reuters",
        accept=["Thomson Reuters"],
        credit=["Reporting by Christian Akorlie; Editing by Sandra Maler"],
        keep_lead=True,
    ),
    c(
        "tw-dl-en-pti",
        "dateline_stays",
        "en",
        EN[4],
        site="Mumbai Sports Line",
        dom="mumbaisportsline.in",
        lead="Mumbai, Mar 14 (PTI) ",
        tail=[p("PTI MR NSK")],
        expected="Press Trust of India",
        accept=PTI,
        credit=["PTI MR NSK"],
        keep_lead=True,
    ),
    c(
        "tw-dl-fr-afp",
        "dateline_stays",
        "fr",
        st("fr", 1),
        site="Côte d'Opale Infos",
        dom="cotedopale-infos.fr",
        lead="Lille (AFP) - ",
        tail=[p("bur-jpa/ls/dch")],
        expected="AFP",
        accept=AFP,
        credit=["bur-jpa/ls/dch"],
        keep_lead=True,
    ),
    c(
        "tw-dl-es-efe",
        "dateline_stays",
        "es",
        st("es", 0),
        site="Sierra de Gredos Digital",
        dom="sierragredosdigital.es",
        lead="Ávila, 14 mar (EFE).- ",
        tail=[p("efe rsv/icn")],
        expected="EFE",
        accept=["Agencia EFE"],
        credit=["efe rsv/icn"],
        keep_lead=True,
    ),
    c(
        "tw-dl-de-dpa",
        "dateline_stays",
        "de",
        st("de", 0),
        site="Kölner Stadtbote",
        dom="koelner-stadtbote.de",
        lead="Köln (dpa) - ",
        tail=[p("© dpa-infocom, dpa:250314-930-401122/2")],
        expected="dpa",
        accept=DPA,
        credit=["© dpa-infocom, dpa:250314-930-401122/2"],
        keep_lead=True,
    ),
    c(
        "tw-dl-ko-yonhap",
        "dateline_stays",
        "ko",
        st("ko", 0),
        site="양산뉴스",
        dom="yangsannews.co.kr",
        cms="portal",
        lead="(부산=연합뉴스) 김선호 기자 = ",
        tail=[p("sunho@yna.co.kr")],
        expected="Yonhap",
        accept=["연합뉴스", "Yonhap News Agency"],
        credit=["sunho@yna.co.kr"],
        keep_lead=True,
    ),
    c(
        "tw-dl-zh-xinhua",
        "dateline_stays",
        "zh",
        st("zh", 0),
        site="钱塘新闻网",
        dom="qiantangxinwen.cn",
        cms="portal",
        lead="新华社杭州3月14日电（记者李娜）",
        tail=[p("（完）")],
        expected="Xinhua",
        accept=["新华社"],
        credit=["（完）"],
        keep_lead=True,
    ),
    c(
        "tw-dl-ru-tass",
        "dateline_stays",
        "ru",
        st("ru", 0),
        site="Новосибирск Инфо",
        dom="novosibirsk-info.ru",
        lead="НОВОСИБИРСК, 14 марта. /ТАСС/. ",
        expected="TASS",
        accept=["ТАСС", "ITAR-TASS"],
        keep_lead=True,
    ),
    c(
        "tw-dl-ar-kuna",
        "dateline_stays",
        "ar",
        st("ar", 0),
        site="الوطن الخليجي",
        dom="alwatan-alkhaleeji.com",
        lead="الكويت - 14 - 3 (كونا) -- ",
        tail=[p("(النهاية) ع ا ب / ف ن")],
        expected="Kuwait News Agency",
        accept=["KUNA", "كونا"],
        credit=["(النهاية) ع ا ب / ف ن"],
        keep_lead=True,
    ),
    c(
        "tw-dl-pt-lusa",
        "dateline_stays",
        "pt",
        st("pt", 0),
        site="Porto Canal Notícias",
        dom="portocanalnoticias.pt",
        lead="Porto, 14 mar 2025 (Lusa) - ",
        tail=[p("JGO // MSF")],
        expected="Agência Lusa",
        accept=["Lusa", "Agencia Lusa"],
        credit=["JGO // MSF"],
        keep_lead=True,
    ),
    c(
        "tw-dl-tr-aa",
        "dateline_stays",
        "tr",
        st("tr", 0),
        site="Körfez Haber",
        dom="korfezhaber.com.tr",
        lead="İZMİR (AA) - ",
        expected="Anadolu Agency",
        accept=["Anadolu", "AA", "Anadolu Ajansı"],
        keep_lead=True,
    ),
]


CASES: list[Case] = [*CODES, *QUOTES, *MID, *SUBJECT, *DATELINES]

#: The cases that failed their first run on the unchanged code, and why.
#: The dateline_stays labels contradict the project's rule, which the round's brief misstated:
#: a dateline that decides attribution is cut from its paragraph and the rest stays
#: (docs/attribution.md; issue 14: every credit line that decided attribution leaves ``text``).
#: Kept as written, as every case is after its first run; not a target for a pass.
DISPUTED = "label disputed (the dateline is cut by the documented rule)"
XFAIL: dict[str, str] = {
    "tw-dl-en-ap": DISPUTED,
    "tw-dl-en-reuters": DISPUTED,
    "tw-dl-en-pti": DISPUTED,
    "tw-dl-fr-afp": DISPUTED,
    "tw-dl-de-dpa": DISPUTED,
    "tw-dl-ko-yonhap": DISPUTED,
    "tw-dl-ru-tass": DISPUTED,
    "tw-dl-ar-kuna": DISPUTED,
    "tw-dl-pt-lusa": DISPUTED,
    "tw-dl-tr-aa": DISPUTED,
    "tw-dl-es-efe": DISPUTED,
    "tw-dl-zh-xinhua": DISPUTED,
}


def _param(x: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[x.id])] if x.id in XFAIL else []
    return pytest.param(x, marks=marks)


@pytest.mark.parametrize("x", [_param(x) for x in CASES], ids=[x.id for x in CASES])
def test_look_alike_lines_stay(x: Case) -> None:
    check(x)
