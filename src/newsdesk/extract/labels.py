"""Section labels of page furniture beyond `phrases`: most-read and other-news lists, comment
sections, share/print/rating bars, login prompts — in the languages newsdesk serves.

News templates in every language end the article's container with the same few boxes, each
headed by a stock label: "Más leídas", "Les plus lus", "Meistgelesen", "Najczęściej czytane"
head a ranked list of other stories; "Otras noticias de Política", "Mehr aus Wirtschaft" head
teasers of the same section; "Deja un comentario", "Schreibe einen Kommentar" open the comment
form. A label like this on a line of its own is never a sentence of the story, so it may end
the article (`boilerplate` only lets it cut in the article's last part). A topic may follow the
label ("Más leídas de Política"), but no sentence: the whole line must be the label.

Bars of buttons ("Compartir", "Teilen", "Drukuj", "Valora esta noticia") are lines of their
own anywhere in the container; they go alone. Login and subscriber prompts ("Si ya sos
suscriptor…", "Ou si vous avez déjà un compte") are paywall text.
"""

from __future__ import annotations

import re

from newsdesk.extract.agencies import NEWS_AGENCIES

# Ranked or recent lists of other stories, and teasers of the same section.
_LISTS = (
    r"most (?:read|popular|viewed|shared|commented)(?: (?:articles|stories|news|posts))?|"
    r"trending(?: now| stories| articles)?|popular (?:now|stories|articles|posts)|"
    r"latest (?:news|stories|articles|posts)|more (?:news|stories|articles)|top stories|"
    r"editor'?s picks|"
    r"(?:lo |las |los )?más (?:leíd[oa]s?|vist[oa]s?|populares|comentad[oa]s?|compartid[oa]s?)|"
    r"otras noticias|más noticias|últimas noticias|noticias destacadas|te recomendamos|"
    r"mir[aá] también|segu[ií] leyendo|sigue leyendo|temas relacionados|"
    r"artículos relacionados|contenido relacionado|también te puede interesar|"
    r"(?:les |articles )?(?:les )?plus (?:lus|populaires|partagés|commentés)|"
    r"dans la même rubrique|à (?:voir|découvrir) aussi|articles (?:similaires|liés|récents)|"
    r"derniers articles|dernières (?:actualités|infos|nouvelles)|vous aimerez aussi|"
    r"sur le même thème|"
    r"meistgelesene?(?: artikel| beiträge| nachrichten)?|meist gelesen|am meisten gelesen|"
    r"ähnliche (?:artikel|beiträge|themen|nachrichten)|verwandte (?:artikel|beiträge|themen)|"
    r"neueste (?:artikel|beiträge|nachrichten)|weitere (?:nachrichten|beiträge|meldungen|news)|"
    r"mehr(?=\s+aus\s)|auch lesenswert|"
    r"najczęściej (?:czytane|komentowane)|najpopularniejsze|polecamy|"
    r"podobne (?:artykuły|wpisy|tematy)|przeczytaj (?:też|także|również)|warto przeczytać|"
    r"powiązane (?:artykuły|tematy)|inne artykuły|więcej artykułów|"
    r"(?:i )?più lett[ie]|articoli correlati|mais lidas|notícias relacionadas"
)
# The comment section's heading or form label.
_COMMENTS = (
    r"(?:\d+\s+)?(?:comments?|kommentare|commentaires|comentarios|komentarze|commenti)|"
    r"leave a (?:comment|reply)|(?:deja|dejar|escribe|añade) (?:un|tu) comentario|"
    r"(?:schreibe|schreiben sie|hinterlasse|hinterlassen sie) einen kommentar|"
    r"kommentar schreiben|laisser un commentaire|vos réactions|ajouter un commentaire|"
    r"dodaj komentarz|skomentuj|(?:lascia|scrivi) un commento|deixe (?:um|seu) comentário"
)
# A topic after a list label: "Más leídas de Política", "Mehr aus Wirtschaft".
_TOPIC = (
    r"(?:\s+(?:de|del|de la|en|sur|du|des|aus|zu|zum|zur|im|in|z|w|o|on|from|about|di|da)"
    r"\s+[^.!?:\n]{1,40})?"
)
LIST_LABEL = re.compile(
    rf"^(?:(?:{_LISTS}){_TOPIC}|{_COMMENTS})\s*[:.…!>»]*\s*$", re.IGNORECASE
)
# Buttons set as a line of their own: share, print, rate, back to top.
BAR_LINE = re.compile(
    r"^(?:share(?: this(?: article| story| post| page)?)?|share on \w+|"
    r"(?:diesen |den )?(?:artikel |beitrag )?teilen|news teilen|"
    r"partager(?: cet article| sur \w+)?|compart(?:ir|e)(?: en \w+| esta noticia| este artículo)?|"
    r"udostępnij|podziel się(?: artykułem)?|condividi|compartilhe|"
    r"print(?: this (?:article|page))?|drucken|imprimer|imprimir|drukuj|stampa|"
    r"valora esta noticia|califica esta noticia|bewerten sie diesen artikel|"
    r"notez cet article|oceń (?:artykuł|tekst)|rate this (?:article|story)|"
    r"back to top|nach oben|haut de page|volver arriba|do góry|torna su)"
    r"\s*[:.…!]?\s*$",
    re.IGNORECASE,
)
# Login and subscriber prompts of a paywall or a members' area.
LOGIN_PROMPT = re.compile(
    r"^(?:si ya (?:eres|sos) suscriptor|solo para suscriptores|"
    r"contenido exclusivo(?: para suscriptores)?\s*$|"
    r"(?:ou )?si vous (?:avez déjà un compte|êtes déjà abonné)|connectez-vous ici|"
    r"already have an account|(?:haben sie|sie haben) bereits ein (?:konto|abo)|"
    r"masz już konto)",
    re.IGNORECASE,
)


