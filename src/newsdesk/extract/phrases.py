"""The furniture vocabulary: phrases a reader would call page furniture in any site's template.

Patterns only (and cheap key tests in front of two of them), for the languages newsdesk
serves; `boilerplate` decides where each may fire (a tail marker in the article's last part,
a line marker anywhere) and how long a block may be. None names a site.
"""

from __future__ import annotations

import re

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
# A short block asking for money or support, wherever it stands. It ends at a non-word
# character, not at \b: "przekaż nam 1%" ends with one, where \b would need a letter after it.
SUPPORT = re.compile(
    r"\b(?:support us|donate (?:now|today)|make a donation|unterstützen sie uns|jetzt spenden|"
    r"soutenez-nous|faites un don|apóyanos|haz una donación|wesprzyj nas|przekaż nam 1%|"
    r"sostienici|fai una donazione|apoie-nos|faça uma doação|steun ons)(?!\w)",
    re.IGNORECASE,
)
# One of these (lower case) is in every SUPPORT phrase: a cheap test before the search, which
# tries each phrase at every position of the text (most blocks hold none of them).
SUPPORT_KEYS = ("support us", "donat", "unterstützen sie uns", "spenden", "soutenez",
                "faites un don", "apóyanos", "donación", "wesprzyj", "przekaż", "sostienici",
                "donazione", "apoie", "doação", "steun ons")
# Cookie banners that extractors keep as a paragraph.
COOKIES = re.compile(
    r"\b(?:we use|this (?:web)?site uses|nous utilisons|ce site utilise|wir verwenden|"
    r"diese (?:web)?seite verwendet|utilizamos|usamos|este sitio (?:web )?utiliza|używamy|"
    r"(?:ta )?strona (?:internetowa )?(?:używa|wykorzystuje)|utilizziamo|questo sito utilizza|"
    r"wij gebruiken|deze (?:web)?site gebruikt)\b[^.]{0,80}\bcook(?:ies?|ie-dateien)\b",
    re.IGNORECASE,
)
# "… [read more]" links glued to the end of a teaser paragraph.
READ_MORE_SUFFIX = re.compile(
    r"\s*[\[(](?:read more|more|mehr|weiterlesen|lire la suite|plus|leer más|más|"
    r"czytaj (?:więcej|dalej)|więcej|leggi (?:tutto|di più)|leia mais|lees meer)[\])]\s*$",
    re.IGNORECASE,
)
# A caption glued to a paragraph of its own: "… (Photo: Jane Doe/Reuters)." The label is a
# whole word: "(photographers were kept back)", "(Bildung und Forschung)" are prose.
CAPTION_CREDIT_END = re.compile(
    r"(?:\((?:photos?|fotos?|fot\.|bild(?:er)?|images?|imagen(?:es)?|immagin[ei]|zdjęci[ea]|"
    r"фото)(?!\w)\s*[:.]?\s*[^()]{2,80}\)\.?|"
    r"\s[|/]\s*(?:photos? by|photo ?:|foto ?:|fot\.|bild ?:|фото ?:)[^|]{2,60})$",
    re.IGNORECASE,
)
TAIL_LABEL = re.compile(
    rf"^(?:{_RELATED}|{_CONTACT})\s*[:.…!]?\s*$", re.IGNORECASE
)
ELSEWHERE_LINE = re.compile(rf"^(?:{_ELSEWHERE})\s*[:.…!]?\s*$", re.IGNORECASE)
TAIL_CALL = re.compile(rf"^(?:{_CALL_TO_ACTION})\b", re.IGNORECASE)
RELATED_LINE = re.compile(rf"^(?:{_RELATED})\s*[:»>|–—-]", re.IGNORECASE)
# A related-content phrase anywhere in a sentence: "If you liked this post you might also like:".
RELATED_MENTION = re.compile(rf"\b(?:{_RELATED})\b", re.IGNORECASE)
RULE_LINE = re.compile(r"^[\W_]+$")
BACK_LINK = re.compile(
    r"^(?:back to|return to|zurück zu[mr]?|retour (?:à|au|aux)|volver a|regresar a|powrót do|"
    r"wróć do|torna a|voltar (?:para|a)|terug naar)\b", re.IGNORECASE
)
CREDIT_LINE = re.compile(
    r"^(?:photos? ?(?:by|:)|cr[ée]dits?(?: photos?)? ?:|fot\. ?|foto(?:s)? ?:|bild(?:er)? ?:|"
    r"image ?:|picture ?:|фото ?:|©|\(c\) |image d'illustration|image illustrative|"
    r"illustration ?:|zdjęcie ilustracyjne|imagen ilustrativa|immagine di repertorio|"
    r"symbolbild|symbolfoto)", re.IGNORECASE
)
AGENCY_SIGNATURE = re.compile(rf"^[\w.]{{1,12}}(?:/[\w.]{{1,12}})*/(?:{_AGENCY_ALT})$")
BREADCRUMB = re.compile(r"^(?:[^»›>\n]{1,40}\s*[»›>]\s*)+[^»›>\n]*$")
RIGHTS = re.compile(
    r"all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony prawem|"
    r"tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|"
    r"\b(?:unter|under|sous|en|bajo|na licencji|sotto) (?:der |la |a |the )?"
    r"(?:licen[cs]e |lizenz )?"
    r"(?:cc[- ]by|creative commons)|"
    r"^(?:copyright|\(c\))\s*(?:©\s*)?\d{4}\b",  # "Copyright 2025 The Associated Press."
    re.IGNORECASE,
)
# One of these (lower case) is in every RIGHTS phrase but the "Copyright 2025" opening: a cheap
# test before the search (a rights line is rare, the search costs a try at every position).
RIGHTS_KEYS = ("reserv", "réserv", "riserv", "vorbehalten", "zastrzeż", "chroniony prawem",
               "voorbehouden", "cc by", "cc-by", "creative commons")
