"""Article edges: the byline, dateline and author-bio blocks that sit just outside the prose.

Extractors keep the lines a template puts right above the first paragraph ("By Jane Doe",
"Updated on 19-Dec-2025", "9 min read") and right below the last one (the author's bio,
"Get the best of … delivered to your inbox", a sponsored-content note). References of
article benchmarks and readers leave them out: the byline and the dates are metadata,
stored apart. Each rule here looks only at the first or last few blocks and only at short
blocks, so a sentence in the middle of the story that happens to start with "By" stays.
Wording is listed for en, de, fr, es, pl, it, pt and nl.
"""

from __future__ import annotations

import re

from newsdesk.extract.body import Block

HEAD_BLOCKS = 4  # the byline and dates sit among the first few blocks
TAIL_BLOCKS = 4  # the author's bio and the last calls to action among the last few
MAX_META_WORDS = 14  # a byline or dateline is a short line, never a paragraph
MAX_NAME_WORDS = 4  # an author's name on its own line above the bio
MAX_BIO_WORDS = 90
MAX_NOTE_WORDS = 60

_MONTHS = (
    r"jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|"
    r"jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|stycznia|lutego|marca|kwietnia|"
    r"maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|gennaio|febbraio|"
    r"aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|fevereiro|março|maio|junho|"
    r"julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
    rf"\d{{1,2}}[ .-]*(?:de |of )?(?:{_MONTHS})\.?[ ,.-]*(?:de )?\d{{2,4}}|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|stunden?|tagen?|minuten?|heures?|jours?|"
    r"horas?|días?|minutos?|godzin[ya]?|dni|minut|ore|giorni|uur|dagen)\s*(?:ago|temu|fa|atrás)|"
    r"(?:vor|il y a|hace|há)\s+\d+\s*\w+)",
    re.IGNORECASE,
)
# Words that make a short line a dateline: "Published on: …", "Aktualisiert am …".
_DATE_LABEL = re.compile(
    r"\b(?:published|updated|posted|last (?:updated|modified)|modified|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|publicado|actualizado|opublikowano|zaktualizowano|"
    r"aktualizacja|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)\b",
    re.IGNORECASE,
)
# "Author: Jane Doe", "Auteur : Jean Dupont"; "(jg)", "(dr/spot)": the writer's initials.
_AUTHOR_LABEL = re.compile(
    r"^(?:authors?|autor(?:in|a|ka)?|auteure?|autore|door|text|texte|texto|tekst)\s*:\s*\S",
    re.IGNORECASE,
)
_INITIALS = re.compile(r"^\(\s*[a-zà-ž]{1,4}(?:\s*/\s*[\w.]{1,10})*\s*\)\.?$", re.IGNORECASE)
MAX_AUTHOR_WORDS = 6
_READ_TIME = re.compile(
    r"^(?:(?:reading time|lesezeit|temps de lecture|tiempo de lectura|czas czytania|"
    r"tempo di lettura|tempo de leitura|leestijd)\s*:?\s*)?\d+\s*(?:-\s*\d+\s*)?"
    r"(?:min(?:ute)?s?|minuten|minutos?|minut|minuti|mins?\.)\.?\s*"
    r"(?:read|reading|lesen|lesezeit|de lecture|de lectura|czytania|di lettura|de leitura|"
    r"leestijd|leesduur)?$",
    re.IGNORECASE,
)
# "By Jane Doe", "Von Max Muster", "Par Jean Dupont" — a name of capitalised words.
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|von|par|por|przez|autor(?:ka)?:?|di|door)\s+"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*(?:\s+(?:and|und|et|y|i|e|en|&|,|van|von|de|der|da|di|"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*),?)*(?:(?:\s*[|•·]|\s+[–—-])\s*.*)?$"
)
# The first sentence of an author's bio, or its label.
_BIO = re.compile(
    r"^(?:about the (?:author|writer)s?|über (?:den|die) autor(?:in)?|à propos de l'auteur|"
    r"sobre (?:el|la|o|a) autor(?:a)?|o autorze|o autorce|sull'autore|over de auteur)\b|"
    r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3}\s+(?:is|was|has been|ist|est|es|jest|è|é|"
    r"is een)\s+(?:an?\s+|the\s+|une?\s+|ein(?:e)?\s+|um(?:a)?\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:reporter|writer|editor|journalist|correspondent|contributor|columnist|author|"
    r"freelancer?|redakteur(?:in)?|journalist(?:in)?|autor(?:in|a)?|journaliste|rédact(?:eur|rice)|"
    r"periodista|redactor(?:a)?|dziennikar(?:z|ka)|redaktor(?:ka)?|giornalista|redattore|"
    r"jornalista|verslaggever|redacteur)\b|"
    r"^(?:executive |senior |managing |contributing |deputy )?(?:editor|reporter|writer|"
    r"correspondent|journalist)\s+(?:at|for|with)\s",
    re.IGNORECASE,
)
_PROFILE = re.compile(
    r"\b(?:view (?:full )?profile|follow (?:him|her|them|me|[A-Z][\w.-]+) on (?:twitter|x|"
    r"instagram|linkedin|facebook|bluesky|mastodon|threads)|more (?:articles|stories|posts) "
    r"by|see all (?:articles|posts|stories) by)\b",
    re.IGNORECASE,
)
# Closing notes: sponsored content, affiliate disclosures, newsletter and trial prompts.
_NOTE = re.compile(
    r"\b(?:this (?:story|article|post|content|piece) (?:was|is|has been) (?:developed|produced|"
    r"created|sponsored|paid for|written) (?:in partnership with|by|for)|"
    r"(?:sponsored|paid) (?:content|post|by)|affiliate links?|may earn (?:an? )?(?:small )?"
    r"commission|supported by commissions|delivered to your inbox|"
    r"receive the latest\b.{0,80}\b(?:updates|newsletter|news)|sign up (?:for|to) (?:our|the)|"
    r"subscribe to (?:our|the) (?:\w+ )?newsletter|start (?:a|your) free (?:\d+-day )?trial|"
    r"get started for free|in zusammenarbeit mit .{0,40} entstanden|"
    r"(?:bezahlte|gesponserte) (?:partnerschaft|anzeige)|contenu sponsorisé|"
    r"(?:article|contenu) (?:sponsorisé|rédigé en partenariat)|contenido patrocinado|"
    r"artykuł sponsorowany|"
    r"materiał (?:sponsorowany|partnera|promocyjny)|contenuto sponsorizzato|"
    r"conteúdo patrocinado|gesponsorde inhoud)\b",
    re.IGNORECASE,
)
# Labels of page widgets kept as a block of their own: share bars, ad slots, contents boxes.
_LABEL = re.compile(
    r"^(?:share(?: this(?: article| story| post)?)?|share on \w+|print|advertisement|"
    r"read more|more|weiterlesen|mehr|lire la suite|leer más|czytaj (?:dalej|więcej)|"
    r"leggi (?:di più|tutto)|leia mais|lees meer|"
    r"sponsored|table of contents?|contents|in this article|on this page|"
    r"teilen|artikel teilen|anzeige|werbung|inhaltsverzeichnis|inhalt|partager|publicité|"
    r"sommaire|compartir|publicidad|índice|contenidos|udostępnij|reklama|spis treści|"
    r"condividi|pubblicità|indice|compartilhar|publicidade|delen|advertentie|inhoudsopgave)"
    r"\s*:?$",
    re.IGNORECASE,
)
# Where the article ends and the site's pitch begins: everything from here on goes.
_PITCH = re.compile(
    r"^(?:take the next step|ready to get started|get started (?:today|now|for free)|"
    r"share your (?:story|tips?|thoughts)|got a (?:news )?tip|do you have a (?:story|news tip)|"
    r"when you (?:join|subscribe)|join now|become a (?:member|subscriber)|"
    r"first-time subscribers|already a (?:member|subscriber)|"
    r"jetzt abonnieren|werden sie (?:mitglied|abonnent)|abonnez-vous|devenez (?:membre|abonné)|"
    r"suscríbete|hazte (?:socio|suscriptor)|zostań (?:subskrybentem|prenumeratorem)|"
    r"abbonati|diventa (?:socio|abbonato)|assine já|torne-se assinante|word (?:lid|abonnee))\b"
    r"|\bunlimited (?:digital )?access\b",
    re.IGNORECASE,
)
# A caption kept as a paragraph names who stands where in the photo.
_PHOTO_POSITION = re.compile(
    r"\((?:(?:second |third |far |2nd |3rd )?(?:left|right)|cent(?:re|er)|l|r|front|back|"
    r"top|bottom|links|rechts|mitte|à gauche|à droite|au centre|izquierda|derecha|centro|"
    r"(?:z|od) (?:lewej|prawej)|w środku|a sinistra|a destra|à esquerda|à direita)\)",
    re.IGNORECASE,
)
MAX_CAPTION_WORDS = 50
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$")
_DATED_ITEM = re.compile(rf"(?:[-–—|,]\s*|\()(?:{_DATE.pattern})\)?\s*$", re.IGNORECASE)
MIN_CODE, MAX_CODE = 2, 6  # letters in a newsroom's signature code