def is_list_label(text: str) -> bool:
    """A label heading other stories or the comments: the article's furniture starts here."""
    return bool(LIST_LABEL.match(text.strip()))


def is_bar_line(text: str) -> bool:
    """A share, print or rating button set as a line of its own."""
    return bool(BAR_LINE.match(text.strip()))


def is_login_prompt(text: str) -> bool:
    """A subscriber or login prompt of a paywall box."""
    return bool(LOGIN_PROMPT.match(text.strip()))


# The three line kinds above in one pattern: the line rules ask it of every short block.
_LABEL_LINE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (LIST_LABEL, BAR_LINE, LOGIN_PROMPT)), re.IGNORECASE
)


def is_label_line(text: str) -> bool:
    """A list label, a button bar or a login prompt (any of the three tests above)."""
    return bool(_LABEL_LINE.match(text.strip()))


# A byline that is only the wire service: "Agencia EFE", "AFP", "Agentur dpa".
_AGENCY_NAMES = "|".join(re.escape(a) for a in sorted(NEWS_AGENCIES, key=len, reverse=True))
AGENCY_LINE = re.compile(
    rf"^(?:(?:agencia|agence|agentur|agenzia|agencja|agência)\s+)?(?:{_AGENCY_NAMES})\s*\.?$",
    re.IGNORECASE,
)


def is_agency_line(text: str) -> bool:
    """A line naming only the wire service the story came from (its byline)."""
    return bool(AGENCY_LINE.match(text.strip()))


