"""Boilerplate blocks that single-page extractors keep: calls to action, related links, paywalls.

trafilatura finds the article's container well, but news templates put their furniture
*inside* that container: "Also read: …" links between paragraphs, "Enjoyed this piece? Support
us" and newsletter boxes after the last paragraph, the subscription wall of a teaser,
breadcrumbs and tag lines above the first. Each rule here is a phrase a reader would call
furniture in any site's template, written for the languages newsdesk serves; none names a site.

Two strengths of evidence:
- a *tail marker* (related links, newsletter, support, comments, paywall prompts) starts the
  page's furniture: when it opens a block in the last part of the article, that block and
  everything after it go;
- a *line marker* (a short "Read also: …" line, a breadcrumb, a bare credit line, a rule of
  dashes) removes only its own block, wherever it is.

Site templates seen on several pages of one host are a third source: `learn_boilerplate`
returns the paragraphs that repeat across a host's stored texts and `remove_site_boilerplate`
drops them from a new page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from newsdesk.extract.body import Block
from newsdesk.extract.images import AGENCIES

_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# Related-content labels: "Also read: …", "Lesen Sie auch", "Czytaj też", …
_RELATED = (
    r"(?:also|further) read(?:ing)?|read (?:also|more|next)|related(?: articles| stories| posts|"
    r" content| reading| coverage)?|more (?:on|about) this|you (?:may|might) also like|"
    r"recommended(?: for you| articles)?|more from|"
    r"lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|"
    r"weitere (?:top)?(?:artikel|themen)|"
    r"das könnte (?:sie|dich) auch interessieren|weiterlesen|mehr dazu|"
    r"(?:à )?lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|"
    r"read|(?:también )?puede leer|lea también|"
    r"lee (?:también|más)|leer más|notas relacionadas|te puede interesar|noticias relacionadas|"
    r"czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również)|"
    r"leggi anche|potrebbe interessarti|leia (?:também|mais)|veja também|lees ook|"
    r"читайте (?:также|тоже)|читайте також"
)
# Calls to subscribe, donate, sign up, comment or share: furniture after the article.
_CALL_TO_ACTION = (
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) (?:\w+ )?newsletter|"
    r"enjoyed this (?:piece|article|story|post)|if you (?:enjoyed|liked) (?:reading )?this|"
    r"the best way to support|support (?:our|independent) journalism|"
    r"we want to hear what you think|share your (?:story|thoughts)|join the conversation|"
    r"follow us on|newsletter abonnieren|hat (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)|"
    r"gefällt (?:ihnen|dir) unser|unterstützen sie (?:unsere|unabhängigen)|"
    r"inscrivez-vous à (?:notre|la) newsletter|abonnez-vous à (?:notre|la) newsletter|"
    r"suscríbete a (?:nuestro|nuestra|el|la)|apoya (?:el|nuestro) periodismo|"
    r"zapisz się (?:do|na) newsletter|wesprzyj nas|iscriviti alla (?:nostra )?newsletter|"
    r"assine (?:a|nossa) newsletter|schrijf je in voor"
)
# Subscription walls of a truncated teaser.
PAYWALL_PROMPT = re.compile(
    r"^(?:to (?:view|read|continue reading) the (?:full|rest of the) (?:story|article)|"
    r"subscribe (?:now )?to (?:continue|keep) reading|this (?:article|content|story) is "
    r"(?:only )?(?:available|reserved) (?:to|for) (?:subscribers|members)|"
    r"(?:already a subscriber|if you(?:'|’)re seeing this message)|"
    r"pour (?:lire|accéder à) la suite|pour accéder en illimité|"
    r"(?:cet article est )?réservé aux abonnés|déjà abonné|"
    r"(?:jetzt )?weiterlesen mit|(?:dieser artikel ist )?nur für abonnenten|"
    r"sie sind bereits abonnent|(?:este contenido es )?exclusivo para suscriptores|"
    r"¿ya eres suscriptor|(?:ten artykuł|treść) (?:jest )?dostępn\w+ (?:tylko )?dla "
    r"(?:subskrybentów|prenumeratorów)|wykup (?:dostęp|subskrypcję|prenumeratę)|"
    r"(?:questo articolo è )?riservato agli abbonati|conteúdo exclusivo para assinantes)",
    re.IGNORECASE,
)
# Labels of the contact / further-information box that follows press releases and reports.
_CONTACT = (
    r"contacts?|press contact|media contact|more information|further information|"
    r"kontakt|pressekontakt|weitere informationen|mehr informationen|"
    r"plus d'informations|pour en savoir plus|más información|contacto|"
    r"więcej informacji|kontakt dla mediów|per informazioni|mais informações"
)
# A related-content *label* on its own ("Related articles", "Czytaj też:") heads a link list;
# a call to action starts a box. Either ends the article.
# A label naming another site: "Mehr zum Thema auf example.de", "Also on example.com".
_ELSEWHERE = (
    rf"(?:(?:{_RELATED})|also|auch|aussi|también|także|anche|também|ook)\s+"
    r"(?:on|at|auf|bei|sur|en|na|su|em|op)\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
)
# A short block asking for money or support, wherever it stands.
_SUPPORT = re.compile(
    r"\b(?:support us|donate (?:now|today)|make a donation|unterstützen sie uns|jetzt spenden|"
    r"soutenez-nous|faites un don|apóyanos|haz una donación|wesprzyj nas|przekaż nam 1%|"
    r"sostienici|fai una donazione|apoie-nos|faça uma doação|steun ons)\b",
    re.IGNORECASE,
)
# Cookie banners that extractors keep as a paragraph.
_COOKIES = re.compile(
    r"\b(?:we use|this (?:web)?site uses|nous utilisons|ce site utilise|wir verwenden|"
    r"diese (?:web)?seite verwendet|utilizamos|usamos|este sitio (?:web )?utiliza|używamy|"
    r"(?:ta )?strona (?:internetowa )?(?:używa|wykorzystuje)|utilizziamo|questo sito utilizza|"
    r"wij gebruiken|deze (?:web)?site gebruikt)\b[^.]{0,80}\bcook(?:ies?|ie-dateien)\b",
    re.IGNORECASE,
)
# "… [read more]" links glued to the end of a teaser paragraph.
_READ_MORE_SUFFIX = re.compile(
    r"\s*[\[(](?:read more|more|mehr|weiterlesen|lire la suite|plus|leer más|más|"
    r"czytaj (?:więcej|dalej)|więcej|leggi (?:tutto|di più)|leia mais|lees meer)[\])]\s*$",
    re.IGNORECASE,
)
# A caption glued to a paragraph of its own: "… (Photo: Jane Doe/Reuters)."
_CAPTION_CREDIT_END = re.compile(
    r"(?:\((?:photo|foto|fot\.|bild|image|imagen|immagine|zdjęcie|фото)\s*[:.]?\s*[^()]{2,80}\)\.?|"
    r"\s[|/]\s*(?:photos? by|photo ?:|foto ?:|fot\.|bild ?:|фото ?:)[^|]{2,60})$",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 40
MAX_SUPPORT_WORDS = 50
MAX_COOKIE_WORDS = 70
MAX_CALL_WORDS = 80  # a support/newsletter box can be a long paragraph
_TAIL_LABEL = re.compile(
    rf"^(?:{_RELATED}|{_CONTACT})\s*[:.…!]?\s*$", re.IGNORECASE
)
_ELSEWHERE_LINE = re.compile(rf"^(?:{_ELSEWHERE})\s*[:.…!]?\s*$", re.IGNORECASE)
_TAIL_CALL = re.compile(rf"^(?:{_CALL_TO_ACTION})\b", re.IGNORECASE)
_RELATED_LINE = re.compile(rf"^(?:{_RELATED})\s*[:»>|–—-]", re.IGNORECASE)
_RULE_LINE = re.compile(r"^[\W_]+$")
_BACK_LINK = re.compile(
    r"^(?:back to|return to|zurück zu[mr]?|retour (?:à|au|aux)|volver a|regresar a|powrót do|"
    r"wróć do|torna a|voltar (?:para|a)|terug naar)\b", re.IGNORECASE
)
_CREDIT_LINE = re.compile(
    r"^(?:photos? ?(?:by|:)|cr[ée]dits?(?: photos?)? ?:|fot\. ?|foto(?:s)? ?:|bild(?:er)? ?:|"
    r"image ?:|picture ?:|фото ?:|©|\(c\) |image d'illustration|image illustrative|"
    r"illustration ?:|zdjęcie ilustracyjne|imagen ilustrativa|immagine di repertorio|"
    r"symbolbild|symbolfoto)", re.IGNORECASE
)
_AGENCY_SIGNATURE = re.compile(rf"^[\w.]{{1,12}}(?:/[\w.]{{1,12}})*/(?:{_AGENCY_ALT})$")
_BREADCRUMB = re.compile(r"^(?:[^»›>\n]{1,40}\s*[»›>]\s*)+[^»›>\n]*$")
_RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem|"
    r"tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|"
    r"\b(?:unter|under|sous|en|bajo|na licencji|sotto) (?:der |la |a |the )?"
    r"(?:licen[cs]e |lizenz )?"
    r"(?:cc[- ]by|creative commons)",
    re.IGNORECASE,
)
_ENDS_WITH_SITE = re.compile(r"\s[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*[.!]?$", re.IGNORECASE)
SITE_AD_LINK_SHARE = 0.95
TAIL_SHARE = 0.5  # tail markers only count in the last half of the article's blocks
MAX_LINE_WORDS = 30  # a "line marker" block is short; a long paragraph is prose
MAX_RIGHTS_WORDS = 25
MAX_CRUMB_WORDS = 6
MAX_SHORT_WORDS = 8  # back links, credit lines and agency signatures are a few words
TEASER_LINK_SHARE = 0.8  # a block this much inside links is a teaser or a menu
MAX_TEASER_WORDS = 20  # per line: a headline, not a paragraph of linked prose
MIN_TEASER_LINES = 2  # one linked line may be the article's own call ("RSVP here")
MIN_PAGES_FOR_TEMPLATE = 3
TEMPLATE_SHARE = 0.5


def strip_boilerplate(blocks: list[Block]) -> tuple[list[Block], bool]:
    """Blocks without page furniture, and whether a paywall prompt was among them."""
    kept, paywall = _cut_tail(blocks)
    kept = [block for block in kept
            if not is_furniture_line(block) and not is_link_teaser(block) and not is_site_ad(block)]
    return [_without_read_more(block) for block in kept], paywall


def _without_read_more(block: Block) -> Block:
    """The block without a trailing "[read more]" link (its display HTML keeps the link)."""
    if not block.text.rstrip().endswith((")", "]")):
        return block  # the suffix ends with its bracket: no need to scan the whole text
    match = _READ_MORE_SUFFIX.search(block.text)
    if not match or not block.text[: match.start()].strip():
        return block
    return replace(block, text=block.text[: match.start()].rstrip())


def is_link_teaser(block: Block) -> bool:
    """Headlines of other articles: a block that is (almost) all link text in short lines.

    Inline "related" teasers and headline lists sit inside the article's container on many
    news templates; the article's own prose is mostly plain text even when it links a lot.
    """
    if block.link_share < TEASER_LINK_SHARE or block.kind == "table" or block.is_heading:
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    short = all(len(line.split()) <= MAX_TEASER_WORDS for line in lines)
    return short and len(lines) >= MIN_TEASER_LINES


def is_site_ad(block: Block) -> bool:
    """"Looking for a shop to rent? See the offers on example.pl": one linked line that
    sends the reader to another website by its name is an advertisement, not prose."""
    text = block.text.strip()
    if block.kind != "p" or "\n" in text or block.link_share < SITE_AD_LINK_SHARE:
        return False
    return block.words <= MAX_TEASER_WORDS and bool(_ENDS_WITH_SITE.search(text))


def is_furniture_line(block: Block) -> bool:
    """A short block that is furniture wherever it stands (related link, breadcrumb, rule)."""
    text = block.text.strip()
    if block.kind in ("table", "list") or not text:
        return False
    words = block.words
    if _RULE_LINE.match(text):
        return True
    if _is_box(text, words):
        return True
    if words > MAX_LINE_WORDS:
        return False
    if _RELATED_LINE.match(text) or PAYWALL_PROMPT.match(text) or _ELSEWHERE_LINE.match(text):
        return True
    if words <= MAX_RIGHTS_WORDS and _RIGHTS.search(text):
        return True
    if words <= MAX_SHORT_WORDS and (
        _BACK_LINK.match(text) or _CREDIT_LINE.match(text) or _AGENCY_SIGNATURE.match(text)
    ):
        return True
    return "\n" not in text and bool(_BREADCRUMB.match(text)) and _has_breadcrumb_shape(text)


def is_tail_label(text: str) -> bool:
    """A short label that heads related links or a contact box ("Related articles", "Kontakt")."""
    return len(text.split()) <= MAX_LINE_WORDS and bool(_TAIL_LABEL.match(text.strip()))


def _is_box(text: str, words: int) -> bool:
    """A cookie banner, a request for support or a photo caption kept as a paragraph."""
    # "cook" (any case) is in every cookie banner: a cheap test before the phrase search.
    if words <= MAX_COOKIE_WORDS and "cook" in text.lower() and _COOKIES.search(text):
        return True
    if words <= MAX_SUPPORT_WORDS and _SUPPORT.search(text):
        return True
    return words <= MAX_CAPTION_WORDS and bool(_CAPTION_CREDIT_END.search(text))


def _has_breadcrumb_shape(text: str) -> bool:
    """"Home » News » World" — separators between short items, no sentence punctuation."""
    parts = [p.strip() for p in re.split(r"[»›>]", text)]
    sentence = re.search(r"[.!?](?:\s|$)", text) is not None
    short_items = all(len(part.split()) <= MAX_CRUMB_WORDS for part in parts)
    return len(parts) >= 2 and short_items and not sentence and len(text) <= 200


def _cut_tail(blocks: list[Block]) -> tuple[list[Block], bool]:
    """Cut at the first tail marker or paywall prompt in the article's last part."""
    start = int(len(blocks) * (1 - TAIL_SHARE))
    for index in range(max(start, 1), len(blocks)):
        text = blocks[index].text.strip()
        if PAYWALL_PROMPT.match(text):
            return blocks[:index], True
        words = blocks[index].words
        if words <= MAX_LINE_WORDS and _TAIL_LABEL.match(text):
            return blocks[:index], False
        if words <= MAX_CALL_WORDS and _TAIL_CALL.match(text):
            return blocks[:index], False
    return blocks, False


def normalize_paragraph(text: str) -> str:
    """The key a paragraph is compared by across pages: case- and space-insensitive."""
    return " ".join(text.split()).casefold()


def learn_boilerplate(texts: list[str]) -> set[str]:
    """Paragraphs (normalized) that repeat across the stored texts of one host.

    A paragraph counts once per text; it is template when it appears in at least
    `MIN_PAGES_FOR_TEMPLATE` texts and in at least `TEMPLATE_SHARE` of them, so a quote
    two stories share is not mistaken for furniture.
    """
    if len(texts) < MIN_PAGES_FOR_TEMPLATE:
        return set()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalize_paragraph(p) for p in _paragraphs(text)})
    needed = max(MIN_PAGES_FOR_TEMPLATE, int(len(texts) * TEMPLATE_SHARE + 0.999))
    return {para for para, seen in counts.items() if seen >= needed and para}


def remove_site_boilerplate(blocks: list[Block], boilerplate: Iterable[str]) -> list[Block]:
    """Blocks whose normalized text is not one of the host's template paragraphs."""
    template = set(boilerplate)
    if not template:
        return blocks
    return [b for b in blocks if normalize_paragraph(b.text) not in template]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]
