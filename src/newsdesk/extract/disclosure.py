"""AI-disclosure notes: "Note : Cet article a été créé avec l'Intelligence Artificielle (IA)."

A disclosure is a short sentence about *this* article, so a match needs three things in one
sentence: a self-reference at its start ("this article", "Dieser Artikel", "Цю статтю",
after an optional "Note:" label), a passive creation verb, and an AI term. An article
*about* AI ("The company said its AI generated the headlines") has no self-reference and
does not match. Only the first two and last three paragraphs are looked at, where sites
put such notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = r"^[\s*_(\[]*(?:[^\W\d_][\w .]{0,24}\s?[:：]\s*)?"
_AI_EN = r"\bAI\b|\bA\.I\.|artificial intelligence|language model|\bGPT|ChatGPT|generative"


@dataclass(frozen=True)
class _Rule:
    statement: str  # self-reference + verb, matched after the optional label
    ai: str


_RULES = (
    _Rule(  # en
        r"this (?:article|story|text|content|report|summary|piece|post)\s+(?:was|has been|is)\s+"
        r"(?:\S+\s+){0,3}?(?:generated|created|written|produced|drafted|compiled|translated|"
        r"summari[sz]ed|prepared|assisted|ai-generated|ai-assisted)",
        _AI_EN,
    ),
    _Rule(  # fr
        r"(?:cet|ce) (?:article|texte|contenu|résumé)\s+(?:a été|est|fut)\s+(?:\S+\s+){0,3}?"
        r"(?:cré|génér|rédig|écrit|produit|tradu|réalis)",
        r"intelligence artificielle|\bIA\b",
    ),
    _Rule(  # de (verb at the end)
        r"(?:dieser|der) (?:artikel|text|beitrag|inhalt)\s+(?:wurde|ist|wird)\s+[^.]{0,80}?"
        r"(?:erstellt|generiert|geschrieben|verfasst|übersetzt|erzeugt|produziert)",
        r"\bKI\b|künstliche\w* intelligenz|\bAI\b",
    ),
    _Rule(  # pl
        r"(?:(?:ten|niniejszy) )?(?:artykuł|tekst|materiał)\s+(?:został|zostal|jest)\s+"
        r"(?:\S+\s+){0,2}?(?:stworzon|wygenerowan|napisan|przygotowan|opracowan|utworzon|"
        r"przetłumaczon)",
        r"sztuczn\w+ inteligencj\w+|\bAI\b|\bSI\b",
    ),
    _Rule(  # uk
        r"(?:(?:цю|ця|цей|даний|дану) )?(?:статт[юя]|текст|матеріал|публікаці[юя])\s+"
        r"(?:\S+\s+){0,2}?(?:створен|згенерован|написан|підготовлен)",
        r"штучн\w+ інтелект\w*|\bШІ\b|\bAI\b",
    ),
    _Rule(  # ru
        r"(?:(?:эт[аоу]|этот|данн\w+) )?(?:стать[яю]|текст|материал|публикаци[яю])\s+"
        r"(?:\S+\s+){0,2}?(?:создан|сгенерирован|написан|подготовлен)",
        r"искусственн\w+ интеллект\w*|\bИИ\b|\bAI\b",
    ),
    _Rule(  # es
        r"(?:este|el presente) (?:artículo|texto|contenido)\s+(?:ha sido|fue|es|se ha)\s+"
        r"(?:\S+\s+){0,2}?(?:generad|cread|redactad|escrit|elaborad|producid|traducid)",
        r"inteligencia artificial|\bIA\b",
    ),
    _Rule(  # it
        r"questo (?:articolo|testo|contenuto)\s+(?:è stato|e stato|è|fu)\s+(?:\S+\s+){0,2}?"
        r"(?:generat|creat|scritt|redatt|prodott|realizzat|tradott)",
        r"intelligenza artificiale|\bIA\b|\bAI\b",
    ),
    _Rule(  # nl
        r"(?:dit|deze) (?:artikel|tekst|bericht)\s+(?:is|werd)\s+[^.]{0,60}?"
        r"(?:gegenereerd|gemaakt|geschreven|opgesteld|vertaald|gecreëerd)",
        r"kunstmatige intelligentie|\bAI\b",
    ),
    _Rule(  # pt
        r"(?:este|o presente) (?:artigo|texto|conteúdo)\s+(?:foi|é)\s+(?:\S+\s+){0,2}?"
        r"(?:gerad|criad|escrit|redigid|produzid|traduzid)",
        r"inteligência artificial|\bIA\b",
    ),
    _Rule(  # cs
        r"(?:tento )?(?:článek|text)\s+(?:byl|je)\s+(?:\S+\s+){0,2}?"
        r"(?:vytvořen|vygenerován|napsán|přeložen)",
        r"uměl\w+ inteligenc\w+|\bAI\b|\bUI\b",
    ),
    _Rule(  # sv
        r"(?:den här|denna) (?:artikel|artikeln|text|texten)\s+(?:har|är|skapades|genererades)"
        r"[^.]{0,40}?(?:skapa|genere|skriv|översat)",
        r"artificiell intelligens|\bAI\b",
    ),
    _Rule(  # da / no
        r"(?:denne|dette) (?:artikel|artiklen|artikkel|artikkelen|tekst|teksten)\s+"
        r"(?:er|blev|ble)\s+[^.]{0,40}?(?:skrevet|genereret|generert|lavet|laget|produceret|"
        r"produsert|oversat)",
        r"kunstig intelligens|\bAI\b|\bKI\b",
    ),
    _Rule(  # ro
        r"(?:acest|prezentul) (?:articol|text|conținut|continut)\s+(?:a fost|este)\s+"
        r"(?:\S+\s+){0,2}?(?:generat|creat|scris|redactat|tradus|realizat)",
        r"inteligen[țţt]\w* artificial\w*|\bIA\b|\bAI\b",
    ),
    _Rule(  # tr (verb at the end)
        r"bu (?:makale|haber|metin|içerik)\s+[^.]{0,80}?"
        r"(?:oluşturulmuştur|oluşturuldu|üretilmiştir|üretildi|yazılmıştır|hazırlanmıştır)",
        r"yapay zek[âa]|\bAI\b",
    ),
    _Rule(  # fi
        r"(?:tämä|kyseinen) (?:artikkeli|teksti|juttu|sisältö)\s+on\s+[^.]{0,60}?"
        r"(?:luotu|tuotettu|kirjoitettu|generoitu|käännetty|laadittu)",
        r"tekoäly\w*|\bAI\b",
    ),
)
_COMPILED = tuple(
    (re.compile(_LABEL + rule.statement, re.IGNORECASE), re.compile(rule.ai, re.IGNORECASE))
    for rule in _RULES
)
# Every rule's statement after the shared label, as one pattern: a sentence none of them
# opens (nearly all) is ruled out by one anchored search instead of one per language.
_ANY_STATEMENT = re.compile(
    _LABEL + "(?:" + "|".join(f"(?:{rule.statement})" for rule in _RULES) + ")", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W\d_])")
MAX_DISCLOSURE_CHARS = 300
HEAD_PARAGRAPHS = 2
TAIL_PARAGRAPHS = 3


def is_disclosure_sentence(sentence: str) -> bool:
    """True when `sentence` says that this article was made with AI."""
    text = " ".join(sentence.split())
    if len(text) > MAX_DISCLOSURE_CHARS or not _ANY_STATEMENT.search(text):
        return False
    return any(
        statement.search(text) and ai.search(text) for statement, ai in _COMPILED
    )


def split_disclosure(paragraphs: list[str]) -> tuple[list[str], str | None]:
    """Paragraphs without the disclosure sentence, and that sentence (or None)."""
    count = len(paragraphs)
    candidates = list(range(min(HEAD_PARAGRAPHS, count)))
    candidates += [i for i in range(max(0, count - TAIL_PARAGRAPHS), count) if i not in candidates]
    for index in reversed(candidates):
        for sentence in _SENTENCE_END.split(paragraphs[index]):
            if is_disclosure_sentence(sentence):
                rest = paragraphs[index].replace(sentence, "", 1).strip()
                kept = paragraphs[:index] + ([rest] if rest else []) + paragraphs[index + 1 :]
                return kept, sentence.strip()
    return paragraphs, None


def find_disclosure(text: str) -> str | None:
    """The AI-disclosure sentence of an article text (paragraphs split by blank lines)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return split_disclosure(paragraphs)[1]
