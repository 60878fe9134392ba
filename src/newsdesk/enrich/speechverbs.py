"""Per-language lexicons for quote attribution: speech verbs, frames, pronouns.

Word lists rather than a lemmatiser: news attribution uses a small closed set of verbs in a
few inflected forms (3rd person, past and present), so stems with explicit endings are
precise enough and cost no model loading. Each lexicon is compiled once per language, on
first use; an unknown or missing language uses the union of all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PL = r"(?:ł|ła|ło|li|ły)"  # Polish l-participle endings
_CS = r"(?:l|la|lo|li|ly)"  # Czech l-participle endings
_RU = r"(?:л|ла|ло|ли)"  # Russian past endings
_UK = r"(?:в|ла|ло|ли)"  # Ukrainian past endings
_FR = r"(?:é|ée|és|ées|e|es|ent|ait|aient)"  # French -er verb forms after the stem

# Speech verbs as regex fragments matched as whole words.
VERBS: dict[str, str] = {
    "en": r"said|says|say|told|tells|added|adds|stated|states|declared|explained|explains|"
    r"noted|notes|argued|argues|insisted|warned|warns|claimed|claims|asked|replied|wrote|"
    r"writes|announced|confirmed|admitted|acknowledged|stressed|emphasi[sz]ed|suggested|"
    r"recalled|concluded|commented|remarked|observed|continued|tweeted|posted|reported|reports",
    "fr": rf"(?:déclar|affirm|ajout|expliqu|indiqu|estim|soulign|assur|confirm|annonc|rappel|"
    rf"insist|martel|précis|racont|confi|commenté|jug|prévien|lanc|avert|répét|tranch|"
    rf"concéd|réagi){_FR}|dit|dire|disait|disent|répondu|répond|reconnu|reconnaît|averti|"
    r"noté|notait|écrit|conclu|rapporté|souten[ua]|soutient|admis|poursuivi|poursuit|prévenu|"
    r"fait savoir",
    "de": r"sagte|sagt|sagten|sprach|spricht|erklärte|erklärt|erklärten|betonte|betont|meinte|"
    r"meint|ergänzte|ergänzt|fügte|rief|ruft|fragte|fragt|antwortete|antwortet|entgegnete|"
    r"erwiderte|erwiederte|versetzte|bemerkte|berichtete|berichtet|schrieb|schreibt|warnte|"
    r"warnt|kündigte|teilte|räumte|unterstrich|bekräftigte|versicherte|behauptete|"
    r"behauptet|forderte|fordert|hieß|heißt|mahnte|sagen|erzählte|flüsterte|murmelte|schrie|"
    r"gesagt|sage|erklärt|betont|glaube|glaubt|finde|findet|meinte|erwidert|bat|baten|"
    r"grunzte|seufzte|stammelte|stotterte|jammerte|klagte|dachte|dachten|fragen|fragten|"
    r"riefen|(?:fuhr|fährt)(?=(?:\s+\w+){0,4}\s+fort\b)|"
    r"(?:setzte|fügte)(?=(?:\s+\w+){0,4}\s+hinzu\b)|hub(?=(?:\s+\w+){0,3}\s+an\b)|lautet|lautete",
    "es": r"dijo|dice|dijeron|afirmó|afirma|declaró|aseguró|asegura|explicó|señaló|señala|"
    r"indicó|añadió|agregó|subrayó|destacó|sostuvo|advirtió|manifestó|comentó|apuntó|"
    r"insistió|reconoció|precisó|anunció|confirmó|respondió|preguntó|escribió|expresó|"
    r"explica|asegura|añade|advierte|sostiene|"  # present and perfect ("ha asegurado")
    r"dicho|afirmado|declarado|asegurado|explicado|señalado|indicado|añadido|subrayado|"
    r"destacado|advertido|manifestado|reconocido|anunciado|confirmado|respondido|precisado",
    "it": r"detto|dice|dichiarato|dichiara|affermato|afferma|spiegato|spiega|sottolineato|"
    r"sottolinea|aggiunto|aggiunge|ribadito|precisato|osservato|annunciato|confermato|"
    r"risposto|commentato|disse|affermò|dichiarò|scritto|assicurato|avvertito",
    "pt": r"disse|diz|disseram|afirmou|afirma|declarou|explicou|acrescentou|destacou|ressaltou|"
    r"salientou|garantiu|assegurou|sublinhou|indicou|referiu|adiantou|contou|comentou|"
    r"respondeu|anunciou|confirmou|escreveu|alertou|explica|garante|sublinha|acrescenta|"
    r"admitiu|reconheceu|frisou|considerou|defendeu",
    "nl": r"zei|zegt|zeiden|verklaarde|vertelde|stelde|benadrukte|antwoordde|schreef|meldde|"
    r"waarschuwde|liet weten|voegde|legde|vertelt|verklaart|benadrukt|schrijft|meldt|"
    r"waarschuwt|antwoordt|gezegd|verklaard|laten weten|gemeld|geschreven|gewaarschuwd|"
    r"aldus",
    "pl": rf"(?:powiedzia|zaznaczy|podkreśli|doda|stwierdzi|oświadczy|oceni|przekaza|"
    rf"poinformowa|wyjaśni|zapowiedzia|przyzna|tłumaczy|przekonywa|zapewni|napisa|"
    rf"odpowiedzia|pyta|zauważy|mówi|ostrzega|uzna|zapyta){_PL}|ostrzegł|ostrzegła|"
    r"mówi|uważa|podkreśla|zaznacza|dodaje|twierdzi|przekonuje|pisze|tłumaczy",
    "cs": rf"(?:řek|uved|prohlási|doda|konstatova|poznamena|zdůrazni|sděli|oznámi|odpověd[ěe]|"
    rf"vysvětli|upozorni|napsa|podotk|připomně|informova|ujisti|tvrdi|prohlašova|mluvi|"
    rf"hovoři|vzkáza|odmítnu|zdůrazňova|potvrdi|varova|míni){_CS}|řekl|říká|uvádí|dodává|"
    r"tvrdí|míní|zdůrazňuje|prohlašuje|poznamenává|konstatuje|píše|odpovídá|soudí",
    "ru": rf"(?:сказа|заяви|отмети|подчеркну|сообщи|добави|говори|рассказа|объясни|утвержда|"
    rf"поясни|призна|ответи|отвеча|напомни|написа|предупреди|указа|констатирова|уточни|"
    rf"пообеща|заверя|замети|счита|полага|уверя|убежда|добавля|подчеркива){_RU}|"
    r"заявляет|заявляют|заявив|говорит|говорят|рассказывает|рассказывают|объясняет|"
    r"утверждает|утверждают|считает|считают|полагает|отмечает|отмечают|подчеркивает|"
    r"сообщает|сообщают|пишет|признается|уверен|уверена|добавляет|сказав|отметив|замечает|"
    r"указывает|указывают",
    "uk": rf"(?:сказа|заяви|зазначи|наголоси|повідоми|розпові|поясни|підкресли|відпові|"
    rf"написа|визна|запевни|нагада|попереди){_UK}|додав|додала|каже|кажуть|заявляє|"
    r"вважає|вважають|говорить|розповідає|зазначає|наголошує|пише|повідомляє",
    "bg": r"каза|казва|заяви|заявява|посочи|подчерта|добави|обясни|съобщи|отбеляза|допълни|"
    r"коментира|твърди|смята|написа|призна|отговори|попита|увери",
}

# Frames whose speaker follows: "selon X", "according to X", "laut X", "за словами X".
ACCORDING: dict[str, str] = {
    "en": r"according to",
    "fr": r"selon|d['’]après",
    "de": r"laut|nach Angaben von|so",
    "es": r"según",
    "it": r"secondo",
    "pt": r"segundo|de acordo com",
    "nl": r"volgens|aldus",
    "pl": r"według|zdaniem|jak (?:powiedział|podkreślił|zaznaczył)a?",
    "cs": r"podle|slovy",
    "ru": r"по словам|по мнению|по данным|как (?:сказал|заявил|отметил)а?",
    "uk": r"за словами|на думку|як (?:зазначи|заяви|сказа)(?:в|ла)",
    "bg": r"според|по думите на",
}

# "Pour le maire, « … »": a sentence opening "for X," right before a marked quote gives
# the quote to X (the opinion frame of Romance news; also "für X", "dla X", "для X").
OPINION: dict[str, str] = {
    "en": r"for", "fr": r"pour", "de": r"für", "es": r"para", "it": r"per", "pt": r"para",
    "nl": r"voor", "pl": r"dla", "cs": r"pro", "ru": r"для", "uk": r"для", "bg": r"за",
}

# Words that open a reported clause after a speech verb.
COMPLEMENTIZERS: dict[str, str] = {
    "en": r"that",
    "fr": r"que|qu['’]",
    "de": r"dass|daß",
    "es": r"que",
    "it": r"che",
    "pt": r"que",
    "nl": r"dat",
    "pl": r"że|iż",
    "cs": r"že",
    "ru": r"что|будто",
    "uk": r"що|нібито",
    "bg": r"че",
}

# Third-person subject pronouns (and the French inverted "-t-il" forms): a speaker they
# name is resolved to the nearest preceding person.
PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they"}),
    "fr": frozenset({"il", "elle", "ils", "elles"}),
    "de": frozenset({"er", "sie"}),
    "es": frozenset({"él", "ella"}),
    "it": frozenset({"lui", "lei"}),
    "pt": frozenset({"ele", "ela"}),
    "nl": frozenset({"hij", "zij", "ze"}),
    "pl": frozenset({"on", "ona", "oni"}),
    "cs": frozenset({"on", "ona", "oni"}),
    "ru": frozenset({"он", "она", "они"}),
    "uk": frozenset({"він", "вона", "вони"}),
    "bg": frozenset({"той", "тя", "те"}),
}

# First-person subjects speak for themselves: the speaker is the pronoun as written.
SELF: dict[str, frozenset[str]] = {
    "en": frozenset({"i", "we"}),
    "fr": frozenset({"je", "nous"}),
    "de": frozenset({"ich", "wir", "man"}),  # "man sagt": the generic speaker as written
    "es": frozenset({"yo", "nosotros"}),
    "it": frozenset({"io", "noi"}),
    "pt": frozenset({"eu", "nós"}),
    "nl": frozenset({"ik", "wij", "we"}),
    "pl": frozenset({"ja", "my"}),
    "cs": frozenset({"já", "my"}),
    "ru": frozenset({"я", "мы"}),
    "uk": frozenset({"я", "ми"}),
    "bg": frozenset({"аз", "ние"}),
}

# "As X said, …": a sentence opening with one of these and a speech verb frames the rest.
AS_FRAME: dict[str, str] = {
    "en": r"as", "fr": r"comme", "de": r"wie", "es": r"como", "it": r"come", "pt": r"como",
    "nl": r"zoals", "pl": r"jak", "cs": r"jak", "ru": r"как", "uk": r"як", "bg": r"както",
}

# Words that open the narrator's own clause after an attribution ("…, said X, while …").
SUBORDINATORS: dict[str, frozenset[str]] = {
    "en": frozenset({"while", "as", "when", "and", "but", "who", "which", "adding", "after"}),
    "fr": frozenset({"alors", "tandis", "et", "mais", "qui", "lorsque", "quand", "avant"}),
    "de": frozenset({"indem", "während", "als", "wobei", "und", "aber", "doch", "denn", "weil",
                     "nachdem", "bevor", "worauf", "wie", "der", "die", "welche", "welcher"}),
    "es": frozenset({"mientras", "cuando", "y", "pero", "quien", "que"}),
    "it": frozenset({"mentre", "quando", "e", "ma", "che"}),
    "pt": frozenset({"enquanto", "quando", "e", "mas", "que"}),
    "nl": frozenset({"terwijl", "toen", "en", "maar", "die"}),
    "pl": frozenset({"a", "i", "ale", "gdy", "kiedy", "który", "która", "dodając"}),
    "cs": frozenset({"a", "ale", "když", "přičemž", "který", "která"}),
    "ru": frozenset({"а", "и", "но", "когда", "который", "которая", "добавив", "хотя"}),
    "uk": frozenset({"а", "і", "й", "але", "коли", "який", "яка", "додавши"}),
    "bg": frozenset({"а", "и", "но", "когато", "който", "която"}),
}

# First- and second-person words: a clause holding them is someone's own words.
FIRST_SECOND: dict[str, frozenset[str]] = {
    "en": frozenset({"i", "we", "my", "our", "you", "your", "me", "us"}),
    "fr": frozenset({"je", "j", "nous", "vous", "tu", "mon", "ma", "mes", "notre", "nos"}),
    "de": frozenset({"ich", "wir", "mein", "meine", "unser", "unsere", "du", "dich", "dir",
                     "ihr", "euch", "mich", "mir", "uns", "jch"}),
    "es": frozenset({"yo", "nosotros", "mi", "nuestro", "nuestra", "usted", "tú"}),
    "it": frozenset({"io", "noi", "mio", "mia", "nostro", "nostra", "voi", "tu"}),
    "pt": frozenset({"eu", "nós", "meu", "minha", "nosso", "nossa", "você"}),
    "nl": frozenset({"ik", "wij", "we", "mijn", "ons", "onze", "jij", "u"}),
    "pl": frozenset({"ja", "my", "mój", "moja", "nasz", "nasza", "ty", "wy"}),
    "cs": frozenset({"já", "my", "můj", "moje", "náš", "naše", "ty", "vy"}),
    "ru": frozenset({"я", "мы", "мой", "моя", "наш", "наша", "ты", "вы"}),
    "uk": frozenset({"я", "ми", "мій", "моя", "наш", "наша", "ти", "ви"}),
    "bg": frozenset({"аз", "ние", "мой", "моя", "наш", "наша", "ти", "вие"}),
}

LANGS = tuple(VERBS)


def _langs_for(lang: str | None) -> tuple[str, ...]:
    base = (lang or "").split("-")[0].lower()
    return (base,) if base in VERBS else LANGS


def _union(table: dict[str, str], lang: str | None) -> str:
    return "|".join(f"(?:{table[code]})" for code in _langs_for(lang))


@lru_cache(maxsize=32)
def verb_re(lang: str | None) -> re.Pattern[str]:
    """Speech verbs of `lang` as whole words (French inversion `a-t-il dit` included)."""
    return re.compile(rf"(?<![\w-])(?:{_union(VERBS, lang)})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=32)
def according_re(lang: str | None) -> re.Pattern[str]:
    """"according to"-style frames; the speaker is the name right after the match."""
    return re.compile(rf"(?<![\w-])(?:{_union(ACCORDING, lang)})(?![\w])\s*", re.IGNORECASE)


@lru_cache(maxsize=32)
def opinion_re(lang: str | None) -> re.Pattern[str]:
    """"Pour X, « … »": the frame word, then up to eight words of speaker phrase that may
    end with a name set off by commas, then a comma right before the quote (match)."""
    return re.compile(rf"\s*(?:{_union(OPINION, lang)})\s+([^,.;:!?«»“”„\"]+?)"
                      r"(?:,\s*[^,.;:!?«»“”„\"]+?)?\s*[,:]\s*$", re.IGNORECASE)


@lru_cache(maxsize=32)
def as_frame_re(lang: str | None) -> re.Pattern[str]:
    """A sentence opening "As …" / "Jak …" / "Wie …" (matched at the clause start)."""
    return re.compile(rf"\s*(?:{_union(AS_FRAME, lang)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=32)
def complementizer_re(lang: str | None) -> re.Pattern[str]:
    """Words opening a reported clause ("that", "que", "że", "что"); search, not match."""
    words = _union(COMPLEMENTIZERS, lang)
    return re.compile(rf"(?<![\w'’])(?:{words})(?:(?<=['’])|(?![\w]))", re.IGNORECASE)


def words(lang: str | None, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The union of a per-language word table over `lang` (all languages when unknown)."""
    words: set[str] = set()
    for code in _langs_for(lang):
        words |= table[code]
    return frozenset(words)


def pronouns(lang: str | None, table: dict[str, frozenset[str]] = PRONOUNS) -> frozenset[str]:
    """Subject pronouns that stand for a person named earlier (or, with SELF, the writer)."""
    return words(lang, table)