# A block that is only a date ("Viernes 22 abril, 2022", "Mittwoch, 4. Mai 2022, 21:25 Uhr",
# "28.01.2022"): the page's dateline, kept by extractors as a paragraph; never the story.
_MONTH = (
    r"(?:jan(?:uary|uar)?|janvier|enero|stycznia|feb(?:ruary|ruar)?|févr(?:ier)?|febrero|"
    r"lutego|mar(?:ch|s)?|märz|marzo|marca|apr(?:il)?|avr(?:il)?|abril|kwietnia|may|mai|mayo|"
    r"maja|june?|juni|juin|junio|czerwca|july?|juli|juil(?:let)?|julio|lipca|aug(?:ust)?|"
    r"août|agosto|sierpnia|sep(?:t(?:ember|iembre|embre)?)?|setiembre|września|"
    r"oct(?:ober|obre|ubre)?|okt(?:ober)?|października|nov(?:ember|embre|iembre)?|listopada|"
    r"dec(?:ember)?|déc(?:embre)?|dez(?:ember)?|dic(?:iembre)?|grudnia)\.?"
)
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miércoles|jueves|viernes|"
    r"sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|poniedziałek|wtorek|środa|czwartek|piątek|"
    r"sobota|niedziela)"
)
_TIME = r"\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|hs))?"
_DAY_MONTH_YEAR = (
    rf"(?:\d{{1,2}}\.?\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})"
)
DATE_LINE = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?{_DAY_MONTH_YEAR},?(?:\s*(?:[-|,]|à|a las|um|at)?\s*{_TIME})?$",
    re.IGNORECASE,
)


def is_date_line(text: str) -> bool:
    """A block that is only a date, maybe with its weekday and time."""
    return bool(DATE_LINE.match(" ".join(text.split())))


MAX_BYLINE_LINES = 4
MAX_BYLINE_LINE_WORDS = 5


def is_byline_box(text: str) -> bool:
    """The author's box kept as one block: a few short lines (name, e-mail, role) and a date.

    Templates set the writer's name, address and the dateline on lines of their own inside one
    element; each line alone is too short to judge, but a date among only short lines is a
    byline, not a paragraph of the story.
    """
    lines = [line.strip(" |/·-") for line in text.split("\n")]
    lines = [line for line in lines if line]
    if not 2 <= len(lines) <= MAX_BYLINE_LINES or not any(map(is_date_line, lines)):
        return False
    return all(len(line.split()) <= MAX_BYLINE_LINE_WORDS or is_date_line(line)
               for line in lines)


# Consent managers' dialogs that extractors keep after the article: their stock sentences and
# switches, not the word "cookie" alone (an article about privacy uses that too).
CONSENT = re.compile(
    r"(?:würde|möchte)n?\s+gerne\s+mit\s+(?:den\s+)?folgenden\s+diensten|"
    r"switch zum einwilligen|wir (?:benötigen|brauchen) ihre (?:zustimmung|einwilligung)|"
    r"would like to (?:use|process) your personal data with the following services|"
    r"we need your consent|nous avons besoin de votre consentement|"
    r"necesitamos (?:tu|su) consentimiento|potrzebujemy (?:twojej|pana|pani) zgody|"
    r"(?:alle akzeptieren|accept all|tout accepter|aceptar todo|akceptuj wszystkie)"
    r"\s*(?:/|\||und|and|et|y|i)?\s*(?:alle ablehnen|reject all|tout refuser|"
    r"rechazar todo|odrzuć wszystkie)",
    re.IGNORECASE,
)
MAX_CONSENT_WORDS = 80
# One of these is in every CONSENT phrase: a cheap test before the search (most blocks fail it).
_CONSENT_KEYS = ("dienst", "einwillig", "zustimmung", "consent", "zgody", "reject", "ablehnen",
                 "refuser", "rechazar", "odrzuć")


def is_consent_box(text: str, words: int, lowered: str | None = None) -> bool:
    """The first block of a consent manager's dialog (its pitch or its switches).

    `lowered` is `text.lower()` when the caller has it already (the line rules share one).
    """
    if words > MAX_CONSENT_WORDS:
        return False
    lowered = text.lower() if lowered is None else lowered
    return any(key in lowered for key in _CONSENT_KEYS) and bool(CONSENT.search(text))
