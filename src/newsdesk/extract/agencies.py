"""News and picture agencies: the names credits and attributions use in every language.

One list for the whole pipeline: extraction reads credits with it ("PAP/Radek Pietruszka",
"AFP via Getty Images"), enrichment types these names as organisations where a model
guesses a person ("a affirmé à Bloomberg") and records the organisations of an image
credit. Wire services come first; picture-only agencies are kept apart because a few of
their names are ordinary words ("Reporter", "Forum") that only a credit makes a name.
"""

from __future__ import annotations

NEWS_AGENCIES: tuple[str, ...] = (
    "Reuters", "Reuter", "AFP", "Agence France-Presse", "AP", "Associated Press", "Bloomberg",
    "TASS", "ТАСС", "RIA Novosti", "РИА Новости", "Interfax", "Интерфакс", "Інтерфакс",
    "Xinhua", "dpa", "ANSA", "EFE", "PAP", "ČTK", "TASR", "Ukrinform", "Укрінформ", "UNIAN",
    "УНІАН", "Havas", "Belga", "Kyodo", "Yonhap", "Anadolu", "Keystone", "Sputnik", "Спутник",
    "BelTA", "БелТА", "ISNA", "IRNA", "Agerpres", "MTI", "APA", "EPA", "Getty Images",
)
PICTURE_AGENCIES: tuple[str, ...] = (
    "Imago", "Shutterstock", "Reporter", "East News", "Forum", "Alamy", "Sipa", "Pixabay",
)
# Everything a credit may name.
CREDIT_AGENCIES: tuple[str, ...] = NEWS_AGENCIES + PICTURE_AGENCIES
