"""Common given names: a byline element holding one of them alone names a person ("Petra"),
and "Source: Jane Doe" credits an interviewee, not a publisher."""

from __future__ import annotations

#: Common given names in the languages the patterns read: "Source: Jane Doe" names a person
#: (an interviewee, a photographer), not a publisher. A lexicon rather than a guess from shape:
#: "Motorline Asia" is two capitalised words too.
GIVEN_NAMES = frozenset(
    """
    aaron adam adrian ahmed ahmad aisha alan albert alex alexander alexandra ali alice amanda
    amir amit amy ana andrea andreas andrew angela ann anna anne anthony antonio arjun ashley
    barbara ben benjamin bernard beth bill bob brian carlos carla carmen caroline catherine
    charles charlotte chris christian christina christine christopher claire claudia daniel
    david deborah dennis diana diego dmitri donald dorothy edward elena elizabeth emily emma
    eric fatima fernando francesca francisco frank gabriel gary george giovanni giulia hannah
    hans harry hassan helen henry hugo ibrahim igor irina isabel jack jacob james jan jane
    janet jason javier jean jennifer jessica joan joe john jonathan jorge jose josé joseph
    juan julia julie karen karl katherine kevin khalid klaus laura lisa louis lucas lucia
    luis luisa manuel marc marco margaret maria marie mark martin mary matthew michael
    michelle miguel mohamed mohammed muhammad nancy natalia nicholas nicolas nina olga olivia
    omar pablo patricia paul pedro peter philip pierre pooja priya rachel rahul raj ramón
    raúl rebecca richard robert roberto rosa ryan sandra sara sarah sergei sophie stefan
    stephen steven susan thomas tim timothy tom tomás vikram william yusuf zainab
    petra eva katarina jana lena sofia ines elif ayşe mehmet murat
    ivan marko luka ante josip tomislav ivana marija ivica goran zoran dragan milan nikola
    nikolina petar jelena vesna dragana milica stefan miloš milos jovan aleksandar
    tomasz piotr krzysztof paweł pawel michał michal katarzyna agnieszka magdalena małgorzata
    jiří jiri petr josef pavel lucie tereza martina lenka zuzana
    istván istvan lászló laszlo józsef jozsef zoltán zoltan ferenc gábor gabor attila péter
    eszter katalin zsuzsanna erzsébet ildikó krisztina
    andrei andrei ion ioan mihai gheorghe vasile alexandru florin ioana elena mihaela
    cristina andreea
    oleksandr olena oksana tetiana taras mykola serhiy serhii andriy dmytro yulia iryna
    олександр олена оксана тетяна тарас микола сергій андрій дмитро юлія ірина іван
    александр сергей андрей дмитрий ольга наталья елена ирина мария анна
        """.split()  # noqa: SIM905  (a word list reads better as words)
)


def given_name(word: str) -> bool:
    """Whether ``word`` is a common given name."""
    return word.casefold() in GIVEN_NAMES
