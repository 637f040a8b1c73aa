# ruff: noqa: E501, RUF001  (markup lines; typographic characters of each language)
"""Page templates of the forty-fourth blind set, written for it from the markup that modern
JavaScript news front-ends and live formats emit (not derived from any earlier set's templates).

Ten families, each a function ``Page -> str`` in ``RENDER``:

- ``next``: Next.js server output, Pages Router (``__NEXT_DATA__``) or App Router (``self.__next_f``);
- ``nuxt``: Nuxt 2 (``window.__NUXT__`` as an IIFE) or Nuxt 3 (``__NUXT_DATA__``, devalue-flattened);
- ``fusion``: an Arc-like Fusion page (``Fusion.globalContent`` in ANS shape);
- ``headless``: a headless WordPress front end, Frontity (``__FRONTITY_CONNECT_STATE__``) or
  Faust.js-like Next with ``__APOLLO_STATE__``;
- ``static``: Gatsby or Astro static news sites;
- ``amp``: AMP articles; ``story``: AMP web stories (slides);
- ``live``: live pages with timestamped updates (``LiveBlogPosting``);
- ``print``: print views; ``lite``: text-only/lite pages.

Stdlib only; deterministic (variation comes from sha1 of the site).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

# ------------------------------------------------------------------------------------ UI words
UI: dict[str, dict[str, str]] = {
    "en": dict(
        home="Home",
        news="News",
        region="Regions",
        society="Society",
        menu="Menu",
        search="Search",
        share="Share",
        copy="Copy link",
        related="Read also",
        most_read="Most read",
        comments="Comments",
        no_comments="No comments yet. Be the first to comment.",
        add_comment="Add a comment",
        cookie="We use cookies to improve your experience and to show relevant ads.",
        accept="Accept all",
        settings="Cookie settings",
        newsletter="Get our morning newsletter",
        subscribe="Subscribe",
        email="Your email",
        ad="Advertisement",
        rights="All rights reserved.",
        published="Published",
        updated="Updated",
        by="By",
        min_read="min read",
        tags="Tags",
        live="LIVE",
        latest="Latest updates",
        load_more="Show more updates",
        print="Print",
        close="Close",
        full="Full version",
        lite="Text-only edition",
        about="About us",
        contact="Contact",
        privacy="Privacy policy",
        desk="Newsroom",
        follow="Follow us",
        read_more="Read the full story",
        partners="From our partners",
        back="Back to article",
        key="Key points",
        copy_html="Copy HTML",
        tz_note="All times local",
    ),
    "pl": dict(
        home="Strona główna",
        news="Wiadomości",
        region="Region",
        society="Społeczeństwo",
        menu="Menu",
        search="Szukaj",
        share="Udostępnij",
        copy="Kopiuj link",
        related="Czytaj także",
        most_read="Najczęściej czytane",
        comments="Komentarze",
        no_comments="Brak komentarzy. Skomentuj jako pierwszy.",
        add_comment="Dodaj komentarz",
        cookie="Używamy plików cookies, aby ułatwić korzystanie z serwisu i wyświetlać dopasowane reklamy.",
        accept="Akceptuję",
        settings="Ustawienia cookies",
        newsletter="Zapisz się na poranny newsletter",
        subscribe="Zapisz się",
        email="Twój e-mail",
        ad="Reklama",
        rights="Wszelkie prawa zastrzeżone.",
        published="Opublikowano",
        updated="Aktualizacja",
        by="Autor",
        min_read="min czytania",
        tags="Tagi",
        live="NA ŻYWO",
        latest="Najnowsze wpisy",
        load_more="Pokaż więcej wpisów",
        print="Drukuj",
        close="Zamknij",
        full="Pełna wersja",
        lite="Wersja tekstowa",
        about="O nas",
        contact="Kontakt",
        privacy="Polityka prywatności",
        desk="Redakcja",
        follow="Obserwuj nas",
        read_more="Przeczytaj cały artykuł",
        partners="Z innych serwisów",
        back="Wróć do artykułu",
        key="Najważniejsze",
        copy_html="Kopiuj HTML",
        tz_note="Czas lokalny",
    ),
    "cs": dict(
        home="Úvod",
        news="Zprávy",
        region="Kraj",
        society="Společnost",
        menu="Menu",
        search="Hledat",
        share="Sdílet",
        copy="Kopírovat odkaz",
        related="Přečtěte si také",
        most_read="Nejčtenější",
        comments="Diskuse",
        no_comments="Zatím žádné příspěvky. Buďte první.",
        add_comment="Přidat příspěvek",
        cookie="Tento web používá soubory cookie ke zlepšení služeb a k zobrazení relevantní reklamy.",
        accept="Přijmout vše",
        settings="Nastavení",
        newsletter="Odebírejte ranní přehled zpráv",
        subscribe="Odebírat",
        email="Váš e-mail",
        ad="Reklama",
        rights="Všechna práva vyhrazena.",
        published="Publikováno",
        updated="Aktualizováno",
        by="Autor",
        min_read="min čtení",
        tags="Témata",
        live="ŽIVĚ",
        latest="Nejnovější zprávy",
        load_more="Načíst další",
        print="Vytisknout",
        close="Zavřít",
        full="Plná verze",
        lite="Textová verze",
        about="O nás",
        contact="Kontakt",
        privacy="Ochrana osobních údajů",
        desk="Redakce",
        follow="Sledujte nás",
        read_more="Celý článek",
        partners="Z jiných webů",
        back="Zpět na článek",
        key="Hlavní body",
        copy_html="Kopírovat HTML",
        tz_note="Místní čas",
    ),
    "ro": dict(
        home="Acasă",
        news="Știri",
        region="Local",
        society="Social",
        menu="Meniu",
        search="Caută",
        share="Distribuie",
        copy="Copiază linkul",
        related="Citește și",
        most_read="Cele mai citite",
        comments="Comentarii",
        no_comments="Niciun comentariu încă. Fii primul care comentează.",
        add_comment="Adaugă un comentariu",
        cookie="Folosim cookie-uri pentru a îmbunătăți experiența și pentru a afișa reclame relevante.",
        accept="Accept toate",
        settings="Setări cookie",
        newsletter="Abonează-te la newsletterul de dimineață",
        subscribe="Abonează-te",
        email="Adresa de e-mail",
        ad="Publicitate",
        rights="Toate drepturile rezervate.",
        published="Publicat",
        updated="Actualizat",
        by="Autor",
        min_read="min de citit",
        tags="Etichete",
        live="LIVE",
        latest="Ultimele actualizări",
        load_more="Încarcă mai multe",
        print="Printează",
        close="Închide",
        full="Versiunea completă",
        lite="Versiunea text",
        about="Despre noi",
        contact="Contact",
        privacy="Politica de confidențialitate",
        desk="Redacția",
        follow="Urmărește-ne",
        read_more="Citește articolul complet",
        partners="De la partenerii noștri",
        back="Înapoi la articol",
        key="Pe scurt",
        copy_html="Copiază HTML",
        tz_note="Ora locală",
    ),
    "hu": dict(
        home="Címlap",
        news="Hírek",
        region="Megye",
        society="Közélet",
        menu="Menü",
        search="Keresés",
        share="Megosztás",
        copy="Link másolása",
        related="Ezt is ajánljuk",
        most_read="Legolvasottabb",
        comments="Hozzászólások",
        no_comments="Még nincs hozzászólás. Legyen az első!",
        add_comment="Hozzászólok",
        cookie="Oldalunk sütiket használ a jobb felhasználói élmény és a releváns hirdetések érdekében.",
        accept="Elfogadom",
        settings="Süti-beállítások",
        newsletter="Iratkozzon fel reggeli hírlevelünkre",
        subscribe="Feliratkozom",
        email="E-mail-cím",
        ad="Hirdetés",
        rights="Minden jog fenntartva.",
        published="Megjelent",
        updated="Frissítve",
        by="Szerző",
        min_read="perc olvasás",
        tags="Címkék",
        live="ÉLŐ",
        latest="Legfrissebb",
        load_more="További bejegyzések",
        print="Nyomtatás",
        close="Bezárás",
        full="Teljes verzió",
        lite="Szöveges verzió",
        about="Rólunk",
        contact="Kapcsolat",
        privacy="Adatvédelem",
        desk="Szerkesztőség",
        follow="Kövessen minket",
        read_more="Tovább a cikkre",
        partners="Partnereinktől",
        back="Vissza a cikkhez",
        key="Röviden",
        copy_html="HTML másolása",
        tz_note="Helyi idő",
    ),
    "uk": dict(
        home="Головна",
        news="Новини",
        region="Регіон",
        society="Суспільство",
        menu="Меню",
        search="Пошук",
        share="Поділитися",
        copy="Копіювати посилання",
        related="Читайте також",
        most_read="Найпопулярніше",
        comments="Коментарі",
        no_comments="Коментарів поки немає. Будьте першим.",
        add_comment="Додати коментар",
        cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту та показувати релевантну рекламу.",
        accept="Прийняти",
        settings="Налаштування cookie",
        newsletter="Підпишіться на ранкову розсилку",
        subscribe="Підписатися",
        email="Ваш e-mail",
        ad="Реклама",
        rights="Усі права захищено.",
        published="Опубліковано",
        updated="Оновлено",
        by="Автор",
        min_read="хв читання",
        tags="Теги",
        live="НАЖИВО",
        latest="Останні оновлення",
        load_more="Показати ще",
        print="Друк",
        close="Закрити",
        full="Повна версія",
        lite="Текстова версія",
        about="Про нас",
        contact="Контакти",
        privacy="Політика конфіденційності",
        desk="Редакція",
        follow="Стежте за нами",
        read_more="Читати повністю",
        partners="Від партнерів",
        back="Повернутися до статті",
        key="Головне",
        copy_html="Копіювати HTML",
        tz_note="За київським часом",
    ),
    "ka": dict(
        home="მთავარი",
        news="ახალი ამბები",
        region="რეგიონები",
        society="საზოგადოება",
        menu="მენიუ",
        search="ძიება",
        share="გაზიარება",
        copy="ბმულის კოპირება",
        related="ასევე წაიკითხეთ",
        most_read="ყველაზე კითხვადი",
        comments="კომენტარები",
        no_comments="კომენტარები ჯერ არ არის.",
        add_comment="კომენტარის დამატება",
        cookie="საიტი იყენებს ქუქი-ფაილებს მომსახურების გასაუმჯობესებლად.",
        accept="ვეთანხმები",
        settings="პარამეტრები",
        newsletter="გამოიწერეთ დილის სიახლეები",
        subscribe="გამოწერა",
        email="ელფოსტა",
        ad="რეკლამა",
        rights="ყველა უფლება დაცულია.",
        published="გამოქვეყნდა",
        updated="განახლდა",
        by="ავტორი",
        min_read="წთ საკითხავი",
        tags="თეგები",
        live="LIVE",
        latest="ბოლო განახლებები",
        load_more="მეტის ნახვა",
        print="ამობეჭდვა",
        close="დახურვა",
        full="სრული ვერსია",
        lite="ტექსტური ვერსია",
        about="ჩვენ შესახებ",
        contact="კონტაქტი",
        privacy="კონფიდენციალურობა",
        desk="რედაქცია",
        follow="გამოგვყევით",
        read_more="სრულად წაკითხვა",
        partners="პარტნიორებისგან",
        back="სტატიაზე დაბრუნება",
        key="მთავარი ფაქტები",
        copy_html="HTML-ის კოპირება",
        tz_note="თბილისის დროით",
    ),
    "hy": dict(
        home="Գլխավոր",
        news="Լուրեր",
        region="Մարզեր",
        society="Հասարակություն",
        menu="Մենյու",
        search="Որոնում",
        share="Կիսվել",
        copy="Պատճենել հղումը",
        related="Կարդացեք նաև",
        most_read="Ամենաընթերցվածը",
        comments="Մեկնաբանություններ",
        no_comments="Մեկնաբանություններ դեռ չկան։",
        add_comment="Մեկնաբանել",
        cookie="Կայքն օգտագործում է cookie ֆայլեր՝ ծառայությունները բարելավելու համար։",
        accept="Համաձայն եմ",
        settings="Կարգավորումներ",
        newsletter="Բաժանորդագրվեք առավոտյան տեղեկագրին",
        subscribe="Բաժանորդագրվել",
        email="Էլ. փոստ",
        ad="Գովազդ",
        rights="Բոլոր իրավունքները պաշտպանված են։",
        published="Հրապարակվել է",
        updated="Թարմացվել է",
        by="Հեղինակ",
        min_read="րոպե ընթերցում",
        tags="Պիտակներ",
        live="ՈՒՂԻՂ",
        latest="Վերջին թարմացումները",
        load_more="Ավելին",
        print="Տպել",
        close="Փակել",
        full="Ամբողջական տարբերակ",
        lite="Տեքստային տարբերակ",
        about="Մեր մասին",
        contact="Կապ",
        privacy="Գաղտնիության քաղաքականություն",
        desk="Խմբագրություն",
        follow="Հետևեք մեզ",
        read_more="Կարդալ ամբողջությամբ",
        partners="Գործընկերներից",
        back="Վերադառնալ հոդվածին",
        key="Գլխավորը",
        copy_html="Պատճենել HTML",
        tz_note="Երևանի ժամանակով",
    ),
    "az": dict(
        home="Ana səhifə",
        news="Xəbərlər",
        region="Regionlar",
        society="Cəmiyyət",
        menu="Menyu",
        search="Axtarış",
        share="Paylaş",
        copy="Linki kopyala",
        related="Oxşar xəbərlər",
        most_read="Ən çox oxunan",
        comments="Şərhlər",
        no_comments="Hələ şərh yoxdur.",
        add_comment="Şərh yaz",
        cookie="Saytımız xidmətləri yaxşılaşdırmaq üçün kukilərdən istifadə edir.",
        accept="Qəbul edirəm",
        settings="Parametrlər",
        newsletter="Səhər bülletenimizə abunə olun",
        subscribe="Abunə ol",
        email="E-poçt",
        ad="Reklam",
        rights="Bütün hüquqlar qorunur.",
        published="Dərc olunub",
        updated="Yenilənib",
        by="Müəllif",
        min_read="dəq oxuma",
        tags="Teqlər",
        live="CANLI",
        latest="Son yeniliklər",
        load_more="Daha çox",
        print="Çap et",
        close="Bağla",
        full="Tam versiya",
        lite="Mətn versiyası",
        about="Haqqımızda",
        contact="Əlaqə",
        privacy="Məxfilik siyasəti",
        desk="Redaksiya",
        follow="Bizi izləyin",
        read_more="Ətraflı oxu",
        partners="Tərəfdaşlardan",
        back="Xəbərə qayıt",
        key="Əsas məqamlar",
        copy_html="HTML-i kopyala",
        tz_note="Bakı vaxtı ilə",
    ),
    "kk": dict(
        home="Басты бет",
        news="Жаңалықтар",
        region="Аймақ",
        society="Қоғам",
        menu="Мәзір",
        search="Іздеу",
        share="Бөлісу",
        copy="Сілтемені көшіру",
        related="Тағы оқыңыз",
        most_read="Көп оқылған",
        comments="Пікірлер",
        no_comments="Әзірге пікір жоқ.",
        add_comment="Пікір қалдыру",
        cookie="Сайт қызметті жақсарту үшін cookie файлдарын пайдаланады.",
        accept="Келісемін",
        settings="Баптаулар",
        newsletter="Таңғы жаңалықтарға жазылыңыз",
        subscribe="Жазылу",
        email="E-mail",
        ad="Жарнама",
        rights="Барлық құқықтар қорғалған.",
        published="Жарияланды",
        updated="Жаңартылды",
        by="Авторы",
        min_read="мин оқу",
        tags="Тегтер",
        live="ТІКЕЛЕЙ",
        latest="Соңғы жаңартулар",
        load_more="Тағы көрсету",
        print="Басып шығару",
        close="Жабу",
        full="Толық нұсқа",
        lite="Мәтіндік нұсқа",
        about="Біз туралы",
        contact="Байланыс",
        privacy="Құпиялылық саясаты",
        desk="Редакция",
        follow="Бізді бақылаңыз",
        read_more="Толық оқу",
        partners="Серіктестерден",
        back="Мақалаға оралу",
        key="Басты мәлімет",
        copy_html="HTML көшіру",
        tz_note="Астана уақытымен",
    ),
    "uz": dict(
        home="Bosh sahifa",
        news="Yangiliklar",
        region="Hududlar",
        society="Jamiyat",
        menu="Menyu",
        search="Qidiruv",
        share="Ulashish",
        copy="Havolani nusxalash",
        related="Shuningdek o‘qing",
        most_read="Ko‘p o‘qilgan",
        comments="Izohlar",
        no_comments="Hozircha izoh yo‘q.",
        add_comment="Izoh qoldirish",
        cookie="Sayt xizmatlarni yaxshilash uchun cookie fayllardan foydalanadi.",
        accept="Roziman",
        settings="Sozlamalar",
        newsletter="Ertalabki xabarnomaga obuna bo‘ling",
        subscribe="Obuna bo‘lish",
        email="E-pochta",
        ad="Reklama",
        rights="Barcha huquqlar himoyalangan.",
        published="E’lon qilindi",
        updated="Yangilandi",
        by="Muallif",
        min_read="daqiqa o‘qish",
        tags="Teglar",
        live="JONLI",
        latest="So‘nggi yangilanishlar",
        load_more="Yana ko‘rsatish",
        print="Chop etish",
        close="Yopish",
        full="To‘liq versiya",
        lite="Matnli versiya",
        about="Biz haqimizda",
        contact="Aloqa",
        privacy="Maxfiylik siyosati",
        desk="Tahririyat",
        follow="Bizni kuzating",
        read_more="To‘liq o‘qish",
        partners="Hamkorlardan",
        back="Maqolaga qaytish",
        key="Asosiysi",
        copy_html="HTML nusxalash",
        tz_note="Toshkent vaqti bilan",
    ),
    "es": dict(
        home="Inicio",
        news="Noticias",
        region="Regiones",
        society="Sociedad",
        menu="Menú",
        search="Buscar",
        share="Compartir",
        copy="Copiar enlace",
        related="Te puede interesar",
        most_read="Lo más leído",
        comments="Comentarios",
        no_comments="Todavía no hay comentarios. Sé el primero en comentar.",
        add_comment="Comentar",
        cookie="Usamos cookies para mejorar tu experiencia y mostrarte publicidad relevante.",
        accept="Aceptar",
        settings="Configurar cookies",
        newsletter="Recibe nuestro boletín matutino",
        subscribe="Suscribirme",
        email="Tu correo",
        ad="Publicidad",
        rights="Todos los derechos reservados.",
        published="Publicado",
        updated="Actualizado",
        by="Por",
        min_read="min de lectura",
        tags="Temas",
        live="EN VIVO",
        latest="Últimas actualizaciones",
        load_more="Ver más",
        print="Imprimir",
        close="Cerrar",
        full="Versión completa",
        lite="Versión ligera",
        about="Quiénes somos",
        contact="Contacto",
        privacy="Aviso de privacidad",
        desk="Redacción",
        follow="Síguenos",
        read_more="Lee la nota completa",
        partners="De nuestros aliados",
        back="Volver a la nota",
        key="Lo que sabemos",
        copy_html="Copiar HTML",
        tz_note="Hora local",
    ),
    "pt": dict(
        home="Início",
        news="Notícias",
        region="Região",
        society="Cotidiano",
        menu="Menu",
        search="Buscar",
        share="Compartilhar",
        copy="Copiar link",
        related="Leia também",
        most_read="Mais lidas",
        comments="Comentários",
        no_comments="Ainda não há comentários. Seja o primeiro a comentar.",
        add_comment="Comentar",
        cookie="Usamos cookies para melhorar sua experiência e exibir anúncios relevantes.",
        accept="Aceitar",
        settings="Configurar cookies",
        newsletter="Receba a newsletter da manhã",
        subscribe="Inscrever-se",
        email="Seu e-mail",
        ad="Publicidade",
        rights="Todos os direitos reservados.",
        published="Publicado em",
        updated="Atualizado em",
        by="Por",
        min_read="min de leitura",
        tags="Tags",
        live="AO VIVO",
        latest="Últimas atualizações",
        load_more="Carregar mais",
        print="Imprimir",
        close="Fechar",
        full="Versão completa",
        lite="Versão leve",
        about="Quem somos",
        contact="Contato",
        privacy="Política de privacidade",
        desk="Redação",
        follow="Siga-nos",
        read_more="Leia a matéria completa",
        partners="Dos nossos parceiros",
        back="Voltar para a matéria",
        key="Resumo",
        copy_html="Copiar HTML",
        tz_note="Horário local",
    ),
}


#: the path segments of the section menus: (region, news, society)
SLUGS: dict[str, tuple[str, str, str]] = {
    "en": ("regions", "news", "society"),
    "pl": ("region", "wiadomosci", "spoleczenstwo"),
    "cs": ("kraj", "zpravy", "spolecnost"),
    "ro": ("local", "stiri", "social"),
    "hu": ("megye", "hirek", "kozelet"),
    "uk": ("region", "novyny", "suspilstvo"),
    "ka": ("regions", "news", "society"),
    "hy": ("marzer", "lurer", "hasarakutyun"),
    "az": ("regionlar", "xeberler", "cemiyyet"),
    "kk": ("aimaq", "zhanalyqtar", "qogam"),
    "uz": ("hududlar", "yangiliklar", "jamiyat"),
    "es": ("regiones", "noticias", "sociedad"),
    "pt": ("regiao", "noticias", "cotidiano"),
}


# ------------------------------------------------------------------------------------ the page
@dataclass
class Page:
    """What a template needs to know about one page (built by `build44.render`)."""

    lang: str
    site: str
    host: str
    name: str
    url: str
    canonical: str
    title: str
    lead: str
    iso: str  # publication time with the place's UTC offset
    date: str  # the day as the site prints it
    time: str  # "HH:MM"
    author: str
    section: str
    section_slug: str
    paras: list[str]
    dateline: str = ""
    mention: str = ""
    mention_tag: str = ""
    caption: str = ""
    credits: list[tuple[str, str]] = field(default_factory=list)
    own: list[tuple[str, str]] = field(default_factory=list)
    markup: dict[str, str] = field(default_factory=dict)
    extras: dict[str, str] = field(default_factory=dict)
    related: list[tuple[str, str]] = field(default_factory=list)
    most_read: list[tuple[str, str]] = field(default_factory=list)
    variant: str = ""
    source_name: str | None = None  # the CMS source field of the blobs (None: empty)

    @property
    def ui(self) -> dict[str, str]:
        return UI[self.lang]

    def slot(self, name: str) -> list[str]:
        return [t for s, t in self.credits if s == name]

    def own_slot(self, name: str) -> list[str]:
        return [t for s, t in self.own if s == name]


def h(text: str, n: int = 8) -> str:
    """A stable hex fragment (build hashes, ids)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def num(text: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % (hi - lo)


def e(text: str) -> str:
    return escape(text, quote=True)


def script_json(data: object) -> str:
    """JSON for a <script> element, with <, > and & escaped as Next.js does."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def ld_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def label_value(line: str, cls: str) -> str:
    """A credit printed as two elements (label and value), as byline rows and source boxes do."""
    label, sep, value = line.partition(": ")
    if not sep:
        return f'<span class="{cls}">{e(line)}</span>'
    return f'<span class="{cls}__label">{e(label)}:</span> <strong class="{cls}__value">{e(value)}</strong>'


def founded(p: Page) -> int:
    return num(p.site + "founded", 2006, 2021)


# ------------------------------------------------------------------------------------ the article text
Item = tuple[str, str, str]  # (kind, text, extra)


def article_items(p: Page, *, with_mention: bool = True) -> list[Item]:
    """The article's blocks in reading order: credit lines above, paragraphs (the dateline on the
    first, the captioned figure after the first, the mention after the second, a mid box after
    the third, tags on the last), credit and own lines below, sign-offs, an agencies line."""
    items: list[Item] = [("credit", t, "top") for t in p.slot("top")]
    items += [("own", t, "top") for t in p.own_slot("top")]
    paras = list(p.paras)
    tag = " ".join(p.slot("tag"))
    for i, para in enumerate(paras):
        text = para + (" " + tag if tag and i == len(paras) - 1 else "")
        items.append(("p", text, p.dateline if i == 0 else ""))
        if i == 0 and p.caption:
            items.append(("figure", p.caption, ""))
        if i == 1 and p.mention and with_mention:
            items.append(("p", p.mention, ""))
        if i == 2:
            items += [("box", t, "") for t in p.slot("mid")]
    items += [("credit", t, "end") for t in p.slot("end")]
    items += [("own", t, "end") for t in p.own_slot("end")]
    items += [("signoff", t, "") for t in p.slot("signoff")]
    if "agencies" in p.extras:
        items.append(("agencies", p.extras["agencies"], ""))
    return items


def para_html(text: str, dateline: str, cls: str = "", dl_cls: str = "dateline") -> str:
    c = f' class="{cls}"' if cls else ""
    if dateline:
        return f'<p{c}><strong class="{dl_cls}">{e(dateline.rstrip())}</strong> {e(text)}</p>'
    return f"<p{c}>{e(text)}</p>"


def img_url(p: Page, what: str, w: int = 1200) -> str:
    return f"https://{p.host}/media/2027/03/{h(p.site + what, 10)}-{w}x{w * 9 // 16}.jpg"


def story_text(p: Page) -> list[str]:
    """Every line of article text (for the blobs' body fields), in reading order."""
    out = []
    for kind, text, extra in article_items(p):
        if kind == "p" and extra:
            out.append(f"{extra.rstrip()} {text}")
        else:
            out.append(text)
    return out


def news_ld(p: Page, kind: str = "NewsArticle") -> dict:
    return {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": p.title,
        "description": p.lead,
        "inLanguage": p.lang,
        "datePublished": p.iso,
        "dateModified": p.iso,
        "mainEntityOfPage": {"@type": "WebPage", "@id": p.canonical},
        "image": [img_url(p, "hero")],
        "author": [{"@type": "Person", "name": p.author}]
        if p.author != p.ui["desk"]
        else [{"@type": "Organization", "name": p.name}],
        "publisher": {
            "@type": "Organization",
            "name": p.name,
            "logo": {"@type": "ImageObject", "url": f"https://{p.host}/static/logo-600x60.png"},
        },
    }


def head_meta(p: Page, extra: str = "") -> str:
    """The meta tags most front ends put in <head> (react-helmet, next/head, unhead alike)."""
    syn = p.markup.get("syndication")
    lines = [
        f'<meta name="description" content="{e(p.lead)}"/>',
        f'<link rel="canonical" href="{e(p.canonical)}"/>',
        f'<meta property="og:type" content="article"/><meta property="og:title" content="{e(p.title)}"/>',
        f'<meta property="og:description" content="{e(p.lead)}"/><meta property="og:url" content="{e(p.canonical)}"/>',
        f'<meta property="og:image" content="{img_url(p, "hero")}"/><meta property="og:site_name" content="{e(p.name)}"/>',
        f'<meta property="article:published_time" content="{p.iso}"/><meta property="article:section" content="{e(p.section)}"/>',
        '<meta name="twitter:card" content="summary_large_image"/>',
    ]
    if syn:
        lines.append(
            f'<meta name="syndication-source" content="{e(syn)}"/><meta name="original-source" content="{e(syn)}"/>'
        )
    return "".join(lines) + extra


def nav_links(p: Page) -> list[tuple[str, str]]:
    u = p.ui
    _, news, society = SLUGS[p.lang]
    return [
        ("/", u["home"]),
        ("/" + p.section_slug, p.section),
        ("/" + news, u["news"]),
        ("/" + society, u["society"]),
    ]


def related_list(p: Page, cls: str) -> str:
    items = "".join(
        f'<li class="{cls}__item"><a href="{e(href)}">{e(t)}</a></li>' for t, href in p.related
    )
    return f'<ul class="{cls}__list">{items}</ul>'


def partners_block(p: Page, cls: str) -> str:
    spec = p.extras.get("partners")
    if not spec:
        return ""
    rows = []
    for entry in spec.split(";"):
        title, _, outlet = entry.partition("|")
        rows.append(
            f'<li><a href="https://{p.host}/go/partner?u={h(title, 12)}" rel="sponsored noopener" target="_blank">'
            f'<span class="{cls}__title">{e(title)}</span> <span class="{cls}__outlet">{e(outlet)}</span></a></li>'
        )
    return (
        f'<section class="{cls}"><h2>{e(p.ui["partners"])}</h2><ul>{"".join(rows)}</ul></section>'
    )


def bio_block(p: Page, cls: str) -> str:
    bio = p.extras.get("bio")
    if not bio:
        return ""
    return f'<div class="{cls}"><img src="https://{p.host}/media/authors/{h(p.author, 6)}-96.jpg" alt="{e(p.author)}" width="48" height="48"/><p>{e(bio)}</p></div>'


def share_buttons(p: Page, cls: str) -> str:
    u = p.ui
    target = e(p.url)
    return (
        f'<div class="{cls}" role="group" aria-label="{e(u["share"])}">'
        f'<a class="{cls}__fb" href="https://www.facebook.com/sharer/sharer.php?u={target}" target="_blank" rel="noopener">Facebook</a>'
        f'<a class="{cls}__x" href="https://x.com/intent/post?url={target}" target="_blank" rel="noopener">X</a>'
        f'<a class="{cls}__tg" href="https://t.me/share/url?url={target}" target="_blank" rel="noopener">Telegram</a>'
        f'<a class="{cls}__wa" href="https://wa.me/?text={target}" target="_blank" rel="noopener">WhatsApp</a>'
        f'<button type="button" class="{cls}__copy" data-url="{target}">{e(u["copy"])}</button></div>'
    )


def cookie_bar(p: Page, cls: str) -> str:
    u = p.ui
    return (
        f'<div class="{cls}" role="dialog" aria-live="polite" aria-label="cookies"><p>{e(u["cookie"])} '
        f'<a href="/{e(u["privacy"].lower().replace(" ", "-"))}">{e(u["privacy"])}</a></p>'
        f'<button type="button" data-consent="settings">{e(u["settings"])}</button>'
        f'<button type="button" data-consent="accept-all">{e(u["accept"])}</button></div>'
    )


def footer_links(p: Page) -> str:
    u = p.ui
    return "".join(
        f'<li><a href="/{slug}">{e(label)}</a></li>'
        for slug, label in (
            ("about", u["about"]),
            ("contact", u["contact"]),
            ("privacy", u["privacy"]),
        )
    )


def check_slots(p: Page, allowed: set[str]) -> None:
    used = {s for s, _ in p.credits} | {s for s, _ in p.own}
    assert used <= allowed | {"top", "end", "mid", "tag", "signoff"}, (p.site, used - allowed)


# ------------------------------------------------------------------------------------ next
def _next_blocks(p: Page) -> str:
    out = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            out.append(para_html(text, extra, "Paragraph_p__x8Jq2", "Paragraph_dateline__Lm2c1"))
        elif kind == "figure":
            out.append(
                f'<figure class="ArticleImage_figure__k2Q9w"><img alt="{e(p.title)}" loading="lazy" width="800" height="450" decoding="async" data-nimg="1" '
                f'style="color:transparent" srcSet="/_next/image?url={e(img_url(p, "fig", 800))}&amp;w=828&amp;q=75 1x" src="/_next/image?url={e(img_url(p, "fig", 800))}&amp;w=828&amp;q=75"/>'
                f'<figcaption class="ArticleImage_caption__Rt0vA">{e(text)}</figcaption></figure>'
            )
        elif kind == "box":
            out.append(f'<aside class="InfoBox_box__n3Ww1"><p>{e(text)}</p></aside>')
        elif kind in ("credit", "own"):
            out.append(
                f'<p class="Article_source__Pz7kB Article_source--{extra}__a0F1e">{e(text)}</p>'
            )
        elif kind == "signoff":
            out.append(f'<p class="Article_signoff__G0c4n">{e(text)}</p>')
        elif kind == "agencies":
            out.append(f'<p class="Article_agencies__v9K3s"><em>{e(text)}</em></p>')
    return "".join(out)


def _next_article_data(p: Page) -> dict:
    data = {
        "id": num(p.site + p.title, 100000, 999999),
        "slug": p.url.rstrip("/").rsplit("/", 1)[-1],
        "title": p.title,
        "lead": p.lead,
        "publishedAt": p.iso,
        "updatedAt": p.iso,
        "section": {"slug": p.section_slug, "name": p.section},
        "author": {"name": p.author, "slug": h(p.author, 6), "bio": p.extras.get("bio")},
        "body": [{"type": "paragraph", "html": e(t)} for t in story_text(p)],
        "image": {"url": img_url(p, "hero"), "alt": p.title, "caption": p.caption or None},
        "source": p.source_name,
        "canonicalUrl": p.canonical,
        "tags": [p.section, p.name],
    }
    if "canonical" in p.markup:
        data["partner"] = {"name": p.source_name, "url": p.markup["canonical"], "syndicated": True}
    return data


def render_next(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    build = h(p.site + "build", 21)
    app_router = p.variant == "app"
    byline_credit = "".join(
        f'<span class="Byline_source__Hq4sW">{label_value(t, "Byline_src")}</span>'
        for t in p.slot("byline")
    )
    box = "".join(
        f'<div class="SourceBox_box__W1x8d">{label_value(t, "SourceBox_src")}</div>'
        for t in p.slot("box")
    )
    nav = "".join(
        f'<li class="Nav_item__T5fQm"><a class="Nav_link__bq1o2" href="{href}">{e(label)}</a></li>'
        for href, label in nav_links(p)
    )
    body = (
        f'<div class="Layout_root__Xk2pQ"><div class="TopBar_bar__Ffr1c"><span class="TopBar_date__9mGxE">{e(p.date)}</span></div>'
        f'<header class="Header_header__9fJ2k"><button class="Header_burger__oE2Ua" aria-label="{e(u["menu"])}" type="button"><span></span><span></span><span></span></button>'
        f'<a class="Header_logo__Q3x1b" href="/"><img alt="{e(p.name)}" width="180" height="36" decoding="async" data-nimg="1" src="/logo.svg"/></a>'
        f'<nav class="Nav_nav__p0QzA" aria-label="main"><ul class="Nav_list__a7B2c">{nav}</ul></nav>'
        f'<form class="Search_form__2kLmN" action="/search"><input type="search" name="q" placeholder="{e(u["search"])}" aria-label="{e(u["search"])}"/></form></header>'
        f'<main class="Article_main__7bKwE"><nav aria-label="breadcrumb" class="Breadcrumbs_root__L9dQx"><ol><li><a href="/">{e(u["home"])}</a></li><li><a href="/{p.section_slug}">{e(p.section)}</a></li></ol></nav>'
        f'<article class="Article_article__Jm3rT"><header class="Article_header__yV2sD"><h1 class="Article_title__Qk4Ep">{e(p.title)}</h1>'
        f'<div class="Byline_row__c3Hn8"><span class="Byline_author__r1Xw0">{e(u["by"])} <a href="/author/{h(p.author, 6)}">{e(p.author)}</a></span>'
        f'<time class="Byline_time__bB7sZ" dateTime="{p.iso}">{e(p.date)}, {p.time}</time><span class="Byline_read__tQ0aL">{num(p.site, 2, 6)} {e(u["min_read"])}</span>{byline_credit}</div>'
        f"{share_buttons(p, 'Share_row__mM3qV')}</header>"
        f'<figure class="Hero_figure__d0Rk3"><img alt="{e(p.title)}" fetchPriority="high" width="1200" height="675" decoding="async" data-nimg="1" style="color:transparent" '
        f'src="/_next/image?url={e(img_url(p, "hero"))}&amp;w=1200&amp;q=80"/></figure>'
        f'<div class="Article_body__kx9Pd">{_next_blocks(p)}</div>'
        f'<div class="Tags_tags__e4VvT"><span>{e(u["tags"])}:</span> <a href="/tag/{p.section_slug}">{e(p.section)}</a></div>'
        f"{bio_block(p, 'AuthorBio_bio__q8Ls1')}</article>"
        f'<section class="Related_related__F2h1j"><h2 class="Related_heading__r0K2a">{e(u["related"])}</h2>{related_list(p, "Related")}</section>{box}'
        f"{partners_block(p, 'Partners_partners__z8Qe1')}"
        f'<div class="AdSlot_slot__s3P0r" id="div-gpt-ad-{num(p.site, 10**12, 10**13)}-0" data-ad-unit="/21817/{p.site}/article_bottom"><span class="AdSlot_label__yo8Q0">{e(u["ad"])}</span></div>'
        f'<section class="Comments_root__u2Mbc" id="comments"><h2>{e(u["comments"])}</h2><p>{e(u["no_comments"])}</p><button type="button">{e(u["add_comment"])}</button></section></main>'
        f'<footer class="Footer_footer__kQ3vN"><ul class="Footer_links__o0Pq8">{footer_links(p)}</ul><p class="Footer_copy__eT6sJ">© {founded(p)}–2027 {e(p.name)}</p></footer>'
        f"{cookie_bar(p, 'CookieBar_bar__W9Yx2')}</div>"
    )
    article = _next_article_data(p)
    head_common = (
        f'<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(p.title)} | {e(p.name)}</title>'
        f'{head_meta(p)}<script type="application/ld+json">{ld_json(news_ld(p))}</script>'
    )
    if app_router:
        chunks = [
            "(self.__next_f=self.__next_f||[]).push([0])",
            "self.__next_f.push([1,"
            + json.dumps(f'1:HL["/_next/static/css/{h(p.site, 16)}.css","style"]\n')
            + "])",
            "self.__next_f.push([1,"
            + json.dumps(
                f'2:I[{num(p.site, 1000, 9999)},["{num(p.site, 100, 999)}","static/chunks/{num(p.site, 100, 999)}-{h(p.site + "c", 16)}.js"],"ArticleView"]\n'
            )
            + "])",
            "self.__next_f.push([1,"
            + json.dumps(
                "3:"
                + json.dumps(
                    {"article": article, "locale": p.lang},
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                + "\n",
                ensure_ascii=False,
            ).replace("<", "\\u003c")
            + "])",
            "self.__next_f.push([1,"
            + json.dumps(
                '0:["'
                + build
                + '",[[["",{"children":["'
                + p.section_slug
                + '",{"children":["__PAGE__",{}]}]},"$undefined","$undefined",true],"$L4"]]]\n'
            )
            + "])",
        ]
        scripts = "".join(f"<script>{c}</script>" for c in chunks)
        return (
            f'<!DOCTYPE html><html lang="{p.lang}"><head><link rel="stylesheet" href="/_next/static/css/{h(p.site, 16)}.css" data-precedence="next"/>'
            f'<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-{h(p.site + "w", 16)}.js"/>'
            f'<script src="/_next/static/chunks/fd9d1056-{h(p.site + "f", 16)}.js" async=""></script><script src="/_next/static/chunks/main-app-{h(p.site + "m", 16)}.js" async=""></script>'
            f'{head_common}</head><body class="__className_{h(p.site, 6)}">{body}'
            f'<script src="/_next/static/chunks/webpack-{h(p.site + "w", 16)}.js" async=""></script>{scripts}</body></html>'
        )
    next_data = {
        "props": {
            "pageProps": {
                "article": article,
                "related": [{"title": t, "href": u_} for t, u_ in p.related],
            },
            "__N_SSP": True,
        },
        "page": "/[section]/[slug]",
        "query": {"section": p.section_slug, "slug": article["slug"]},
        "buildId": build,
        "isFallback": False,
        "gssp": True,
        "locale": p.lang,
        "scriptLoader": [],
    }

    def sc(name: str) -> str:
        return f'<script src="/_next/static/chunks/{name}-{h(p.site + name, 16)}.js" defer=""></script>'

    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head>{head_common}<meta name="next-head-count" content="16"/>'
        f'<link rel="preload" href="/_next/static/media/{h(p.site + "font", 20)}-s.p.woff2" as="font" type="font/woff2" crossorigin="anonymous" data-next-font="size-adjust"/>'
        f'<link rel="preload" href="/_next/static/css/{h(p.site, 16)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{h(p.site, 16)}.css" data-n-g=""/>'
        f'<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-{h(p.site + "p", 16)}.js"></script>'
        f'{sc("webpack")}{sc("framework")}{sc("main")}<script src="/_next/static/chunks/pages/_app-{h(p.site + "app", 16)}.js" defer=""></script>'
        f'<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-{h(p.site + "page", 16)}.js" defer=""></script>'
        f'<script src="/_next/static/{build}/_buildManifest.js" defer=""></script><script src="/_next/static/{build}/_ssgManifest.js" defer=""></script></head>'
        f'<body><div id="__next">{body}</div>'
        f'<script id="__NEXT_DATA__" type="application/json">{script_json(next_data)}</script>'
        f'<next-route-announcer><p aria-live="assertive" id="__next-route-announcer__" role="alert" style="border:0;clip:rect(0 0 0 0);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute;top:0;width:1px;white-space:nowrap;word-wrap:normal"></p></next-route-announcer></body></html>'
    )


# ------------------------------------------------------------------------------------ nuxt
def _devalue(root: object) -> list:
    """Nuxt 3's payload: devalue's flat array (objects and arrays hold indexes into it)."""
    out: list = [["ShallowReactive", 1]]

    def add(value: object) -> int:
        if isinstance(value, dict):
            slot = len(out)
            out.append(None)
            out[slot] = {k: add(v) for k, v in value.items()}
            return slot
        if isinstance(value, list):
            slot = len(out)
            out.append(None)
            out[slot] = [add(v) for v in value]
            return slot
        out.append(value)
        return len(out) - 1

    add(root)
    return out


def _js_literal(data: object) -> str:
    """An object literal as Nuxt 2's serializer writes it: bare keys, "/" as \\u002F."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = re.sub(r'(?<=[{,])"([A-Za-z_$][\w$]*)":', r"\1:", text)
    return text.replace("/", "\\u002F").replace("<", "\\u003C")


def render_nuxt(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    v = f"data-v-{h(p.site + 'v', 8)}"
    blocks = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            blocks.append(
                para_html(text, extra, "article-text__p", "article-text__dateline").replace(
                    "<p", f"<p {v}", 1
                )
            )
        elif kind == "figure":
            blocks.append(
                f'<figure {v} class="article-figure"><img {v} src="{img_url(p, "fig", 800)}" alt="{e(p.title)}" loading="lazy" width="800" height="450"><figcaption {v}>{e(text)}</figcaption></figure>'
            )
        elif kind == "box":
            blocks.append(f'<div {v} class="article-note"><p {v}>{e(text)}</p></div>')
        elif kind in ("credit", "own"):
            blocks.append(f'<p {v} class="article-source article-source--{extra}">{e(text)}</p>')
        elif kind == "signoff":
            blocks.append(f'<p {v} class="article-signoff">{e(text)}</p>')
        elif kind == "agencies":
            blocks.append(f'<p {v} class="article-agencies">{e(text)}</p>')
    byline_credit = "".join(
        f'<span {v} class="meta__source">{label_value(t, "meta__src")}</span>'
        for t in p.slot("byline")
    )
    box = "".join(
        f'<div {v} class="source-box">{label_value(t, "source-box")}</div>' for t in p.slot("box")
    )
    nav = "".join(
        f'<li {v}><a {v} href="{href}" class="nuxt-link-active">{e(label)}</a></li>'
        for href, label in nav_links(p)
    )
    inner = (
        f'<div {v} class="app"><header {v} class="site-header"><a {v} href="/" class="site-header__logo nuxt-link-active"><img {v} src="/img/logo.svg" alt="{e(p.name)}" width="160" height="32"></a>'
        f'<nav {v} class="site-header__nav"><ul {v}>{nav}</ul></nav><button {v} type="button" class="site-header__search" aria-label="{e(u["search"])}"></button></header>'
        f'<div {v} class="ad ad--billboard" id="adoceanbillboard{h(p.site, 6)}"><span {v}>{e(u["ad"])}</span></div>'
        f'<main {v} class="page-article"><div {v} class="breadcrumbs"><a {v} href="/">{e(u["home"])}</a> › <a {v} href="/{p.section_slug}">{e(p.section)}</a></div>'
        f'<article {v} class="article"><h1 {v} class="article__title">{e(p.title)}</h1>'
        f'<div {v} class="meta"><span {v} class="meta__author">{e(p.author)}</span> <time {v} datetime="{p.iso}" class="meta__date">{e(p.date)} {p.time}</time>{byline_credit}</div>'
        f'<picture {v} class="article__hero"><source {v} type="image/webp" srcset="{img_url(p, "hero")}.webp"><img {v} src="{img_url(p, "hero")}" alt="{e(p.title)}" width="1200" height="675"></picture>'
        f'<div {v} class="article-text">{"".join(blocks)}</div>{bio_block(p, "author-card")}'
        f"{share_buttons(p, 'share-bar')}</article>"
        f'<section {v} class="related"><h2 {v}>{e(u["related"])}</h2>{related_list(p, "related")}</section>{box}{partners_block(p, "around-web")}'
        f'<section {v} class="comments" id="comments"><h2 {v}>{e(u["comments"])}</h2><p {v}>{e(u["no_comments"])}</p></section>'
        f'<aside {v} class="newsletter"><p {v}>{e(u["newsletter"])}</p><form {v}><input {v} type="email" placeholder="{e(u["email"])}"><button {v} type="submit">{e(u["subscribe"])}</button></form></aside></main>'
        f'<footer {v} class="site-footer"><ul {v}>{footer_links(p)}</ul><p {v}>© {founded(p)}–2027 {e(p.name)}</p></footer>{cookie_bar(p, "cookie-consent")}</div>'
    )
    article = {
        "id": num(p.site + p.title, 10000, 99999),
        "title": p.title,
        "lead": p.lead,
        "published": p.iso,
        "author": p.author,
        "section": p.section,
        "body": story_text(p),
        "source": p.source_name,
        "url": p.canonical,
    }
    head = (
        f'<title>{e(p.title)} - {e(p.name)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">'
        + head_meta(p)
        .replace("<meta ", '<meta data-n-head="ssr" ')
        .replace("<link ", '<link data-n-head="ssr" ')
        + f'<script data-n-head="ssr" type="application/ld+json">{ld_json(news_ld(p))}</script>'
    )
    if p.variant == "nuxt3":
        payload = {
            "data": {f"article-{article['id']}": article},
            "state": {"$slocale": p.lang},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": p.url.split(p.host, 1)[1],
        }
        return (
            f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(p.title)} - {e(p.name)}</title>'
            f'<link rel="stylesheet" href="/_nuxt/entry.{h(p.site, 8)}.css" crossorigin><link rel="modulepreload" as="script" crossorigin href="/_nuxt/{h(p.site + "e", 8)}.js">'
            f'<script type="module" src="/_nuxt/{h(p.site + "e", 8)}.js" crossorigin></script>{head_meta(p)}'
            f'<script type="application/ld+json">{ld_json(news_ld(p))}</script></head>'
            f'<body><div id="__nuxt"><!--[-->{inner}<!--]--></div><div id="teleports"></div>'
            f'<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{script_json(_devalue(payload))}</script>'
            f'<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{siteUrl:"https://{p.host}"}},app:{{baseURL:"/",buildId:"{h(p.site, 8)}-{h(p.site + "b", 4)}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script></body></html>'
        )
    state = {"locale": p.lang, "menuOpen": False, "consent": None}
    nuxt = (
        'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{article:'
        + _js_literal(article)
        + "}],fetch:{},error:a,state:"
        + _js_literal(state)
        + ",serverRendered:b,routePath:"
        + json.dumps(p.url.split(p.host, 1)[1]).replace("/", "\\u002F")
        + ',config:{_app:{basePath:c,assetsPath:"\\u002F_nuxt\\u002F",cdnURL:a}}}}(null,true,"\\u002F"));'
    )
    return (
        f'<!doctype html><html lang="{p.lang}" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22{p.lang}%22%7D%7D"><head>{head}'
        f'<link rel="preload" href="/_nuxt/{h(p.site + "r", 20)}.js" as="script"><link rel="preload" href="/_nuxt/{h(p.site + "a", 20)}.js" as="script">'
        f'<style data-vue-ssr-id="{h(p.site, 8)}:0">.article__title{{font-size:2rem}}.meta{{color:#666}}</style></head>'
        f'<body><div data-server-rendered="true" id="__nuxt"><!----><div id="__layout">{inner}</div></div>'
        f"<script>{nuxt}</script>"
        f'<script src="/_nuxt/{h(p.site + "r", 20)}.js" defer></script><script src="/_nuxt/{h(p.site + "a", 20)}.js" defer></script></body></html>'
    )


# ------------------------------------------------------------------------------------ fusion (Arc-like)
def render_fusion(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    arcsite = re.sub(r"[^a-z0-9]", "", p.site.split(".")[0])
    elements = []
    blocks = []
    for i, (kind, text, extra) in enumerate(article_items(p)):
        cid = h(p.site + str(i), 26).upper()
        if kind == "p":
            blocks.append(para_html(text, extra, "c-paragraph", "c-dateline"))
            elements.append(
                {
                    "_id": cid,
                    "type": "text",
                    "content": (f"<b>{e(extra.rstrip())}</b> " if extra else "") + e(text),
                }
            )
        elif kind == "figure":
            blocks.append(
                f'<figure class="c-media-item"><img class="c-image" src="{img_url(p, "fig", 800)}" alt="{e(p.title)}" loading="lazy" width="800" height="450"/>'
                f'<figcaption class="c-media-item__caption"><span class="c-media-item__fig-caption">{e(text)}</span></figcaption></figure>'
            )
            elements.append(
                {"_id": cid, "type": "image", "url": img_url(p, "fig", 800), "caption": text}
            )
        elif kind == "box":
            blocks.append(
                f'<div class="b-article-body__interstitial"><p class="c-paragraph c-paragraph--note">{e(text)}</p></div>'
            )
            elements.append({"_id": cid, "type": "interstitial_link", "content": text})
        elif kind in ("credit", "own", "signoff", "agencies"):
            blocks.append(f'<p class="c-paragraph c-paragraph--{kind}">{e(text)}</p>')
            elements.append({"_id": cid, "type": "text", "content": e(text)})
    distributor_name = p.markup.get("distributor")
    kind = "syndicated" if "canonical" in p.markup else "wires"
    ans = {
        "_id": h(p.site + p.title, 26).upper(),
        "type": "story",
        "version": "0.10.9",
        "canonical_url": "/" + p.url.split(p.host + "/", 1)[1],
        "canonical_website": arcsite,
        "website": arcsite,
        "language": p.lang,
        "headlines": {"basic": p.title},
        "subheadlines": {"basic": p.lead},
        "description": {"basic": p.lead},
        "display_date": p.iso,
        "first_publish_date": p.iso,
        "credits": {
            "by": [
                {
                    "type": "author",
                    "name": p.author,
                    "_id": h(p.author, 10),
                    "additional_properties": {
                        "original": {"byline": p.author, "bio": p.extras.get("bio", "")}
                    },
                }
            ]
        },
        "content_elements": elements,
        "taxonomy": {
            "sections": [{"_id": "/" + p.section_slug, "name": p.section, "_website": arcsite}],
            "tags": [{"text": p.section, "slug": p.section_slug}],
        },
        "promo_items": {"basic": {"type": "image", "url": img_url(p, "hero"), "alt_text": p.title}},
        "distributor": {
            "category": kind if distributor_name else "staff",
            "name": distributor_name or p.name,
            "mode": "reference",
        },
        "source": {
            "name": p.source_name or p.name,
            "source_type": kind if distributor_name or "canonical" in p.markup else "staff",
            "system": "composer",
        },
        "planning": {
            "story_length": {"word_count_actual": sum(len(t.split()) for t in story_text(p))}
        },
    }
    if "canonical" in p.markup:
        ans["source"]["url"] = p.markup["canonical"]
    byline_credit = "".join(
        f'<span class="c-attribution__source">{label_value(t, "c-source")}</span>'
        for t in p.slot("byline")
    )
    box = "".join(
        f'<div class="b-source-box">{label_value(t, "b-source-box")}</div>' for t in p.slot("box")
    )
    nav = "".join(
        f'<a class="c-link b-header-nav-chain__link" href="{href}">{e(label)}</a>'
        for href, label in nav_links(p)
    )
    most = "".join(
        f'<li class="b-top-table-list__item"><a href="{e(href)}">{e(t)}</a></li>'
        for t, href in p.most_read
    )
    globals_ = (
        f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="{arcsite}";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="{num(p.site, 1000, 2000)}";'
        "Fusion.globalContent=" + script_json(ans) + ";"
        f'Fusion.globalContentConfig={{"source":"content-api","query":{{"_website":"{arcsite}","website_url":"{ans["canonical_url"]}"}}}};'
        f'Fusion.lastModified=1772{num(p.site, 100000000, 999999999)};Fusion.contentCache={{}};Fusion.layout="right-rail-advanced";'
        f'Fusion.metas={{"title":{{"value":{json.dumps(p.title, ensure_ascii=False)}}},"page-type":{{"value":"article"}}}};Fusion.outputType="default";Fusion.template="template/article";Fusion.spaEnabled=false;'
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(p.title)} - {e(p.name)}</title>'
        f'{head_meta(p)}<meta name="robots" content="index, follow, max-image-preview:large"/>'
        f'<script type="application/ld+json">{ld_json(news_ld(p))}</script>'
        f'<link rel="stylesheet" href="/pf/resources/dist/{arcsite}/css/style.css?d={num(p.site, 1000, 2000)}&amp;mxId=00000000"/>'
        f'<script async="" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>var googletag=googletag||{{}};googletag.cmd=googletag.cmd||[];</script></head>'
        f'<body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">'
        f'<header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="c-button b-header-nav-chain__sections" aria-label="{e(u["menu"])}"></button>'
        f'<a href="/" class="b-header-nav-chain__logo"><img src="/pf/resources/images/{arcsite}/logo.svg?d=1" alt="{e(p.name)}" width="180" height="40"/></a></div>'
        f'<nav class="b-header-nav-chain__nav" aria-label="sections">{nav}</nav></header>'
        f'<div class="b-right-rail-advanced__full-width-1"><nav class="b-breadcrumb"><a href="/">{e(u["home"])}</a> / <a href="/{p.section_slug}">{e(p.section)}</a></nav></div>'
        f'<div class="b-right-rail-advanced__main-interior-item"><article class="b-article-body">'
        f'<h1 class="b-headline">{e(p.title)}</h1>'
        f'<div class="b-byline"><span class="c-attribution">{e(u["by"])} <a href="/autor/{h(p.author, 6)}/">{e(p.author)}</a></span>{byline_credit}</div>'
        f'<time class="c-date b-date" datetime="{p.iso}">{e(p.date)} {p.time}</time>{share_buttons(p, "b-share-bar")}'
        f'<figure class="b-lead-art"><img class="c-image" src="{img_url(p, "hero")}" alt="{e(p.title)}" width="1200" height="675"/></figure>'
        f"{''.join(blocks)}{bio_block(p, 'b-author-bio')}</article>"
        f'<div class="b-tag-list"><a class="c-tag" href="/tags/{p.section_slug}/">{e(p.section)}</a></div>'
        f'<section class="b-card-list"><h2 class="b-card-list__title">{e(u["related"])}</h2>{related_list(p, "b-card-list")}</section>{box}'
        f"{partners_block(p, 'b-partners')}</div>"
        f'<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2>{e(u["most_read"])}</h2><ol>{most}</ol></div>'
        f'<div class="arcad ad-300x250" id="arcad_feature-f0f{h(p.site, 10)}-0"><span class="advertisement-label">{e(u["ad"])}</span></div></aside></div>'
        f'<footer class="b-footer"><div class="b-footer__links"><ul>{footer_links(p)}</ul></div><p class="b-footer__copyright">© {founded(p)}-2027 {e(p.name)}</p></footer></div>'
        f"{cookie_bar(p, 'c-consent-banner')}"
        f'<script type="application/javascript" id="fusion-metadata">{globals_}</script>'
        f'<script src="/pf/dist/engine/react.js?d={num(p.site, 1000, 2000)}&amp;mxId=00000000" defer=""></script>'
        f'<script src="/pf/dist/components/output-types/default.js?d={num(p.site, 1000, 2000)}&amp;mxId=00000000" defer=""></script></body></html>'
    )


# ------------------------------------------------------------------------------------ headless WordPress
def _wp_content(p: Page) -> str:
    out = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            out.append(para_html(text, extra))
        elif kind == "figure":
            out.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="{img_url(p, "fig", 1024)}" alt="{e(p.title)}" class="wp-image-{num(p.site, 1000, 9999)}"/>'
                f'<figcaption class="wp-element-caption">{e(text)}</figcaption></figure>'
            )
        elif kind == "box":
            out.append(
                f'<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-flow"><p>{e(text)}</p></div>'
            )
        elif kind in ("credit", "own", "signoff"):
            out.append(f'<p class="has-small-font-size"><em>{e(text)}</em></p>')
        elif kind == "agencies":
            out.append(f"<p><em>{e(text)}</em></p>")
    return "".join(out)


def render_headless(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    content = _wp_content(p)
    post_id = num(p.site + p.title, 1000, 99999)
    path = "/" + p.url.split(p.host + "/", 1)[1]
    republish = "".join(
        f'<aside class="republish css-1r8x6ey" id="republish"><h2 class="css-q2d1wp">{e(t.split(":", 1)[0])}</h2><p>{e(t)}</p>'
        f'<button type="button" class="css-7u2lq0">{e(u["copy_html"])}</button></aside>'
        for t in p.own_slot("box")
    )
    box = "".join(
        f'<div class="source-box css-9kq0lp">{label_value(t, "source-box")}</div>'
        for t in p.slot("box")
    )
    byline_credit = "".join(
        f'<span class="css-1k2j3h4">{label_value(t, "byline-source")}</span>'
        for t in p.slot("byline")
    )
    nav = "".join(
        f'<a class="css-1x8w3tb" href="{href}">{e(label)}</a>' for href, label in nav_links(p)
    )
    body = (
        f'<div class="css-1o1j4ad"><header class="css-15l9ptr"><div class="css-b8l1yz"><a class="css-1c0wvdx" href="/"><h2 class="css-1bzfq8n">{e(p.name)}</h2></a>'
        f'<button aria-label="{e(u["menu"])}" class="css-1mkmjj7"></button></div><nav class="css-1hxc3d2">{nav}</nav></header>'
        f'<main class="css-1h3tp4m"><div class="css-1x9a7sq"><article><h1 class="css-3bzm6b">{e(p.title)}</h1>'
        f'<div class="css-r2f9ui"><p class="css-1xgrz2s">{e(u["by"])} <b>{e(p.author)}</b></p><p class="css-1xgrz2s">{e(u["published"])}: <b>{e(p.date)}</b></p>{byline_credit}</div>'
        f'<img alt="{e(p.title)}" src="{img_url(p, "hero")}" srcset="{img_url(p, "hero", 768)} 768w, {img_url(p, "hero")} 1200w" class="css-1ttg3e1" width="1200" height="675"/>'
        f'<div class="post-content css-1x1wu9w">{content}</div>{bio_block(p, "author-bio css-8f2ahb")}{share_buttons(p, "share css-0")}</article>'
        f'{republish}<section class="css-2lm6h8"><h2>{e(u["related"])}</h2>{related_list(p, "related")}</section>{box}'
        f'{partners_block(p, "partners css-1jq8m0s")}<section class="css-7g2h1k" id="comments"><h2>{e(u["comments"])}</h2><p>{e(u["no_comments"])}</p></section></div></main>'
        f'<footer class="css-1ww7z4c"><ul>{footer_links(p)}</ul><p>© {founded(p)}–2027 {e(p.name)}</p></footer>{cookie_bar(p, "css-cookie-1y2z")}</div>'
    )
    acf = {
        "source_name": p.source_name or "",
        "source_url": p.markup.get("canonical", ""),
        "hide_ads": False,
    }
    yoast = {
        "title": f"{p.title} - {p.name}",
        "canonical": p.canonical,
        "og_site_name": p.name,
        "og_url": p.canonical,
        "article_published_time": p.iso,
    }
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            news_ld(p),
            {
                "@type": "WebSite",
                "@id": f"https://{p.host}/#website",
                "url": f"https://{p.host}/",
                "name": p.name,
            },
        ],
    }
    if p.variant == "faust":
        apollo = {
            "ROOT_QUERY": {
                "__typename": "RootQuery",
                f'nodeByUri({{"uri":"{path}"}})': {"__ref": f"Post:{h(str(post_id), 12)}"},
            },
            f"Post:{h(str(post_id), 12)}": {
                "__typename": "Post",
                "databaseId": post_id,
                "title": p.title,
                "date": p.iso,
                "uri": path,
                "content": content,
                "excerpt": f"<p>{e(p.lead)}</p>",
                "author": {"node": {"name": p.author}},
                "sourceFields": acf,
                "seo": {
                    "canonical": p.canonical,
                    "opengraphSiteName": p.name,
                    "opengraphUrl": p.canonical,
                },
            },
        }
        data = {
            "props": {
                "pageProps": {
                    "__APOLLO_STATE__": apollo,
                    "__SEED_NODE__": {"databaseId": post_id, "uri": path, "__typename": "Post"},
                },
                "__N_SSG": True,
            },
            "page": "/[...wordpressNode]",
            "query": {"wordpressNode": path.strip("/").split("/")},
            "buildId": h(p.site + "faust", 21),
            "isFallback": False,
            "gsp": True,
            "scriptLoader": [],
        }
        return (
            f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(p.title)} - {e(p.name)}</title>'
            f'{head_meta(p)}<script type="application/ld+json" class="yoast-schema-graph">{ld_json(ld)}</script><meta name="next-head-count" content="18"/>'
            f'<link rel="stylesheet" href="/_next/static/css/{h(p.site, 16)}.css" data-n-g=""/><script src="/_next/static/chunks/main-{h(p.site + "m", 16)}.js" defer=""></script>'
            f'<script src="/_next/static/chunks/pages/%5B...wordpressNode%5D-{h(p.site + "wp", 16)}.js" defer=""></script></head>'
            f'<body><div id="__next">{body}</div><script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script></body></html>'
        )
    state = {
        "frontity": {
            "name": h(p.site, 6),
            "url": f"https://{p.host}",
            "mode": "default",
            "platform": "server",
            "initialLink": path,
            "client": False,
            "rendering": "ssr",
        },
        "router": {"link": path, "state": {}},
        "source": {
            "api": f"https://cms.{p.site}/wp-json",
            "data": {
                path: {
                    "type": "post",
                    "id": post_id,
                    "isPostType": True,
                    "isPost": True,
                    "isReady": True,
                    "isFetching": False,
                    "link": path,
                    "route": path,
                    "query": {},
                    "page": 1,
                }
            },
            "post": {
                str(post_id): {
                    "id": post_id,
                    "date": p.iso[:19],
                    "slug": path.strip("/").rsplit("/", 1)[-1],
                    "status": "publish",
                    "type": "post",
                    "link": f"https://cms.{p.site}{path}",
                    "title": {"rendered": e(p.title)},
                    "content": {"rendered": content, "protected": False},
                    "excerpt": {"rendered": f"<p>{e(p.lead)}</p>\n", "protected": False},
                    "author": num(p.author, 2, 40),
                    "featured_media": num(p.site, 1000, 9999),
                    "categories": [num(p.section, 2, 40)],
                    "tags": [],
                    "acf": acf,
                    "yoast_head_json": yoast,
                }
            },
        },
        "theme": {"isMobileMenuOpen": False, "featured": {"showOnList": False, "showOnPost": True}},
    }
    return (
        f'<!doctype html><html lang="{p.lang}"><head><meta charset="utf-8"><meta name="generator" content="Frontity"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">'
        f'<title>{e(p.title)} - {e(p.name)}</title>{head_meta(p)}<script type="application/ld+json" class="yoast-schema-graph">{ld_json(ld)}</script>'
        f'<link rel="modulepreload" href="/static/main.module.{h(p.site, 20)}.js"><style data-emotion="css 1o1j4ad 15l9ptr">.css-1o1j4ad{{display:flex;flex-direction:column;}}.css-15l9ptr{{background:#1f38c5;color:#fff}}</style></head>'
        f'<body><div id="root">{body}</div>'
        f'<script id="__FRONTITY_CONNECT_STATE__" type="application/json">{script_json(state)}</script>'
        f'<script id="__FRONTITY_CLIENT_CHUNKS__" type="application/json">[]</script>'
        f'<script async="" data-chunk="main" src="/static/main.module.{h(p.site, 20)}.js" type="module"></script></body></html>'
    )


# ------------------------------------------------------------------------------------ static (Gatsby, Astro)
def render_static(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    astro = p.variant == "astro"
    cid = f"data-astro-cid-{h(p.site + 'cid', 8)}" if astro else ""
    blocks = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            blocks.append(para_html(text, extra).replace("<p", f"<p {cid}".rstrip(), 1))
        elif kind == "figure":
            if astro:
                blocks.append(
                    f'<figure {cid}><img {cid} src="/_astro/{h(p.site + "img", 8)}.webp" alt="{e(p.title)}" width="800" height="450" loading="lazy" decoding="async"><figcaption {cid}>{e(text)}</figcaption></figure>'
                )
            else:
                blocks.append(
                    f'<figure class="article-module--figure--1xE3q"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">'
                    f'<div style="max-width:800px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=&#x27;450&#x27;%20width=&#x27;800&#x27;%20xmlns=&#x27;http://www.w3.org/2000/svg&#x27;%20version=&#x27;1.1&#x27;%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div>'
                    f'<picture><source type="image/webp" srcSet="/static/{h(p.site, 32)}/{h(p.site + "w", 8)}/photo.webp 800w" sizes="(min-width: 800px) 800px, 100vw"/>'
                    f'<img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: 800px) 800px, 100vw" decoding="async" loading="lazy" src="/static/{h(p.site, 32)}/{h(p.site + "j", 8)}/photo.jpg" alt="{e(p.title)}"/></picture></div>'
                    f'<figcaption class="article-module--caption--3kLq0">{e(text)}</figcaption></figure>'
                )
        elif kind == "box":
            blocks.append(f'<aside {cid} class="note">{e(text)}</aside>')
        elif kind in ("credit", "own", "signoff", "agencies"):
            blocks.append(
                f'<p {cid} class="source source--{kind}">{e(text)}</p>'.replace("<p  ", "<p ")
            )
    byline_credit = "".join(
        f'<span class="byline__source">{label_value(t, "byline__src")}</span>'
        for t in p.slot("byline")
    )
    box = "".join(
        f'<div class="source-box">{label_value(t, "source-box")}</div>' for t in p.slot("box")
    )
    nav = "".join(f'<li><a href="{href}">{e(label)}</a></li>' for href, label in nav_links(p))
    if astro:
        share = (
            f'<astro-island uid="Z{h(p.site + "island", 6)}" prefix="r0" component-url="/_astro/ShareButtons.{h(p.site, 8)}.js" component-export="default" '
            f'renderer-url="/_astro/client.{h(p.site + "r", 8)}.js" props="{e(json.dumps({"url": [0, p.url], "title": [0, p.title]}, ensure_ascii=False))}" ssr="" client="visible" '
            f'opts="{e(json.dumps({"name": "ShareButtons", "value": True}))}" await-children="">{share_buttons(p, "share")}</astro-island>'
        )
        comments = (
            f'<astro-island uid="Z{h(p.site + "cm", 6)}" component-url="/_astro/Comments.{h(p.site + "c", 8)}.js" component-export="default" renderer-url="/_astro/client.{h(p.site + "r", 8)}.js" '
            f'props="{e(json.dumps({"thread": [0, h(p.url, 12)]}))}" ssr="" client="only" opts="{e(json.dumps({"name": "Comments", "value": "preact"}))}"></astro-island>'
        )
        return (
            f'<!DOCTYPE html><html lang="{p.lang}" {cid}><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width"><meta name="generator" content="Astro v4.{num(p.site, 5, 16)}.2">'
            f'<title>{e(p.title)} · {e(p.name)}</title>{head_meta(p)}<script type="application/ld+json">{ld_json(news_ld(p))}</script>'
            f'<link rel="stylesheet" href="/_astro/_slug_.{h(p.site, 8)}.css"><script type="module" src="/_astro/hoisted.{h(p.site + "h", 8)}.js"></script></head>'
            f'<body {cid}><a class="skip" href="#main" {cid}>Skip</a><header {cid} class="site-header"><a href="/" {cid} class="brand">{e(p.name)}</a><nav {cid}><ul {cid}>{nav}</ul></nav></header>'
            f'<main id="main" {cid}><article {cid} class="story"><p {cid} class="kicker"><a href="/{p.section_slug}/">{e(p.section)}</a></p><h1 {cid}>{e(p.title)}</h1>'
            f'<div {cid} class="byline">{e(u["by"])} {e(p.author)} · <time datetime="{p.iso}">{e(p.date)}</time>{byline_credit}</div>'
            f'<img {cid} src="/_astro/{h(p.site + "hero", 8)}.webp" alt="{e(p.title)}" width="1200" height="675" decoding="async">'
            f'<div {cid} class="prose">{"".join(blocks)}</div>{bio_block(p, "bio")}{share}</article>'
            f'<section {cid} class="related"><h2 {cid}>{e(u["related"])}</h2>{related_list(p, "related")}</section>{box}{partners_block(p, "partners")}'
            f'<section {cid} class="comments"><h2 {cid}>{e(u["comments"])}</h2>{comments}</section></main>'
            f"<footer {cid}><ul {cid}>{footer_links(p)}</ul><p {cid}>© {founded(p)}–2027 {e(p.name)}</p></footer>{cookie_bar(p, 'consent')}</body></html>"
        )
    path = "/" + p.url.split(p.host + "/", 1)[1]
    chunk_map = json.dumps(
        {
            "app": [f"/app-{h(p.site, 20)}.js"],
            "component---src-templates-article-js": [
                f"/component---src-templates-article-js-{h(p.site + 't', 20)}.js"
            ],
        }
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.{num(p.site, 10, 14)}.3"/>'
        f'<style data-href="/styles.{h(p.site, 20)}.css" data-identity="gatsby-global-css">.layout-module--wrapper--3bX1c{{max-width:72rem;margin:0 auto}}</style>'
        f'<link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><title data-gatsby-head="true">{e(p.title)} | {e(p.name)}</title>'
        + head_meta(p).replace("/>", ' data-gatsby-head="true"/>')
        + f'<script type="application/ld+json" data-gatsby-head="true">{ld_json(news_ld(p))}</script></head>'
        f'<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrapper--3bX1c">'
        f'<header class="header-module--header--1Vq2n"><a class="header-module--brand--2Hn0o" href="/">{e(p.name)}</a><nav><ul>{nav}</ul></nav></header>'
        f'<main><article class="article-module--article--2jW8y"><p class="article-module--kicker--3mR1t">{e(p.section)}</p><h1>{e(p.title)}</h1>'
        f'<p class="article-module--byline--Pq3s8">{e(u["by"])} {e(p.author)} · <time dateTime="{p.iso}">{e(p.date)}</time>{byline_credit}</p>'
        f'<div class="article-module--body--2sQ9a">{"".join(blocks)}</div>{bio_block(p, "article-module--bio--0Xy1z")}{share_buttons(p, "share-module--row--7cT2m")}</article>'
        f'<section class="related-module--related--5hF2e"><h2>{e(u["related"])}</h2>{related_list(p, "related-module")}</section>{box}{partners_block(p, "partners-module")}'
        f'<section class="newsletter-module--box--1bN4r"><p>{e(u["newsletter"])}</p><form name="newsletter" method="post" data-netlify="true"><input type="email" name="email" placeholder="{e(u["email"])}"/><button type="submit">{e(u["subscribe"])}</button></form></section></main>'
        f'<footer class="footer-module--footer--0Lm5k"><ul>{footer_links(p)}</ul><p>© {founded(p)}–2027 {e(p.name)}</p></footer></div></div>'
        f'<div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div>'
        f'<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="{h(p.site + "hash", 20)}";/*]]>*/</script>'
        f'<script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={json.dumps(chunk_map)};/*]]>*/</script>'
        f'<script src="/webpack-runtime-{h(p.site + "wr", 20)}.js" async=""></script><script src="/framework-{h(p.site + "fw", 20)}.js" async=""></script><script src="/app-{h(p.site, 20)}.js" async=""></script></body></html>'
    )


# ------------------------------------------------------------------------------------ AMP
AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>"
)


def amp_ext(name: str, version: str = "0.1") -> str:
    return f'<script async custom-element="{name}" src="https://cdn.ampproject.org/v0/{name}-{version}.js"></script>'


def render_amp(p: Page) -> str:
    check_slots(p, {"byline", "box"})
    u = p.ui
    blocks = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            blocks.append(para_html(text, extra))
        elif kind == "figure":
            blocks.append(
                f'<figure class="amp-fig"><amp-img src="{img_url(p, "fig", 800)}" width="800" height="450" layout="responsive" alt="{e(p.title)}"></amp-img><figcaption>{e(text)}</figcaption></figure>'
            )
        elif kind == "box":
            blocks.append(f'<aside class="note"><p>{e(text)}</p></aside>')
        elif kind in ("credit", "own", "signoff", "agencies"):
            blocks.append(f'<p class="src src-{kind}">{e(text)}</p>')
    byline_credit = "".join(
        f'<span class="meta-src">{label_value(t, "meta-src")}</span>' for t in p.slot("byline")
    )
    box = "".join(
        f'<div class="source-box">{label_value(t, "source-box")}</div>' for t in p.slot("box")
    )
    nav = "".join(f'<li><a href="{href}">{e(label)}</a></li>' for href, label in nav_links(p))
    shares = "".join(
        f'<amp-social-share type="{t}" width="36" height="36"{" data-param-app_id=" + chr(34) + str(num(p.site, 10**14, 10**15)) + chr(34) if t == "facebook" else ""}></amp-social-share>'
        for t in ("facebook", "twitter", "whatsapp", "email")
    )
    consent = json.dumps(
        {
            "consentInstanceId": f"{h(p.site, 6)}-consent",
            "consentRequired": True,
            "promptUI": "consent-ui",
        }
    )
    analytics = json.dumps(
        {
            "vars": {
                "gtag_id": f"G-{h(p.site, 10).upper()}",
                "config": {f"G-{h(p.site, 10).upper()}": {"groups": "default"}},
            }
        }
    )
    return (
        f'<!doctype html><html ⚡ lang="{p.lang}"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>'
        f"{amp_ext('amp-sidebar')}{amp_ext('amp-social-share')}{amp_ext('amp-ad')}{amp_ext('amp-analytics')}{amp_ext('amp-consent', '0.1')}"
        f'<title>{e(p.title)} | {e(p.name)}</title><link rel="canonical" href="{e(p.canonical)}"><meta name="viewport" content="width=device-width">'
        f'<meta name="description" content="{e(p.lead)}"><meta property="og:title" content="{e(p.title)}"><meta property="og:site_name" content="{e(p.name)}">'
        f'<script type="application/ld+json">{ld_json(news_ld(p))}</script>{AMP_BOILERPLATE}'
        f"<style amp-custom>body{{font-family:Georgia,serif;margin:0}}.amp-header{{display:flex;align-items:center;padding:8px 16px;border-bottom:1px solid #ddd}}article{{padding:0 16px}}.src{{font-size:.9em;color:#555}}</style></head>"
        f'<body><amp-consent id="consent" layout="nodisplay"><script type="application/json">{consent}</script>'
        f'<div id="consent-ui" class="consent"><p>{e(u["cookie"])}</p><button on="tap:consent.accept">{e(u["accept"])}</button><button on="tap:consent.reject">{e(u["settings"])}</button></div></amp-consent>'
        f'<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{analytics}</script></amp-analytics>'
        f'<header class="amp-header"><button class="burger" on="tap:sidebar.toggle" aria-label="{e(u["menu"])}">☰</button>'
        f'<a href="https://{p.host}/"><amp-img src="https://{p.host}/assets/logo-amp.png" width="160" height="32" alt="{e(p.name)}"></amp-img></a></header>'
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close">{e(u["close"])}</button><nav><ul>{nav}</ul></nav></amp-sidebar>'
        f'<article><p class="kicker">{e(p.section)}</p><h1>{e(p.title)}</h1><p class="meta">{e(p.author)} · <time datetime="{p.iso}">{e(p.date)}, {p.time}</time>{byline_credit}</p>'
        f'<amp-img src="{img_url(p, "hero")}" width="1200" height="675" layout="responsive" alt="{e(p.title)}"></amp-img>'
        f'<amp-ad width="320" height="100" type="doubleclick" data-slot="/{num(p.site, 10000, 99999)}/{p.site}/amp_top" data-multi-size="320x50"><div placeholder>{e(u["ad"])}</div></amp-ad>'
        f'<div class="body">{"".join(blocks)}</div>{bio_block(p, "bio")}<div class="share">{shares}</div></article>'
        f'<section class="related"><h2>{e(u["related"])}</h2>{related_list(p, "related")}</section>{box}{partners_block(p, "partners")}'
        f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/{num(p.site, 10000, 99999)}/{p.site}/amp_bottom"></amp-ad>'
        f'<footer class="amp-footer"><p><a href="{e(p.canonical)}">{e(u["full"])}</a></p><p>© {founded(p)}–2027 {e(p.name)}</p></footer></body></html>'
    )


# ------------------------------------------------------------------------------------ web stories
def render_story(p: Page) -> str:
    check_slots(p, {"slide"})
    u = p.ui
    assert not p.mention and not p.dateline and not p.slot("top") and not p.slot("end"), p.site
    pages = [
        f'<amp-story-page id="cover" auto-advance-after="7s"><amp-story-grid-layer template="fill"><amp-img src="https://{p.host}/web-stories/media/{h(p.site + "cover", 10)}-720x1280.jpg" width="720" height="1280" layout="responsive" alt="{e(p.title)}"></amp-img></amp-story-grid-layer>'
        f'<amp-story-grid-layer template="vertical" class="cover-text"><p class="kicker">{e(p.section)}</p><h1>{e(p.title)}</h1><p class="byline">{e(p.name)} · {e(p.date)}</p></amp-story-grid-layer></amp-story-page>'
    ]
    n = len(p.paras)
    for i, para in enumerate(p.paras):
        credit = f'<p class="photo-credit">{e(p.caption)}</p>' if i == 0 and p.caption else ""
        layers = (
            f'<amp-story-grid-layer template="fill"><amp-img src="https://{p.host}/web-stories/media/{h(p.site + str(i), 10)}-720x1280.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
            f'<amp-story-grid-layer template="vertical" class="bottom"><div class="page-safe-area"><p class="text">{e(para)}</p>{credit}</div></amp-story-grid-layer>'
        )
        if i == n - 1:
            sources = "".join(
                f'<p class="source">{e(t)}</p>' for t in [*p.slot("slide"), *p.own_slot("slide")]
            )
            if sources:
                layers += f'<amp-story-grid-layer template="vertical" class="foot">{sources}</amp-story-grid-layer>'
            layers += f'<amp-story-page-outlink layout="nodisplay" theme="dark"><a href="{e(p.canonical)}">{e(u["read_more"])}</a></amp-story-page-outlink>'
        pages.append(
            f'<amp-story-page id="page-{i + 2}" auto-advance-after="{8 + len(para) // 60}s">{layers}</amp-story-page>'
        )
    ads = json.dumps(
        {
            "ad-attributes": {
                "type": "doubleclick",
                "data-slot": f"/{num(p.site, 10000, 99999)}/{p.site}/webstories",
            }
        }
    )
    return (
        f'<!doctype html><html amp lang="{p.lang}"><head><meta charset="utf-8"><title>{e(p.title)}</title><link rel="canonical" href="{e(p.url)}">'
        f'<meta name="viewport" content="width=device-width"><script async src="https://cdn.ampproject.org/v0.js"></script>{amp_ext("amp-story", "1.0")}'
        f"{amp_ext('amp-story-auto-ads', '0.1')}{amp_ext('amp-story-auto-analytics', '0.1')}{AMP_BOILERPLATE}"
        f'<style amp-custom>amp-story{{font-family:"Noto Sans",sans-serif;color:#fff}}.bottom{{align-content:end;padding:32px 24px}}.text{{font-size:20px;line-height:1.35;background:rgba(0,0,0,.55);padding:12px}}.photo-credit,.source{{font-size:12px;opacity:.85}}</style>'
        f'<meta name="amp-story-generator-name" content="Web Stories for WordPress"><meta name="amp-story-generator-version" content="1.{num(p.site, 30, 40)}.0">'
        f'<meta property="og:site_name" content="{e(p.name)}"><meta property="og:title" content="{e(p.title)}">'
        f'<script type="application/ld+json">{ld_json({**news_ld(p), "@type": "Article"})}</script></head>'
        f'<body><amp-story standalone title="{e(p.title)}" publisher="{e(p.name)}" publisher-logo-src="https://{p.host}/wp-content/uploads/logo-96x96.png" '
        f'poster-portrait-src="https://{p.host}/web-stories/media/{h(p.site + "cover", 10)}-640x853.jpg" supports-landscape>'
        f'<amp-story-auto-analytics gtag-id="G-{h(p.site, 10).upper()}"></amp-story-auto-analytics><amp-story-auto-ads><script type="application/json">{ads}</script></amp-story-auto-ads>'
        f'{"".join(pages)}<amp-story-social-share layout="nodisplay"><script type="application/json">{{"shareProviders":["facebook","twitter","whatsapp","system"]}}</script></amp-story-social-share>'
        f"</amp-story></body></html>"
    )


# ------------------------------------------------------------------------------------ live pages
def live_updates(p: Page) -> list[dict]:
    """The updates in the order they were posted: one per paragraph, the mention an update of its
    own after the second, the caption's photo on the second, the dateline on the first."""
    start = num(p.site + "start", 6 * 60 + 30, 8 * 60 + 30)
    ups: list[dict] = []
    texts: list[tuple[str, str]] = []
    for i, para in enumerate(p.paras):
        texts.append(("p", para))
        if i == 1 and p.mention:
            texts.append(("mention", p.mention))
    minute = start
    for i, (kind, text) in enumerate(texts):
        minute += num(p.site + str(i), 18, 47)
        ups.append(
            {
                "time": f"{minute // 60:02d}:{minute % 60:02d}",
                "text": text,
                "dateline": p.dateline if i == 0 else "",
                "caption": p.caption if i == 1 else "",
                "tag": p.mention_tag if kind == "mention" else "",
                "id": num(p.site + text, 10**6, 10**7),
            }
        )
    return ups


def render_live(p: Page) -> str:
    check_slots(p, {"header"})
    u = p.ui
    ups = live_updates(p)
    day = p.iso[:10]
    off = p.iso[-6:]
    posts = []
    for up in reversed(ups):
        fig = ""
        if up["caption"]:
            fig = f'<figure class="live-post__media"><img src="{img_url(p, up["time"], 800)}" alt="" loading="lazy" width="800" height="450"><figcaption>{e(up["caption"])}</figcaption></figure>'
        tag = f'<p class="live-post__source">{e(up["tag"])}</p>' if up["tag"] else ""
        posts.append(
            f'<article class="live-post" id="post-{up["id"]}" data-post-id="{up["id"]}"><header class="live-post__head"><time class="live-post__time" datetime="{day}T{up["time"]}:00{off}">{up["time"]}</time></header>'
            f'<div class="live-post__body">{para_html(up["text"], up["dateline"])}{fig}{tag}</div>'
            f'<footer class="live-post__foot"><button type="button" class="live-post__share" data-url="{e(p.url)}#post-{up["id"]}">{e(u["share"])}</button></footer></article>'
        )
    last = ups[-1]["time"]
    header_lines = "".join(
        f'<p class="live-hero__source">{e(t)}</p>'
        for t in [*p.slot("header"), *p.own_slot("header")]
    )
    end_lines = "".join(
        f'<p class="live-feed__note">{e(t)}</p>' for t in [*p.slot("end"), *p.own_slot("end")]
    )
    ld = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": p.title,
        "description": p.lead,
        "inLanguage": p.lang,
        "url": p.canonical,
        "datePublished": f"{day}T{ups[0]['time']}:00{off}",
        "dateModified": f"{day}T{last}:00{off}",
        "coverageStartTime": f"{day}T{ups[0]['time']}:00{off}",
        "coverageEndTime": f"{day}T23:59:00{off}",
        "publisher": {"@type": "Organization", "name": p.name},
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "headline": up["time"],
                "datePublished": f"{day}T{up['time']}:00{off}",
                "articleBody": " ".join(
                    x
                    for x in (
                        (up["dateline"].rstrip() + " " + up["text"])
                        if up["dateline"]
                        else up["text"],
                        up["caption"],
                        up["tag"],
                    )
                    if x
                ),
                "url": f"{p.canonical}#post-{up['id']}",
            }
            for up in reversed(ups)
        ],
    }
    nav = "".join(f'<a href="{href}">{e(label)}</a>' for href, label in nav_links(p))
    cfg = json.dumps(
        {
            "liveId": num(p.site, 1000, 9999),
            "pollUrl": f"/api/live/{num(p.site, 1000, 9999)}/posts?after=",
            "interval": 30000,
            "latest": ups[-1]["id"],
        }
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(u["live"])}: {e(p.title)} | {e(p.name)}</title>'
        f'{head_meta(p)}<meta http-equiv="refresh" content="600"><script type="application/ld+json">{ld_json(ld)}</script>'
        f'<link rel="stylesheet" href="/assets/live.{h(p.site, 8)}.css"></head>'
        f'<body class="page-live"><header class="masthead"><a class="masthead__logo" href="/">{e(p.name)}</a><nav class="masthead__nav">{nav}</nav></header>'
        f'<main class="live"><div class="live-hero"><span class="live-badge" aria-label="{e(u["live"])}">● {e(u["live"])}</span><h1 class="live-hero__title">{e(p.title)}</h1>'
        f'<p class="live-hero__meta">{e(u["updated"])} <time datetime="{day}T{last}:00{off}">{last}</time> · {e(p.date)} · {e(u["tz_note"])}</p>{header_lines}'
        f"{share_buttons(p, 'live-share')}</div>"
        f'<section class="live-feed" id="live-feed" aria-live="polite"><h2 class="live-feed__title">{e(u["latest"])}</h2><button type="button" class="live-feed__new" hidden>↑</button>'
        f'{"".join(posts)}<button type="button" class="live-feed__more" data-before="{ups[0]["id"]}">{e(u["load_more"])}</button>{end_lines}</section>'
        f'<aside class="live-related"><h2>{e(u["related"])}</h2>{related_list(p, "live-related")}</aside>{partners_block(p, "live-partners")}'
        f'<div class="ad-slot" data-slot="live_rail"><span>{e(u["ad"])}</span></div></main>'
        f'<footer class="site-footer"><ul>{footer_links(p)}</ul><p>© {founded(p)}–2027 {e(p.name)}</p></footer>{cookie_bar(p, "cookie-bar")}'
        f'<script>window.__LIVE__={cfg};</script><script src="/assets/live.{h(p.site + "js", 8)}.js" defer></script></body></html>'
    )