def trim_edges(blocks: list[Block]) -> list[Block]:
    """`blocks` without the bylines and datelines on top and the bio and notes at the end."""
    blocks = [b for b in blocks if not is_widget_label(b) and not is_photo_caption(b)]
    head = [b for b in blocks[:HEAD_BLOCKS] if not is_meta_line(b) and not _is_closing_note(b)]
    rest = blocks[HEAD_BLOCKS:]
    trimmed = head + rest if len(head) < min(len(blocks), HEAD_BLOCKS) else blocks
    return _trim_tail(trimmed)


def is_widget_label(block: Block) -> bool:
    """"Share", "Advertisement", "Table of contents": a widget's label, wherever it stands."""
    return block.kind != "list" and bool(_LABEL.match(block.text.strip()))


def is_photo_caption(block: Block) -> bool:
    """"Jane Doe (left) and John Roe at the opening": a caption, not the story's prose."""
    text = block.text
    return (block.kind == "p" and block.words <= MAX_CAPTION_WORDS
            and bool(_PHOTO_POSITION.search(text)))


def is_meta_line(block: Block) -> bool:
    """A byline, dateline or reading time: a short line about the article, not of it."""
    if block.kind in ("table", "quote") or (block.is_heading and block.source_level == "h2"):
        return False
    text = block.text.strip()
    if block.kind == "list" or "\n" in text or block.words > MAX_META_WORDS:
        return False
    if _READ_TIME.match(text) or _BYLINE.match(text) or _INITIALS.match(text):
        return True
    if block.words <= MAX_AUTHOR_WORDS and _AUTHOR_LABEL.match(text):
        return True
    if not _DATE.search(text):
        return False
    return bool(_DATE_LABEL.search(text)) or _only_date(text)