RIGHTS_OPENINGS = ("copyright", "(c)")
# Calls to follow, join, download or sign up, set as a line of their own between paragraphs:
# "Follow us on Facebook", "Join our WhatsApp channel", "Download our app", "Síguenos en X".
CALL_LINE = re.compile(
    r"^(?:follow us (?:on|at)|join (?:us on|our (?:\w+ )?(?:whatsapp|telegram|facebook|"
    r"discord|signal) (?:channel|group|community))|download (?:our|the) (?:free )?(?:\w+ )?app|"
    r"get (?:our|the) (?:free )?(?:\w+ )?newsletters?|sign up for (?:our )?(?:\w+ )?"
    r"(?:news )?(?:alerts|newsletters?)|click here (?:to subscribe|to sign up|for more)|"
    r"subscribe to (?:our|the) (?:\w+ )?(?:newsletter|channel|podcast)|"
    r"folg(?:en sie|e) uns (?:auf|bei|im|in)|abonnieren sie (?:unseren|den) (?:\w+-?)?newsletter|"
    r"melden sie sich (?:für|zu) (?:unserem|unseren|dem) (?:\w+-?)?newsletter|"
    r"laden sie (?:unsere|die) (?:\w+-?)?app|suivez-nous sur|abonnez-vous à notre|"
    r"inscrivez-vous à (?:notre|la) (?:\w+ )?newsletter|téléchargez (?:notre|l')application|"
    r"síguenos en|suscríbete a (?:nuestro|nuestra|el|la)|únete a nuestro canal|"
    r"descarga (?:nuestra|la) app|obserwuj nas (?:na|w)|zapisz się (?:do|na) (?:nasz\w* )?"
    r"newslett\w*|pobierz (?:naszą )?aplikację|seguici su|iscriviti alla (?:nostra )?newsletter|"
    r"siga-nos n[oa]s?|inscreva-se (?:na|em) nossa newsletter|volg ons op)\b",
    re.IGNORECASE,
)
SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
# "Tags: budget, schools", "Filed under: Politics", "Schlagwörter: …": the story's topic line.
TOPIC_LINE = re.compile(
    r"^(?:(?:tags?|topics?|keywords|schlagw(?:ö|oe)rter|schlagworte|stichw(?:ö|oe)rter|"
    r"mots[- ]clés|étiquettes|etiquetas|palabras clave|tagi|słowa kluczowe|tag|"
    r"parole chiave|argomenti|tópicos|palavras-chave)\s*:|filed under\b|posted in\b)",
    re.IGNORECASE,
)
ENDS_WITH_SITE = re.compile(r"\s[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\s*[.!]?$", re.IGNORECASE)


def may_ask_support(lowered: str) -> bool:
    """Whether the lower-cased text holds a key word of a SUPPORT phrase (most blocks do not;
    a substring test is much cheaper than the case-blind phrase search)."""
    return any(key in lowered for key in SUPPORT_KEYS)


def may_claim_rights(lowered: str) -> bool:
    """Whether the lower-cased text may hold a RIGHTS phrase: one of its key words, or the
    "Copyright 2025" opening."""
    return lowered.startswith(RIGHTS_OPENINGS) or any(key in lowered for key in RIGHTS_KEYS)