# ------------------------------------------------------------------------------------ print views
def render_print(p: Page) -> str:
    check_slots(p, {"footer"})
    u = p.ui
    blocks = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            blocks.append(para_html(text, extra))
        elif kind == "figure":
            blocks.append(
                f'<figure class="print-figure"><img src="{img_url(p, "fig", 640)}" alt="{e(p.title)}" width="640" height="360"><figcaption>{e(text)}</figcaption></figure>'
            )
        elif kind == "box":
            blocks.append(f'<blockquote class="print-note">{e(text)}</blockquote>')
        else:
            blocks.append(f'<p class="print-{kind}">{e(text)}</p>')
    foot = "".join(
        f'<p class="print-footer__line">{e(t)}</p>'
        for t in [*p.slot("footer"), *p.own_slot("footer")]
    )
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><title>{e(p.title)} – {e(p.name)}</title><meta name="robots" content="noindex, follow">'
        f'<link rel="canonical" href="{e(p.canonical)}"><link rel="stylesheet" href="/css/print.css?v={num(p.site, 10, 99)}" media="all">'
        f"<style>body{{font:12pt/1.5 Georgia,serif;max-width:170mm;margin:10mm auto;color:#000}}@media print{{.no-print{{display:none}}a{{color:#000;text-decoration:none}}}}</style></head>"
        f'<body class="print-view" onload="window.print()"><div class="no-print toolbar"><button type="button" onclick="window.print()">{e(u["print"])}</button> '
        f'<a href="{e(p.canonical)}">{e(u["back"])}</a> <button type="button" onclick="window.close()">{e(u["close"])}</button></div>'
        f'<header class="print-header"><img src="https://{p.host}/img/logo-print.png" alt="{e(p.name)}" width="200" height="40"><p class="print-header__date">{e(p.date)}</p></header>'
        f'<article class="print-article"><p class="print-section">{e(p.section)}</p><h1>{e(p.title)}</h1><p class="print-byline">{e(p.author)} · {e(p.date)}, {p.time}</p>'
        f"{''.join(blocks)}</article>"
        f'<footer class="print-footer">{foot}<p class="print-footer__url">URL: {e(p.canonical)}</p></footer></body></html>'
    )