def _only_date(text: str) -> bool:
    """The line is a date and little else ("19/12/2025", "Dec 19, 2025 · 10:30 AM")."""
    rest = _DATE.sub(" ", text)
    rest = re.sub(r"\b\d{1,2}[:.h]\d{2}\b|\b(?:am|pm|uhr|cet|cest|utc|gmt|et|est|edt)\b", " ",
                  rest, flags=re.IGNORECASE)
    return len(re.findall(r"\w+", rest)) <= 1


def _trim_tail(blocks: list[Block]) -> list[Block]:
    """Drop bio, closing notes and dated post lists among the last blocks (never the first)."""
    start = max(1, len(blocks) - TAIL_BLOCKS)
    out = blocks[:start]
    tail = blocks[start:]
    for index, block in enumerate(tail):
        if _is_pitch(block):
            break
        if _is_bio(block):
            if out and _is_name_line(out[-1]):
                out.pop()
            continue
        if _is_closing_note(block) or _is_dated_list(block):
            continue
        if index >= len(tail) - 2 and is_meta_line(block):  # "Last updated: …" under the story
            continue
        if index == len(tail) - 1 and _is_signature(block):
            continue
        if _is_name_line(block) and index + 1 < len(tail) and _is_bio(tail[index + 1]):
            continue
        out.append(block)
    return out


def _is_signature(block: Block) -> bool:
    """"RIRM", "KAI", "DPA." under the story: a newsroom's or agency's code in capitals."""
    text = block.text.strip().rstrip(".")
    short_code = MIN_CODE <= len(text) <= MAX_CODE and text.isalpha()
    return block.kind == "p" and short_code and text.isupper()


def _is_pitch(block: Block) -> bool:
    """A sales or subscription pitch opens this block (after any rule of dashes)."""
    lines = [line for line in block.text.split("\n") if re.search(r"\w", line)]
    if not lines or block.kind not in ("p", "h2", "h3", "h4"):
        return False
    return block.words <= MAX_BIO_WORDS and bool(_PITCH.search(lines[0]))


def _is_bio(block: Block) -> bool:
    text = block.text.strip()
    if block.kind != "p" or block.words > MAX_BIO_WORDS:
        return False
    return bool(_BIO.search(text)) or bool(_PROFILE.search(text))


def _is_name_line(block: Block) -> bool:
    text = block.text.strip()
    return block.words <= MAX_NAME_WORDS and bool(_NAME.match(text))


def _is_closing_note(block: Block) -> bool:
    text = block.text.strip()
    return block.kind in ("p", "h2", "h3", "h4") and block.words <= MAX_NOTE_WORDS and bool(
        _NOTE.search(text)
    )


def _is_dated_list(block: Block) -> bool:
    """"- Older post title - December 16, 2019" lines: the author's other posts."""
    if block.kind != "list":
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_DATED_ITEM.search(line) for line in lines)
