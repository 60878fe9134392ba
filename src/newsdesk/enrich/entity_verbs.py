"""Speech verbs that stand right before or after a person's name in news.

"Peskov said", "powiedział Tusk", "заявил Лавров": the name next to such a verb is a
speaker, so a person (`entity_rules.guess_type`). Past-tense forms of both genders for the
Slavic languages, which put the verb before the name as often as after it. Split from
`entities_lexicon` to keep that module small.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs right after a name that make it a person ("Peskov said", "powiedział Tusk").
SPEECH_VERBS = _words("""
said says told added asked wrote stressed noted explained announced declared
déclaré affirmé dit estime estimé souligné annoncé indiqué ajouté expliqué
sagte sagt erklärte betonte fügte sprach
dijo afirmó declaró explicó disse afirmou declarou detto dichiarato
powiedział powiedziała stwierdził stwierdziła dodał dodała zaznaczył zaznaczyła
podkreślił podkreśliła ocenił oceniła poinformował poinformowała przekazał przekazała
napisał napisała oświadczył oświadczyła
řekl řekla uvedl uvedla dodal dodala prohlásil prohlásila napsal napsala
zdůraznil zdůraznila konstatoval konstatovala
сказал сказала заявил заявила отметил отметила добавил добавила подчеркнул написал
подчеркнула написала пояснил пояснила уточнил уточнила
сказав сказала заявив заявила зазначив зазначила додав додала наголосив написав
наголосила підкреслив підкреслила
каза заяви добави отбеляза
""")