# ------------------------------------------------------------------------------------ lite pages
def render_lite(p: Page) -> str:
    check_slots(p, set())
    u = p.ui
    blocks = []
    for kind, text, extra in article_items(p):
        if kind == "p":
            blocks.append(para_html(text, extra))
        elif kind == "box":
            blocks.append(f"<blockquote>{e(text)}</blockquote>")
        elif kind == "figure":
            raise AssertionError(f"{p.site}: lite pages carry no photos")
        else:
            blocks.append(f"<p><i>{e(text)}</i></p>")
    main_host = (
        p.site if p.site.count(".") > 1 and not p.site.endswith(".com.ua") else f"www.{p.site}"
    )
    rel = "".join(f'<li><a href="{e(href)}">{e(t)}</a></li>' for t, href in p.related)
    return (
        f'<!DOCTYPE html><html lang="{p.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(p.title)}</title>'
        f'<link rel="canonical" href="{e(p.canonical)}"><style>body{{font:18px/1.55 system-ui,sans-serif;max-width:38em;margin:0 auto;padding:0 1em}}a{{color:#0645ad}}small{{color:#555}}</style></head>'
        f'<body><header><p><a href="/"><b>{e(p.name)}</b></a> · {e(u["lite"])} | <a href="https://{main_host}/">{e(u["full"])}</a></p></header><hr>'
        f"<main><h1>{e(p.title)}</h1><p><small>{e(p.author)} · {e(p.date)}, {p.time}</small></p>{''.join(blocks)}</main><hr>"
        f"<nav><p><b>{e(u['related'])}</b></p><ul>{rel}</ul></nav><hr>"
        f'<footer><p><a href="/">← {e(u["home"])}</a> · <a href="/about">{e(u["about"])}</a> · <a href="https://{main_host}/">{e(u["full"])}</a></p><p><small>{e(p.name)} — {e(u["lite"])}</small></p></footer></body></html>'
    )


RENDER: dict[str, Callable[[Page], str]] = {
    "next": render_next,
    "nuxt": render_nuxt,
    "fusion": render_fusion,
    "headless": render_headless,
    "static": render_static,
    "amp": render_amp,
    "story": render_story,
    "live": render_live,
    "print": render_print,
    "lite": render_lite,
}

#: Each family's variants (the first is the default when a case names none).
VARIANTS: dict[str, tuple[str, ...]] = {
    "next": ("pages", "app"),
    "nuxt": ("nuxt2", "nuxt3"),
    "headless": ("frontity", "faust"),
    "static": ("gatsby", "astro"),
}
