"""The wording of article edges: the patterns `edges` uses to tell a byline, a dateline, a
bio, a closing note or a widget label from the story's prose.

Kept apart from the rules that apply them so each module stays small; the patterns are
written for en, de, fr, es, pl, it, pt and nl, and none names a site.
"""

from __future__ import annotations

import re

MONTHS = (
    r"jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|"
    r"jul(?:y)?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|stycznia|lutego|marca|kwietnia|"
    r"maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|gennaio|febbraio|"
    r"aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|fevereiro|março|maio|junho|"
    r"julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus"
)
DATE = re.compile(
    rf"\b(?:\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}|"
    rf"\d{{1,2}}[ .-]*(?:de |of )?(?:{MONTHS})\.?[ ,.-]*(?:de )?\d{{2,4}}|"
    rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    r"\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|stunden?|tagen?|minuten?|heures?|jours?|"
    r"horas?|días?|minutos?|godzin[ya]?|dni|minut|ore|giorni|uur|dagen)\s*(?:ago|temu|fa|atrás)|"
    r"(?:vor|il y a|hace|há)\s+\d+\s*\w+)",
    re.IGNORECASE,
)
# Words that make a short line a dateline: "Published on: …", "Aktualisiert am …". "Submitted"
# only opens one ("Submitted by admin on Tue, 12/10/2019", CMS default; "[Submitted on 18 Dec
# 2025]"): inside a sentence ("must be submitted by May 3, 2025") it is prose.
DATE_LABEL = re.compile(
    r"\b(?:published|updated|posted|last (?:updated|modified)|modified|veröffentlicht|"
    r"aktualisiert|publié|mis à jour|publicado|actualizado|opublikowano|zaktualizowano|"
    r"aktualizacja|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt)\b|"
    r"^\W*submitted (?:on|by)\b",
    re.IGNORECASE,
)
# "Author: Jane Doe", "Auteur : Jean Dupont"; "(jg)", "(dr/spot)": the writer's initials.
AUTHOR_LABEL = re.compile(
    r"^(?:authors?|autor(?:in|a|ka)?|auteure?|autore|door|text|texte|texto|tekst)\s*:\s*\S",
    re.IGNORECASE,
)
INITIALS = re.compile(r"^\(\s*[a-zà-ž]{1,4}(?:\s*/\s*[\w.]{1,10})*\s*\)\.?$", re.IGNORECASE)
READ_TIME = re.compile(
    r"^(?:(?:reading time|lesezeit|temps de lecture|tiempo de lectura|czas czytania|"
    r"tempo di lettura|tempo de leitura|leestijd)\s*:?\s*)?\d+\s*(?:-\s*\d+\s*)?"
    r"(?:min(?:ute)?s?|minuten|minutos?|minut|minuti|mins?\.)\.?\s*"
    r"(?:read|reading|lesen|lesezeit|de lecture|de lectura|czytania|di lettura|de leitura|"
    r"leestijd|leesduur)?$",
    re.IGNORECASE,
)
# "By Jane Doe", "Von Max Muster", "Par Jean Dupont" — a name of capitalised words.
BYLINE = re.compile(
    r"^(?i:by|written by|words by|von|par|por|przez|autor(?:ka)?:?|di|door)\s+"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*(?:\s+(?:and|und|et|y|i|e|en|&|,|van|von|de|der|da|di|"
    r"[A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻ][\w'’.-]*),?)*(?:(?:\s*[|•·]|\s+[–—-])\s*.*)?$"
)
# The first sentence of an author's bio, or its label.
BIO = re.compile(
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
PROFILE = re.compile(
    r"\b(?:view (?:full )?profile|follow (?:him|her|them|me|[A-Z][\w.-]+) on (?:twitter|x|"
    r"instagram|linkedin|facebook|bluesky|mastodon|threads)|more (?:articles|stories|posts) "
    r"by|see all (?:articles|posts|stories) by)\b",
    re.IGNORECASE,
)
# Closing notes: sponsored content, affiliate disclosures, newsletter and trial prompts.
NOTE = re.compile(
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
LABEL = re.compile(
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
PITCH = re.compile(
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
PHOTO_POSITION = re.compile(
    r"\((?:(?:second |third |far |2nd |3rd )?(?:left|right)|cent(?:re|er)|l|r|front|back|"
    r"top|bottom|links|rechts|mitte|à gauche|à droite|au centre|izquierda|derecha|centro|"
    r"(?:z|od) (?:lewej|prawej)|w środku|a sinistra|a destra|à esquerda|à direita)\)",
    re.IGNORECASE,
)
NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$")
DATED_ITEM = re.compile(rf"(?:[-–—|,]\s*|\()(?:{DATE.pattern})\)?\s*$", re.IGNORECASE)
