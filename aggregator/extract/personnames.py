"""Common given names: a byline element holding one of them alone names a person ("Petra"),
and "Source: Jane Doe" credits an interviewee, not a publisher."""

from __future__ import annotations

from aggregator.wordlists import bundled_words

#: The common given names of every country's locale in Faker's person providers, in the cased
#: scripts (bench/name_lists.py rebuilds it): "Source: Mario Rossi", "Fuente: Alejandro
#: Gómez", "Source: Wanjiru Kamau" name people. A name that is also a table outlet's or an
#: outlet word is left out there.
_LIST = "given_names.txt"


#: The most common given names in the languages the patterns read, by hand: where a name alone
#: or a name's last word must be a given name to read as one ("Petra" in a byline element,
#: "Anna Laura Reuter", "Kovács Péter"), the broad list's rarer names ("Timur", "Summer")
#: would be outlets' words too ("Suara Pantai Timur").
COMMON_GIVEN_NAMES = frozenset(
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
#: Common given names in the languages the patterns read, the hand list and the broad one: a
#: name's first word among them, "Source: Jane Doe", "Source: Mario Rossi" names a person (an
#: interviewee, a photographer), not a publisher. A lexicon rather than a guess from shape:
#: "Motorline Asia" is two capitalised words too.
GIVEN_NAMES = COMMON_GIVEN_NAMES | bundled_words(_LIST)


def given_name(word: str) -> bool:
    """Whether ``word`` is one of the most common given names (a byline element holding it
    alone names a person)."""
    return word.casefold() in COMMON_GIVEN_NAMES
