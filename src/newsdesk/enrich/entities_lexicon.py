"""Closed-class words that tell names from other capitalised words, per language.

These are grammar and newsroom vocabulary (articles, pronouns, honorifics, institution
heads), not names of particular people: the names themselves come from the text, the
gazetteer and corpus statistics. Everything is lowercase; lists are unions over the
languages because a function word of one language is rarely a name in another.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that start sentences (or headings) with a capital but are not names.
FUNCTION_WORDS = _words("""
the a an this that these those he she it we they i you his her its our their there here
in on at by for from with without after before during since as of to and but or if when
while what who which where why how not no yes all some many most more mr ms mrs also
however meanwhile according then now today yesterday tomorrow last next new
le la les l un une des du de d au aux ce cet cette ces il elle ils elles nous vous je on
son sa ses leur leurs selon mais et ou donc car si quand lors après avant depuis pendant
pour par avec sans sur sous dans en chez plusieurs tous toutes tout toute aussi alors
ainsi encore déjà puis enfin cependant pourtant néanmoins note notes lire voir photo
der die das den dem des ein eine einen einem einer eines er sie es wir ihr ich sein seine
ihre im am vom zum zur bei mit nach seit vor für gegen über unter auch aber und oder wenn
als wie wo was wer dass so noch schon dann jetzt heute gestern morgen laut nicht kein
el los las lo una unos unas del al este esta estos estas ese esa él ella ellos según pero
y o si cuando como donde también ya hoy ayer
il lo gli i uno della dello delle degli nel nella nei con per tra fra secondo ma e anche
o os as um uma do da dos das no na nos nas ao aos pelo pela segundo mas também
het een dit dat deze die hij zij wij ze ook maar en volgens toen nu vandaag
w we z ze na do od o u dla przez przy po pod nad za przed między bez jak jako gdy kiedy
ale i a oraz lub czy że to ten ta te tego tej tym tych jego jej ich on ona ono oni one my
wy ja już jeszcze także też również według dziś wczoraj jutro natomiast jednak więc tak
nie co kto gdzie dlaczego teraz potem wtedy nic nasi nasz nasza wszyscy wszystko każdy
ktoś coś tu tam oto jak jest są był była było będzie może można trzeba
v ve s se k ke pro při podle po před za pod nad mezi jak když že ten ta to tento tato toto
jeho její jejich on ona ono oni my vy já už ještě také tak ale i a nebo či dnes včera
zítra však proto
в во на с со к ко по о об от до из за под над при для без через у как когда что это
этот эта эти тот та те его её их он она оно они мы вы я уже ещё также тоже но и а или
ли же по словам сегодня вчера завтра однако поэтому так
у в на з із зі до від за під над при для без через як коли що це цей ця ці той та ті
його її їх він вона воно вони ми ви я вже ще також теж але і й та або чи сьогодні вчора
завтра проте тому про щодо
в във на с със към по от до из за под над при за без през като когато че това този тази
тези той тя то те ние вие аз вече още също но и или днес вчера утре
""")

# Titles, honorifics and roles written before a person's name.
PERSON_CUES = _words("""
mr mrs ms dr prof sir lady lord president premier minister chancellor senator governor
mayor spokesman spokeswoman spokesperson envoy secretary general ceo chairman leader
king queen pope prince princess judge ambassador adviser advisor officer commander
m mme mlle président présidente ministre premier chancelier porte-parole émissaire
envoyé secrétaire maire sénateur député général ambassadeur conseiller patron chef
dirigeant roi reine pape juge
herr frau präsident präsidenten präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin
minister ministerin sprecher
sprecherin botschafter bürgermeister chef general könig papst
presidente ministro canciller portavoz señor señora don doña alcalde embajador
signor signora portavoce ambasciatore sindaco senhor senhora porta-voz
de heer mevrouw premier
pan pani panem panią prezydent prezydenta prezydentem premier premiera premierem minister
ministra ministrem kanclerz kanclerza rzecznik rzecznika rzeczniczka wiceminister
wicepremier szef szefa szefowa marszałek ambasador generał gen. dyrektor prezes prezesa
poseł posłanka senator burmistrz król papież sędzia doradca wysłannik
prezident prezidenta prezidentem premiér premiéra ministr ministra ministryně kancléř
mluvčí velvyslanec generál šéf předseda předsedy starosta poslanec
господин госпожа президент президента президентом премьер премьера министр министра
министром канцлер канцлера пресс-секретарь представитель посол генерал глава главы
мэр спикер депутат советник директор председатель губернатор
profesor profesora professor профессор профессора професор професора
пан пані президент президента президентом прем'єр прем’єр міністр міністра канцлер
речник посол генерал голова мер депутат радник директор губернатор
господин госпожа президентът премиерът министър министърът посланик генерал кмет
""")

# Words that make a capitalised phrase an organisation (matched on lowercase prefixes).
ORG_HEADS = (
    "ministry", "ministère", "ministerium", "ministerio", "ministero", "ministério",
    "ministerstw", "ministerstv", "министерств", "міністерств", "министерството",
    "agency", "agence", "agentur", "agencia", "agenzia", "agencja", "agentur", "агентств",
    "bank", "banque", "banco", "банк", "company", "compagnie", "corporation", "corp",
    "group", "groupe", "gruppe", "grupa", "holding", "party", "parti", "partei", "partido",
    "partito", "partia", "partii", "strana", "strany", "партия", "партии", "партія",
    "union", "unia", "unii", "unie", "союз", "союза", "спілк", "council", "conseil",
    "rada", "rady", "radzie", "рада", "ради", "совет", "commission", "comisión", "komisj",
    "komis", "комисси", "коміс", "parliament", "parlement", "parlament", "парламент",
    "court", "tribunal", "gericht", "sąd", "soud", "суд", "суда", "суду", "суде", "судом",
    "sądu", "sądem", "soudu", "soudem", "arbitraż", "арбитраж", "арбітраж", "корпорац",
    "komisj", "radu", "radě", "radou", "stranou", "straně", "stranu", "компани", "компані",
    "trybunał", "трибунал", "university", "université",
    "universität", "uniwersytet", "univerzit", "университет", "університет", "institut",
    "instytut", "институт", "інститут", "fund", "fonds", "fundusz", "фонд", "office",
    "urząd", "úřad", "служб", "department", "département", "departament", "департамент",
    "police", "policja", "polici", "полици", "поліці", "army", "armée", "armia", "armáda",
    "армия", "армі", "force", "forces", "siły", "sił", "сил", "armád", "armii", "armią", "armię",
    "press", "inc", "ltd", "llc", "gmbh", "ag", "sa", "s.a.", "ośrod", "středisk", "centrum",
    "plc", "spa", "a.s.", "sp.", "oao", "pao", "зао", "оао", "пао", "ооо", "тов", "фк",
    "fc", "club", "klub", "клуб", "senat", "senate", "sénat", "сенат", "sejm", "bundestag",
    "duma", "дума", "kongres", "congress", "congrès", "конгресс", "конгрес", "organization",
    "organisation", "organizacja", "organizace", "организаци", "організаці", "association",
    "stowarzyszeni", "ассоциаци", "federation", "fédération", "federacja", "федераци",
    "committee", "comité", "komitet", "výbor", "комитет", "комітет", "foundation",
    "fondation", "stiftung", "fundacja", "nadace", "images", "reuters", "kreml", "kremlin",
    "кремл", "white house", "biały dom", "pentagon", "пентагон",
    "league", "ligue", "liga", "ligi", "ligy", "lize", "лига", "лиги", "лигу", "лигой", "ліга",
    "ліги", "палат", "izba", "izby", "izbie", "komora", "komory", "asociac", "asocjac", "svaz",
    "svazu", "sdružení", "содружеств", "співдружн", "commonwealth", "inspekc", "инспекц",
    "інспекц", "администрац", "адміністрац", "administrac", "управлени", "управлінн",
    "госдеп", "держдеп", "минфин", "мінфін", "минюст", "мінюст", "минобороны", "міноборони",
    "минэнерго", "міненерго", "минпромторг", "минэконом", "мінеконом", "минтранс", "минздрав",
    "моз",
)

# Words that make a name with a country's a state, a place ("Российская Федерация",
# "Republika Czeska", "Королевство Нидерландов"), though "federacja" heads bodies too.
STATE_WORDS = ("federac", "федерац", "республик", "республік", "republi", "królestw",
               "královst", "королевств", "королівств", "kingdom", "księstw", "княжеств")

# Prepositions that put the next name in a place ("à Davos", "w Moskwie", "в Киеве").
PLACE_PREPS = _words("""
in into at near from à au en vers près nach aus bei desde hacia em no na
w we na do z ze pod przy koło v ve na do z ze u u в во на из под возле около біля у з із
""")


# Well-known international bodies and their names in other languages/scripts.
KNOWN_ORGS: dict[str, tuple[str, ...]] = {
    "European Union": ("EU", "UE", "ЕС", "ЄС", "ЕU", "Евросоюз", "Євросоюз", "Unia Europejska",
                       "Evropská unie", "Európska únia", "Европейский союз",
                       "Європейський союз", "Европейски съюз", "Union européenne",
                       "Europäische Union"),
    "United Nations": ("UN", "ONU", "ONZ", "OSN", "ООН", "UNO", "VN"),
    "NATO": ("NATO", "OTAN", "НАТО", "NAVO"),
    "Kremlin": ("Kremlin", "Kreml", "Кремль", "Kremlem", "Kremlu", "Kremla"),
    "White House": ("White House", "Maison Blanche", "Weißes Haus", "Casa Blanca",
                    "Casa Bianca", "Biały Dom", "Bílý dům", "Bílého domu", "Белый дом", "Білий дім",
                    "Білого дому"),
    "World Health Organization": ("WHO", "OMS", "ВОЗ", "WHO"),
    "International Monetary Fund": ("IMF", "FMI", "MFW", "МВФ", "IWF", "MMF"),
    "OSCE": ("OSCE", "OBWE", "ОБСЕ", "ОБСЄ", "OSZE"),
    "European Commission": ("European Commission", "Commission européenne", "EK", "KE",
                            "Europäische Kommission", "Komisja Europejska", "Evropská komise",
                            "Европейская комиссия", "Еврокомиссия", "Європейська комісія",
                            "Єврокомісія", "Европейската комисия", "Еврокомисията"),
}

# Lowercase head words that make the capitalised word before them a place
# ("Балтийское море", "Kraju Nadmorskim" is caught by the gazetteer or stays unknown).
LOC_HEADS = (
    "sea", "ocean", "gulf", "mer", "océan", "golfe", "meer", "morze", "morza", "morzu",
    "lake", "bay", "river", "island", "islands", "peninsula", "strait", "valley", "county",
    "moře", "mořem", "moři", "моря", "море", "морем", "морю",
    "крае", "края", "краем", "морі", "океан", "залив", "затока", "остров", "острів",
    "полуостров", "півострів", "oblast", "област", "republi", "республик", "республік", "обл",
    "край", "краю", "район", "obwód",
    "obwodu", "region", "regionu", "регион", "регіон", "река", "реки", "річка", "rzeka",
    "zatoka", "poloostrov", "półwysep", "półwysp", "cieśnin", "průliv", "пролив", "протока",
    "полуостров", "півостр", "mountains", "горы", "гори", "góry",
)


# Lowercase nouns for kinds of place that stand before a place's name ("kantonu Zug",
# "miejscowości Lubmin", "в коммуне X"), matched as prefixes.
PLACE_CLASS_NOUNS = (
    "city", "town", "village", "canton", "province", "county", "district", "region",
    "miast", "miejscowoś", "wsi", "wieś", "gmin", "kanton", "prowincj", "powiat", "półwysp",
    "měst", "obec", "obc", "vesnic", "poloostrov", "okres",
    "город", "сел", "посёл", "посел", "деревн", "коммун", "кантон", "провинци", "округ",
    "полуостров", "земл", "міст", "селищ", "комун", "провінці", "півостров",
    # the vicinity or coast of a place, and the oblast it lies in ("w okolicach X",
    # "u wybrzeży X", "в окрестностях X", "obwodu X"): what follows is the place
    "okolic", "okolí", "окрестност", "околиц", "wybrzeż", "pobřeží", "побережь", "узбереж",
    "obwod", "obwód", "област",
)

# Country abbreviations that CLDR does not list among the territory names.
COUNTRY_ABBREVIATIONS: dict[str, str] = {
    "USA": "US", "US": "US", "U.S.": "US", "США": "US", "ЗША": "US", "SAD": "US",
    "UK": "GB", "RF": "RU", "РФ": "RU", "ČR": "CZ", "RP": "PL", "ФРГ": "DE", "RFN": "DE",
    "ОАЭ": "AE", "ОАЕ": "AE", "ZEA": "AE", "SAE": "AE", "ЮАР": "ZA", "ПАР": "ZA", "RPA": "ZA",
    "JAR": "ZA", "КНР": "CN", "ChRL": "CN", "ČLR": "CN", "КНДР": "KP", "ЧР": "CZ",
}

# Country names that CLDR (Babel) lacks: older or short names still common in news
# ("Белоруссия", "Британия"), and irregular oblique forms that no ending rule restores
# (Polish plural country names: "Niemcy" -> "Niemiec", "Niemczech"). Region -> aliases.
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "BY": ("Белоруссия", "Білорусія", "Bělorusko", "Byelorussia", "Belorussia"),
    "GB": ("Британия", "Британія", "Británie", "Brytania", "Britain", "Великобритания"),
    "NL": ("Голландия", "Голландія", "Holandia", "Holandsko", "Holland"),
    "MD": ("Молдавия", "Молдавія", "Mołdawia"),
    "KG": ("Киргизия", "Киргизія", "Kirgizja"),
    "DE": ("Niemiec", "Niemczech", "Niemcom", "Niemcami"),
    "HU": ("Węgier", "Węgrzech", "Węgrom", "Węgrami"),
    "IT": ("Włoch", "Włoszech", "Włochom", "Włochami"),
    "CN": ("Chin", "Chinach", "Chinom", "Chinami"),
}
# Demonyms whose stem is not the country name's (folded, before a regular demonym ending):
# "Niemcy"/"Němci" (Germany), "Rakušané" (Austria), "Amerykanie" (the US, not the Americas).
DEMONYM_STEMS: dict[str, tuple[str, ...]] = {
    "DE": ("niem", "nem"), "AT": ("rakus",), "US": ("ameryk", "americ"),
}
# "The West" as a political place: named like a region in every language of the news.
WEST_ALIASES = ("Zachód", "Západ", "Запад", "Захід", "Запада", "Заходу", "Zachodu", "Západu")

# Head words of products and facilities that news names like bodies: pipelines.
PRO_HEADS = ("stream", "pipe", "pipeline", "поток", "потік", "потоку", "потоком")

# Words that make a name a medium (a newspaper, a channel, a site: PRO, as SlavicNER and
# HIPE type them; news agencies stay ORG): whole words, then stems of inflected ones.
MEDIA_WORDS = _words("news times post tv radio journal gazette tribune herald daily")
MEDIA_STEMS = (
    "telewizj", "televiz", "телевиден", "телебачен", "gazet", "газет", "noviny", "новост",
    "новин", "zeitung", "prawd", "pravd", "правд", "dziennik", "deník", "tygodnik", "týdeník",
    "radia", "radiu", "rádi", "радио", "радіо",
)

# Lowercase nouns for kinds of product and medium that stand before its name ("dziennika
# Die Welt", "haubic Akacja", "masowiec X", "газопровода X", "телеканал X"), as prefixes.
PRO_CLASS_NOUNS = (
    "gazet", "dziennik", "tygodnik", "miesięcznik", "portal", "serwis", "telewizj", "kanał",
    "stacj", "deník", "týdeník", "časopis", "web", "kanál", "televiz", "pořad", "газет",
    "издани", "видання", "телеканал", "канал", "портал", "сайт", "журнал", "часопис",
    "тижневик", "еженедельник", "program", "programu", "програм", "передач",
    "haubic", "masowc", "masowiec", "statek", "statku", "tankowc", "tankowiec", "okręt",
    "samolot", "śmigłow", "czołg", "lod", "tanker", "letad", "лайнер", "самолет", "літак",
    "танкер", "судн", "корабл", "gazociąg", "ropociąg", "plynovod", "ropovod", "газопровод",
    "газопровід", "нефтепровод", "нафтопровід", "pipeline",
)

# Lowercase nouns for kinds of organisation that stand before its name ("koncern Engie",
# "spółki X", "podnik Gazprom", "авиакомпании X"), as prefixes.
ORG_CLASS_NOUNS = (
    "koncern", "firm", "spółk", "przedsiębiorstw", "podnik", "společnost", "holding",
    "agencj", "agentur", "partii", "partia", "hucie", "huta", "huty", "zakład",
    "компани", "концерн", "холдинг", "авиакомпани", "агентств", "агенці", "нпо", "завод",
    "комбинат", "компанії", "компанія", "концерну", "партии", "партія", "партії",
    "institut", "instytut", "институт", "інститут",
)

# Legal forms and kinds of body written as capitals before a name ("ПАТ «Газпром»",
# "НАК „Нафтогаз України“", "ИА «Рейтер»"): part of a name's title, never a name alone.
LEGAL_FORMS = _words("""
пат ват прат ат пао оао зао ао ооо тов нак иа нпо гп фгуп муп
""")
