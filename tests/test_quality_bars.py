"""Quality bars on every evaluation set we have, scored exactly as `dosti eval` scores them, with no LLM.

- the public sample (`../shared`, its knowledge base is the bundled `sample-kb/`);
- sample-2 (`../shared/data/sample-2`), written after the engine was tuned on the public sample;
- sample-3 (`tests/data/sample-3`), written by someone who never read the engine, questions frozen
  before any tuning;
- sample-4 (`tests/data/sample-4`), the same way, a session later;
- sample-5 (`tests/data/sample-5`), the same way, three sessions after that;
- sample-6 (`tests/data/sample-6`), the same way, two sessions after that;
- sample-7 (`tests/data/sample-7`), the same way, a session later;
- sample-8 (`tests/data/sample-8`), the same way, a session later;
- sample-9 (`tests/data/sample-9`), the same way, six sessions after that;
- sample-10 (`tests/data/sample-10`), the same way, a session later;
- sample-11 (`tests/data/sample-11`), the same way, a session later;
- sample-12 (`tests/data/sample-12`), the same way, two sessions after that;
- sample-13 (`tests/data/sample-13`), the same way, the session after;
- sample-14 (`tests/data/sample-14`), the same way, the session after that;
- sample-15 (`tests/data/sample-15`), the same way, the session after that;
- sample-16 (`tests/data/sample-16`), the same way, the session after that;
- sample-17 (`tests/data/sample-17`), the same way, the session after that;
- sample-18 (`tests/data/sample-18`), the same way, the session after that;
- sample-19 (`tests/data/sample-19`), the same way, the session after that;
- sample-20 (`tests/data/sample-20`), the same way, the session after that;
- sample-21 (`tests/data/sample-21`), the same way, the session after that;
- sample-22 (`tests/data/sample-22`), the same way, the session after that;
- sample-23 (`tests/data/sample-23`), the same way, the session after that;
- sample-24 (`tests/data/sample-24`), the same way, the session after that;
- sample-25 (`tests/data/sample-25`), the same way, the session after that;
- sample-26 (`tests/data/sample-26`), the same way, the session after that;
- sample-27 (`tests/data/sample-27`), the same way, the session after that;
- sample-28 (`tests/data/sample-28`), the same way, the session after that;
- sample-29 (`tests/data/sample-29`), the same way, the session after that;
- sample-30 (`tests/data/sample-30`), the same way, the session after that;
- sample-31 (`tests/data/sample-31`), the same way, the session after that;
- sample-32 (`tests/data/sample-32`), the same way, the session after that;
- sample-33 (`tests/data/sample-33`), the same way, the session after that;
- sample-34 (`tests/data/sample-34`), the same way, the session after that;
- sample-35 (`tests/data/sample-35`), the same way, the session after that;
- sample-36 (`tests/data/sample-36`), the same way, the session after that;
- sample-37 (`tests/data/sample-37`), the same way, the session after that;
- the out-of-domain set (`tests/data/out-of-domain.jsonl`), asked of each knowledge base.

Bars the engine does not reach yet are listed in KNOWN_MISSES as strict xfails: such a test fails
the day the bar is reached, so the list only shrinks. docs/quality.md has the figures.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from bot.wiring import App
from knowledge.evaluation import read_jsonl, summarise
from knowledge.models import Inquiry
from tests.conftest import ROOT, SAMPLE_KB, SHARED, write_config

DATA = ROOT / "tests" / "data"
OUT_OF_DOMAIN = DATA / "out-of-domain.jsonl"
SETS: dict[str, tuple[Path, Path]] = {
    "public": (SAMPLE_KB, SHARED / "eval" / "questions.jsonl"),
    "sample-2": (SHARED / "data" / "sample-2", SHARED / "eval" / "questions-2.jsonl"),
    "sample-3": (DATA / "sample-3", DATA / "questions-3.jsonl"),
    "sample-4": (DATA / "sample-4", DATA / "questions-4.jsonl"),
    "sample-5": (DATA / "sample-5", DATA / "questions-5.jsonl"),
    "sample-6": (DATA / "sample-6", DATA / "questions-6.jsonl"),
    "sample-7": (DATA / "sample-7", DATA / "questions-7.jsonl"),
    "sample-8": (DATA / "sample-8", DATA / "questions-8.jsonl"),
    "sample-9": (DATA / "sample-9", DATA / "questions-9.jsonl"),
    "sample-10": (DATA / "sample-10", DATA / "questions-10.jsonl"),
    "sample-11": (DATA / "sample-11", DATA / "questions-11.jsonl"),
    "sample-12": (DATA / "sample-12", DATA / "questions-12.jsonl"),
    "sample-13": (DATA / "sample-13", DATA / "questions-13.jsonl"),
    "sample-14": (DATA / "sample-14", DATA / "questions-14.jsonl"),
    "sample-15": (DATA / "sample-15", DATA / "questions-15.jsonl"),
    "sample-16": (DATA / "sample-16", DATA / "questions-16.jsonl"),
    "sample-17": (DATA / "sample-17", DATA / "questions-17.jsonl"),
    "sample-18": (DATA / "sample-18", DATA / "questions-18.jsonl"),
    "sample-19": (DATA / "sample-19", DATA / "questions-19.jsonl"),
    "sample-20": (DATA / "sample-20", DATA / "questions-20.jsonl"),
    "sample-21": (DATA / "sample-21", DATA / "questions-21.jsonl"),
    "sample-22": (DATA / "sample-22", DATA / "questions-22.jsonl"),
    "sample-23": (DATA / "sample-23", DATA / "questions-23.jsonl"),
    "sample-24": (DATA / "sample-24", DATA / "questions-24.jsonl"),
    "sample-25": (DATA / "sample-25", DATA / "questions-25.jsonl"),
    "sample-26": (DATA / "sample-26", DATA / "questions-26.jsonl"),
    "sample-27": (DATA / "sample-27", DATA / "questions-27.jsonl"),
    "sample-28": (DATA / "sample-28", DATA / "questions-28.jsonl"),
    "sample-29": (DATA / "sample-29", DATA / "questions-29.jsonl"),
    "sample-30": (DATA / "sample-30", DATA / "questions-30.jsonl"),
    "sample-31": (DATA / "sample-31", DATA / "questions-31.jsonl"),
    "sample-32": (DATA / "sample-32", DATA / "questions-32.jsonl"),
    "sample-33": (DATA / "sample-33", DATA / "questions-33.jsonl"),
    "sample-34": (DATA / "sample-34", DATA / "questions-34.jsonl"),
    "sample-35": (DATA / "sample-35", DATA / "questions-35.jsonl"),
    "sample-36": (DATA / "sample-36", DATA / "questions-36.jsonl"),
    "sample-37": (DATA / "sample-37", DATA / "questions-37.jsonl"),
    "sample-38": (DATA / "sample-38", DATA / "questions-38.jsonl"),
    "sample-39": (DATA / "sample-39", DATA / "questions-39.jsonl"),
    "sample-40": (DATA / "sample-40", DATA / "questions-40.jsonl"),
    "sample-41": (DATA / "sample-41", DATA / "questions-41.jsonl"),
    "sample-42": (DATA / "sample-42", DATA / "questions-42.jsonl"),
    "sample-43": (DATA / "sample-43", DATA / "questions-43.jsonl"),
}
# (metric, bar, higher is better); languages each bar is checked in
BARS = [
    ("source_recall@5", 0.95, True, ("overall",)),
    ("source_recall@5", 0.90, True, ("en", "zh", "ur")),
    ("company_precision@5", 0.90, True, ("overall",)),
    ("company_recall@5", 0.90, True, ("overall",)),
    ("key_fact_hit", 0.85, True, ("overall",)),
    ("key_fact_lead", 0.80, True, ("overall",)),
    ("abstention", 0.85, True, ("overall",)),
    ("false_abstention", 0.05, False, ("overall",)),
    ("median_programme_chars", 450, False, ("overall",)),
]
OUT_OF_DOMAIN_BAR = 0.90
# (set, metric, language) the engine is known to miss today, with the figure measured (docs/quality.md).
KNOWN_MISSES: set[tuple[str, str, str]] = {
    # The public key fact (0.839 from the fifteenth session, when the lead model quoted three fewer right runs
    # here) reaches its bar again since the eighteenth: 0.855 with Roman Urdu read with its gloss.
    # Sample-2 abstention 0.75, then 0.833 once a visitor's question about a country was declined, 0.917 since
    # what is asked for must be said of what it is asked about (a fellow's airfare; twenty-fifth pass).
    # Sample-3 abstention 0.824 until the twentieth session, 0.882 since a visitor's question about a programme
    # city is declined (knowledge/relevance.py, place questions); sample-7 0.75 -> 0.917 likewise.
    # sample-4: written in the seventh session by a helper who never read the engine, measured before any
    # change for it (docs/quality.md has the figures before and after the general fixes it showed).
    # Key fact 0.849 and lead 0.792 until the nineteenth session; 0.887 and 0.83 since Chinese is read with an
    # English gloss (knowledge/gloss.py). Abstention 0.65 until then, 0.6 since (a message asking whether it
    # will rain in Karachi and whether tonight's flights are late now gets the travel passage).
    # Abstention 0.8 since the thirty-sixth pass: investors asked for as a kind of company (投资机构) are asked of
    # the documents, not answered with the Shenzhen firms (glossary kind: organisation).
    ("sample-4", "abstention", "overall"),  # 0.8 (0.6 before the place questions)
    # Sample-3 abstention 0.882 until the twenty-fifth pass, 0.824 since the language pull is 0.7
    # (docs/retrieval.md): a tourist visa question meets the passage saying tourist visas are not handled; 0.882
    # again since names asked for must be given by the best passage (the delegates' hotel; thirtieth pass).
    # sample-5: written in the tenth session by a helper who never read the engine, measured blind first
    # (key fact 0.522, lead 0.457, abstention 0.688, false abstention 0.127, company P/R 0.863/0.814).
    # False abstention 0.063 until the nineteenth session, 0.048 since a bound of a thing ("عمر کی حد", age limit)
    # is held where the documents name the thing (QueryBridge.build); sample-8 likewise (0.063 -> 0.048). The
    # two age-limit questions are the only evidence for that rule: these two figures are not blind.
    # Key fact 0.804 and lead 0.783 until the twenty-fifth pass; 0.826 and 0.804 since the language pull is 0.7.
    # In the twenty-seventh pass 0.804 (lead 0.783, below its bar) once a length of time lay only in a band of
    # time: "3 employees" had held "in business for at least 2 years", which led with the cohort's criteria. Back
    # to 0.826 (lead 0.804) since a threshold on the thing counted ("at least 5 employees") fits the asker's
    # count on either side: this one question is that rule's only evidence on the eleven sets.
    ("sample-5", "key_fact_hit", "overall"),  # 0.826
    # sample-6: written in the twelfth session by a helper who never read the engine, measured blind first
    # (key fact 0.574, lead 0.574, abstention 0.417, false abstention 0.078, company P/R 0.812/0.863).
    # Key fact 0.83 and lead 0.766 with the Chinese gloss, 0.809 and 0.723 since the lead reads the question's
    # words with it (a mixed message's refund sentence and a Kunming hospital's deadline lose their lead).
    # Key fact 0.83 and lead 0.787 since the day of a date is no amount and a count near an open band's bound fits
    # it (thirtieth pass); 0.851 and 0.809, both bars reached, since a time of day asked for is met by a clock
    # time (海得拉巴办公室周五几点下班？).
    # Abstention 0.833 before the Chinese gloss (the exchange rate was answered with it), 0.833 again since a
    # visitor's question about a country is declined (twenty-fourth pass), 1.0 since a pass rate must be given
    # by the best passage and parking is a thing the documents can fail to name (twenty-fifth pass).
    # sample-7: written in the thirteenth session by a helper who never read the engine, measured blind first
    # (company P/R 0.75/0.688, key fact 0.702, lead 0.681, abstention 0.75, false abstention 0.079). Key fact
    # 0.83 until the seventeenth session, 0.851 since a greeting before the asker's statement ("Hi, we are a
    # 30-person animation studio in Multan. Which registration tier…") no longer makes it a directory request.
    # Lead 0.766 until then, 0.809 since an Urdu word is also met where its alif or he ending changes (کھانا in
    # کھانے): "khana alag hai?" is no longer declined as a thing the documents never name.
    # Company P/R 0.875/0.812 until the eighteenth session, 1.0/0.938 since the lexicon has names for more
    # services (渲染农场, موشن کیپچر): the helper who wrote them was given render farms and motion capture among
    # its examples, so this figure is not a blind one.
    # Lead 0.809 until the eighteenth session, 0.787 with Roman Urdu read with its gloss, 0.809 again since
    # Chinese is read with one too (docs/quality.md, twenty-second and twenty-third passes). Abstention 0.75
    # until the twentieth session, 0.917 since a visitor's question about a programme city is declined.
    # sample-8: written in the fourteenth session by a helper who never read the engine, measured blind first
    # (company P/R 0.933/0.944, key fact 0.6, lead 0.6, abstention 0.167, false abstention 0.127).
    # Lead 0.756 until the nineteenth session, 0.8 since the lead reads a Chinese question's words with its gloss.
    # 0.822 until the twenty-seventh pass, 0.8 since a length of time lies only in a band of time: "24 小时" had
    # held "10 دن سے زیادہ" (more than 10 days), which led with the duty line's passage. Key fact 0.844 until
    # the thirty-first pass, 0.867 (its bar reached) since 值班电话 and "duty line" name an emergency contact.
    # Abstention 0.75 since the thirty-sixth pass: 老客户 (a returning customer) is a thing the documents can fail
    # to name (glossary), so a discount for one is declined.
    ("sample-8", "abstention", "overall"),  # 0.75 (0.5 before the place questions)
    # sample-9: written in the twentieth session by a helper who never read the engine, measured blind first
    # (source recall 0.956, company P/R 0.938/0.979, key fact 0.738, lead 0.689, abstention 0.286, false
    # abstention 0.033). Abstention 0.571 since a visitor's question about a programme city is declined: the
    # place questions were written after its blind figures were read, so that figure is not a blind one.
    # Key fact 0.77 and lead 0.721 since an amount in one currency holds no band stated in another, the price a
    # question asks is read in its asking sentence, and a passage giving an age range answers "an age limit".
    # Company P/R 0.938/0.979 until the directory read "2024年以后（不含2024年）成立", "100 se 1000 employees" and
    # Karamay and Aksu as cities of Xinjiang (vocab/comparisons.yaml, places.yaml): gaps sample-9 showed.
    # Key fact 0.836 and lead 0.77 since the language pull is 0.7 (twenty-fifth pass); key fact 0.852 and lead
    # 0.787 since a weak word naming a country asks for the country ("Chinese users' data" is no translation
    # service; twenty-sixth pass). Lead 0.803, its bar reached, since a length of time lies only in a band of
    # time ("12 mahine" no longer holds "at least 5 full-time employees"; twenty-seventh pass).
    # Abstention 0.714 until the twenty-fifth pass, 0.857 since what is asked for must be said of what it is asked
    # about (a discount on the escrow fee) and 减免 names a fee waiver.
    # sample-10: written in the twenty-first session by a helper who never read the engine, measured blind first
    # at the session's start (key fact 0.717, lead 0.717, abstention 0.643, false abstention 0.082, company P/R
    # 1.0/1.0), and again after the session's first changes, made before it was written (0.696 / 0.696 / 0.714 /
    # 0.098). Key fact 0.783 and false abstention 0.033 since a share answers how much is contributed or shared;
    # key fact and lead 0.804 since the language pull is 0.7, 0.826 since "10个半天" (ten half-days) is no head
    # count of "1–10 ملازمین" (twenty-seventh pass); 0.848 since a currency in a cell's header makes its band
    # money ("Total project budget (USD): above 400,000" holds 70万美元; thirty-fourth pass).
    # Abstention 0.786 until the thirty-fourth pass, 0.857 (its bar reached) since a discount asked of a thing
    # is said of it where only the question's own words name the thing (an early-bird discount on the studio fee).
    # Key fact and lead 0.87 (the key fact's bar reached) since the thirty-seventh pass: the lead's place is a city
    # the question asks of, not the one the asker says they are in.
    # sample-11: written in the twenty-second session by a helper who never read the engine, measured blind first
    # at the session's start (company P/R 0.8/0.755, key fact 0.816, lead 0.776, abstention 0.714, false
    # abstention 0.015). Company P/R 0.967/1.0, key fact 0.898 and lead 0.857 since the gaps it showed were
    # closed (docs/quality.md, twenty-sixth pass): those figures are not blind. Abstention 0.786 until the
    # thirty-second pass, 0.857 (its bar reached) since a past edition ("last quarter") is answered only where the
    # passages speak of one: written after reading sample-16's misses, so not a blind figure. 0.929 since a price
    # asked of a thing the passages only leave out is declined (从广州飞卡拉奇的机票; thirty-third pass).
    # sample-12: written in the twenty-fourth session by a helper who never read the engine, measured blind first
    # (source recall 0.98, company P/R 0.922/0.885, key fact 0.627, lead 0.608, abstention 0.8, false abstention
    # 0.075). Company P/R 1.0/0.924 (0.943 since the twenty-ninth pass), key fact 0.765, lead 0.725, abstention
    # 0.933 (its bar reached) and false abstention 0.045 since the gaps it showed were closed (docs/quality.md,
    # twenty-eighth pass): those figures are not blind.
    # Key fact 0.804 and lead 0.765 since a price set as a share is an amount and a programme question about
    # engineers placed in a country weighs against a visitor's (thirty-second pass).
    ("sample-12", "key_fact_hit", "overall"),  # 0.824
    ("sample-12", "key_fact_lead", "overall"),  # 0.784
    # sample-13: written in the twenty-fifth session by a helper who never read the engine, measured blind first
    # (source recall 1.0, company P/R 0.764/0.666, key fact 0.8, lead 0.75, abstention 0.833, false abstention
    # 0.081). Company P/R 1.0/0.955 (their bars reached), lead 0.775 and false abstention 0.065 since the gaps
    # it showed were closed (docs/quality.md, twenty-ninth pass): those figures are not blind. Three of its four
    # false abstentions were Urdu and Roman Urdu questions declined for leaning off topic; key fact 0.85, lead
    # 0.825 and false abstention 0.032, their bars reached, since the lean is half paired by language (thirtieth
    # pass). Abstention 0.833 until then (a cricket question declined since, an instruction-override one that
    # asked to approve a grant answered), 0.889 since a request to set the instructions aside is declined on
    # every route (vocab/asking.yaml): written after reading that miss, so not a blind figure.
    # sample-14: written in the twenty-sixth session by a helper who never read the engine, measured blind first
    # with the engine of 8dd6fd9 (source recall 0.975, company P/R 0.9/0.832 as scored now, key fact 0.762, lead 0.714,
    # abstention 0.722, false abstention 0.048). Company P/R 1.0/1.0, lead 0.81 and false abstention 0.016 since
    # the gaps it showed were closed (docs/quality.md, thirtieth pass): those figures are not blind.
    # Key fact 0.833 until a time of day asked for was met by a clock time (an office's Ramadan hours), 0.857 since.
    # Abstention 0.778 until the thirty-third pass, 0.833 since a contact asked of a city the passages name only
    # as having no office is declined (北京办公室在哪里？), 0.889 (its bar reached) since money asked for as a thing
    # ("total budget") must be named by the passages (thirty-ninth pass).
    # sample-15: written in the twenty-seventh session by a helper who never read the engine, measured blind first
    # with the engine of 57e30f7 (source recall 1.0, company P/R 0.918/0.932, key fact 0.786, lead 0.762,
    # abstention 0.833, false abstention 0.048, out-of-domain 0.917). Every bar is reached since the gaps it
    # showed were closed (docs/quality.md, thirty-first pass): those figures are not blind.
    # sample-16: written in the twenty-eighth session by a helper who never read the engine, measured blind first
    # with the engine of 36c3f92 (source recall 1.0, company P/R 0.9/0.805, key fact 0.738, lead 0.714, abstention
    # 0.667, false abstention 0.048, out-of-domain 0.958). Company P/R 0.991/0.966, key fact 0.833, lead 0.81,
    # abstention 0.778 and false abstention 0.016 since the gaps it showed were closed (docs/quality.md,
    # thirty-second pass): those figures are not blind.
    # Abstention 0.833 since the thirty-third pass (the Beijing office's address, as sample-14's), 0.889 (its bar
    # reached) since a discount asked of a thing is said of it (a group discount on the China study visit). Key
    # fact 0.833 until the thirty-fourth pass, 0.881 since a row whose range cannot hold the asker's number is no
    # lead where another row of its passage does and a cell's header names a band's currency.
    # sample-17: written in the twenty-ninth session by a helper who never read the engine, measured blind first
    # with the engine of 0bd41c1 (source recall 1.0, company P/R 0.9/0.778, key fact 0.903, lead 0.887,
    # abstention 0.5, false abstention 0, out-of-domain 0.979). Company P/R 0.945/0.873 and abstention 0.778
    # since the gaps it showed were closed (docs/quality.md, thirty-third pass): those figures are not blind.
    ("sample-17", "company_recall@5", "overall"),  # 0.889 (0.873 until the forty-second pass)
    ("sample-17", "abstention", "overall"),  # 0.778
    # sample-18: written in the thirtieth session by a helper who never read the engine, measured blind first
    # with the engine of b091b78, which answers it as the session's start did (source recall 1.0, company P/R
    # 0.758/0.765, key fact 0.806, lead 0.742, abstention 0.667, false abstention 0.048, out-of-domain 0.979).
    # Company P/R 0.955/0.985, key fact 0.823, lead 0.806, abstention 0.722 and false abstention 0.032 since the
    # gaps it showed were closed (docs/quality.md, thirty-fourth pass): those figures are not blind.
    # Key fact 0.855 (its bar reached), lead 0.823 and false abstention 0.016 since the thirty-fifth pass: a
    # question asking where is met by a city named (an event's venue), and "24 ghante wala number" is no length
    # of time in "0-2 years" of experience.
    # Abstention 0.778 since the fiftieth session: a thing's own fee (学费) must be named by the passages that answer.
    ("sample-18", "abstention", "overall"),  # 0.778
    # sample-19: written in the thirty-first session by a helper who never read the engine, measured blind first
    # with the engine of c23fba4 (source recall 0.975, zh 0.889, company P/R 0.908/0.788, key fact 0.855, lead
    # 0.839, abstention 0.611, false abstention 0.032, out-of-domain 0.958). Source recall 1.0, company P/R
    # 0.985/0.943, key fact 0.887, lead 0.871 and out-of-domain 0.979 since the gaps it showed were closed
    # (docs/quality.md, thirty-fifth pass): those figures are not blind.
    # Abstention 0.667 since the thirty-seventh pass: an event the documents never name, asked when it is, is
    # declined (ہیکاتھون).
    ("sample-19", "abstention", "overall"),  # 0.778 (0.667 until the forty-third pass)
    # sample-20: written in the thirty-second session by a helper who never read the engine, measured blind first
    # with the engine of 3e9532a, which held the session's first two changes, made before it was written (source
    # recall 1.0, company P/R 0.598/0.591, key fact 0.733, lead 0.683, abstention 0.7, false abstention 0.067,
    # out-of-domain 1.0). Company P/R 0.78/0.788, key fact 0.833, lead 0.767, abstention 0.75 and false abstention
    # 0 since the gaps it showed were closed (docs/quality.md, thirty-sixth pass): those figures are not blind.
    # Key fact 0.867 and lead 0.8 (both bars reached) since the thirty-seventh pass: a PDF without its running
    # heads, "severity 3" naming the row "S3", "MCIC Level 3" a name and not 3 employees.
    ("sample-20", "company_precision@5", "overall"),  # 0.852 (0.798 until the forty-second pass)
    ("sample-20", "company_recall@5", "overall"),  # 0.848 (0.818 until the forty-second pass)
    ("sample-20", "abstention", "overall"),  # 0.75
    # sample-21: written in the thirty-third session by a helper who never read the engine, measured blind first
    # with the engine of 4ee4a8a, which held the session's first three changes, made before it existed (source
    # recall 0.947, zh 0.889, company P/R 0.627/0.538, key fact 0.75, lead 0.733, abstention 0.5, false abstention
    # 0.033, out-of-domain 1.0). Source recall 1.0, company P/R 0.845/0.742, key fact 0.833, lead 0.8, abstention
    # 0.65 and false abstention 0.017 since the gaps it showed were closed (docs/quality.md, thirty-seventh pass):
    # those figures are not blind. Company P/R 0.873/0.788, key fact 0.85 (its bar reached) and lead 0.817 since
    # companies asked for by what they do, in words no value holds, get the closest by profile (thirty-eighth pass).
    # Company precision 0.936 and abstention 0.85 (both bars reached) since the forty-third pass: a word naming an
    # offering's form need not stand in a value, a contact in a line denying an office is another office's, and a
    # roadshow in a city the documents hold none in is declined.
    ("sample-21", "company_recall@5", "overall"),  # 0.833 (0.788 until the forty-third pass)
    # sample-22: written in the thirty-fourth session by a helper who never read the engine, measured blind first
    # with the engine of 541918d (source recall 0.974, zh 0.889, company P/R 0.644/0.492, key fact 0.633, lead
    # 0.583, abstention 0.6, false abstention 0.067, out-of-domain 1.0). Source recall 1.0, company P/R
    # 0.912/0.758, key fact 0.75, lead 0.7, abstention 0.7 and false abstention 0.05 since the gaps it showed were
    # closed (docs/quality.md, thirty-eighth pass): those figures are not blind.
    ("sample-22", "company_recall@5", "overall"),  # 0.795 (0.78 until the forty-second pass)
    ("sample-22", "key_fact_hit", "overall"),  # 0.8
    ("sample-22", "key_fact_lead", "overall"),  # 0.75
    # False abstention 0.067 from the forty-fifth pass (two Urdu questions leaning to the documents by a hair less
    # than the gate's MID_LEAN), 0.033 since the forty-eighth (relevance.WORDED_LEAN): its bar is reached.
    # sample-23: written in the thirty-fifth session by a helper who never read the engine, measured blind first
    # with the engine of 8248383, which held the session's first three changes, made before it existed (source
    # recall 1.0, company P/R 0.736/0.572, key fact 0.667, lead 0.65, abstention 0.75, false abstention 0.067,
    # out-of-domain 1.0). Company P/R 0.927/0.752, key fact 0.817, lead 0.8 (its bar reached), abstention 0.9 and
    # false abstention 0.017 since the gaps it showed were closed (docs/quality.md, thirty-ninth pass): those
    # figures are not blind.
    # Company recall 0.867 and key fact 0.833 since the fifty-first session (water and environmental vocabulary,
    # docs/quality.md, fifty-fifth pass); its lead 0.8 again there (0.783 from the forty-first pass, when a
    # plain-text table came to end at its closing rule): that bar is reached.
    ("sample-23", "company_recall@5", "overall"),  # 0.867 (0.783 until the fifty-fifth pass)
    ("sample-23", "key_fact_hit", "overall"),  # 0.833
    # sample-24: written in the thirty-sixth session by a helper who never read the engine, measured blind first
    # with the engine of 9ca1436 (source recall 0.947, mixed 0.667, company P/R 0.867/0.61, key fact 0.579, lead
    # 0.553, abstention 0.75, false abstention 0.083, out-of-domain 1.0). Source recall 1.0, company P/R
    # 0.991/0.867, key fact 0.789, lead 0.737, abstention 0.9 (its bar reached) and false abstention 0.033 since
    # the gaps it showed were closed (docs/quality.md, fortieth pass): those figures are not blind.
    ("sample-24", "company_recall@5", "overall"),  # 0.89 (0.867 until the forty-first pass)
    ("sample-24", "key_fact_hit", "overall"),  # 0.789
    ("sample-24", "key_fact_lead", "overall"),  # 0.737
    # sample-25: written in the thirty-seventh session by a helper who never read the engine, measured blind first
    # with the engine of e1e87a2 (source recall 0.974, ur 0.857, company P/R 0.91/0.856, key fact 0.632, lead
    # 0.579, abstention 0.75, false abstention 0.05, out-of-domain 1.0). Source recall 1.0, company P/R 0.982/1.0,
    # key fact 0.763, lead 0.711, abstention 0.85 (its bar reached) and false abstention 0.033 since the gaps it
    # showed were closed (docs/quality.md, forty-first pass): those figures are not blind.
    ("sample-25", "key_fact_hit", "overall"),  # 0.789 (0.763 until the fifty-sixth pass)
    ("sample-25", "key_fact_lead", "overall"),  # 0.737 (0.711 until the fifty-sixth pass)
    # sample-26: written in the thirty-eighth session by a helper who never read the engine, measured blind first
    # with the engine of 4407b79 (source recall 1.0, company P/R 0.697/0.607, ur 0.2/0.2, key fact 0.767, lead
    # 0.733, abstention 0.75, false abstention 0.033, out-of-domain 1.0). Company P/R 0.977/0.898, key fact 0.95,
    # lead 0.9 and false abstention 0.0 since the gaps it showed were closed (docs/quality.md, forty-second
    # pass): those figures are not blind.
    # Company recall 0.932 (its bar reached) since the forty-third pass: a word naming a service's form
    # ("platform") need not stand in a value, nor be read as a value of its own.
    # Abstention 0.8 since the fiftieth session: a thing's own fee (ویزا فیس) must be named by the passages that answer.
    ("sample-26", "abstention", "overall"),  # 0.8
    # sample-27: written in the thirty-ninth session by a helper who never read the engine, measured blind first
    # with the engine of c9c0629, which held the session's first change, made before it existed (source recall
    # 0.974, zh 0.889, company P/R 0.686/0.678, key fact 0.75, lead 0.683, abstention 0.7, false abstention 0.033,
    # out-of-domain 1.0). Company P/R 0.935/0.917, key fact 0.883 and lead 0.833 (all four bars reached),
    # abstention 0.75 and false abstention 0.017 since the gaps it showed were closed (docs/quality.md,
    # forty-third pass): those figures are not blind. Abstention 0.85 (its bar reached) since the forty-fourth
    # pass: a holiday the documents never name, where they name another, and a short company name running on
    # into another phrase.
    ("sample-27", "source_recall@5", "zh"),  # 0.889
    # sample-28: written in the fortieth session by a helper who never read the engine, measured blind first with
    # the engine of 19cabf2, the session's starting point (source recall 0.974, zh 0.889, company P/R
    # 0.894/0.788, key fact 0.684, lead 0.658, abstention 0.65, false abstention 0.033, out-of-domain 1.0). Source
    # recall 1.0, company P/R 1.0/1.0, key fact 0.816, lead 0.763, abstention 0.75 and false abstention 0.017
    # since the gaps it showed were closed (docs/quality.md, forty-fourth pass): those figures are not blind.
    ("sample-28", "key_fact_hit", "overall"),  # 0.816
    ("sample-28", "key_fact_lead", "overall"),  # 0.763
    ("sample-28", "abstention", "overall"),  # 0.75
    # sample-29: written in the forty-first session by a helper who never read the engine, measured blind first
    # with the engine of 2809f21, the session's starting point (source recall 0.921, en 0.8, company P/R
    # 0.934/0.814, key fact 0.5, lead 0.5, abstention 0.75, false abstention 0.05, out-of-domain 1.0). Source
    # recall 0.974, company P/R 0.982/0.973, key fact 0.684, lead 0.684 since the gaps it showed were closed
    # (docs/quality.md, forty-fifth pass): those figures are not blind.
    ("sample-29", "key_fact_hit", "overall"),  # 0.763 (0.737 until the fifty-seventh pass)
    ("sample-29", "key_fact_lead", "overall"),  # 0.763 (0.737 until the fifty-seventh pass)
    ("sample-29", "abstention", "overall"),  # 0.8
    # sample-30: written in the forty-second session by a helper who never read the engine, measured blind first
    # with the engine of c0b9fde, the session's starting point (source recall 0.947, zh 0.778, company P/R
    # 0.83/0.697, key fact 0.5, lead 0.447, abstention 0.7, false abstention 0.1, out-of-domain 0.979). Source
    # recall 1.0, company P/R 0.955/0.955, abstention 0.85 and false abstention 0.033 since the gaps it showed
    # were closed (docs/quality.md, forty-sixth pass): those figures are not blind.
    ("sample-30", "key_fact_hit", "overall"),  # 0.711 (0.684 until the fifty-seventh pass)
    ("sample-30", "key_fact_lead", "overall"),  # 0.632 (0.605 until the fifty-seventh pass)
    # sample-31: written in the forty-third session by a helper who never read the engine, measured blind first
    # with the engine of 180b992, the session's starting point (source recall 0.895, ur 0.667, company P/R
    # 0.752/0.682, key fact 0.605, lead 0.526, abstention 0.9, false abstention 0.1, out-of-domain 1.0). Source
    # recall 0.974, company P/R 0.894/0.826, key fact 0.684, lead 0.605 and false abstention 0.033 since the gaps
    # it showed were closed (docs/quality.md, forty-seventh pass): those figures are not blind.
    ("sample-31", "source_recall@5", "zh"),  # 0.889
    ("sample-31", "company_precision@5", "overall"),  # 0.894
    ("sample-31", "company_recall@5", "overall"),  # 0.826
    ("sample-31", "key_fact_hit", "overall"),  # 0.789 (0.763 until the fifty-seventh pass)
    ("sample-31", "key_fact_lead", "overall"),  # 0.737 (0.711 until the fifty-seventh pass)
    # sample-32: written in the forty-fourth session by a helper who never read the engine, measured blind first
    # with the engine of d8c3d81 (source recall 1.0, company P/R 0.75/0.75, key fact 0.605, lead 0.474,
    # abstention 0.7, false abstention 0.067, out-of-domain 0.979). Company P/R 0.928/0.932, key fact 0.684, lead
    # 0.632 and false abstention 0.033 since the gaps it showed were closed (docs/quality.md, forty-eighth pass):
    # those figures are not blind.
    ("sample-32", "key_fact_hit", "overall"),  # 0.737 (0.711 until the fifty-seventh pass)
    ("sample-32", "key_fact_lead", "overall"),  # 0.684 (0.658 until the fifty-seventh pass)
    ("sample-32", "abstention", "overall"),  # 0.7
    # sample-33: written in the forty-fifth session by a helper who never read the engine, measured blind first
    # with the engine of a94d036 (source recall 0.974, company P/R 0.864/0.761, key fact 0.553, lead 0.421,
    # abstention 0.75, false abstention 0.067, out-of-domain 1.0). Company P/R 0.985/0.929, key fact 0.579,
    # abstention 0.8 and false abstention 0.05 since the gaps it showed were closed (docs/quality.md, forty-ninth
    # pass); key fact 0.658 and lead 0.5 since the fifty-first; key fact 0.711 and lead 0.579 in the fifty-third,
    # whose worked-out fees with tax and slide-by-slide reading of its launch deck made the median answer 461
    # characters (the bar is 450): those figures are not blind.
    ("sample-33", "key_fact_hit", "overall"),  # 0.684 (0.711 until the fifty-sixth pass)
    ("sample-33", "key_fact_lead", "overall"),  # 0.579
    ("sample-33", "abstention", "overall"),  # 0.8
    # sample-33's median answer, 461 characters until the fifty-sixth pass, is 445 since (docs/quality.md).
    # sample-34: written in the forty-sixth session by a helper who never read the engine, measured blind first
    # with the engine of 0fb0353 (source recall 0.974, ur 0.857, company P/R 0.83/0.704, key fact 0.421, lead
    # 0.395, abstention 0.85, false abstention 0.1, median 463, out-of-domain 0.979). Source recall 1.0, company P/R
    # 0.989/0.921, key fact 0.526, lead 0.5, false abstention 0.067 and median 446 since the gaps it showed were
    # closed (docs/quality.md, fiftieth pass): those figures are not blind. In the fifty-first, three mixed-language
    # questions were answered (key fact 0.605, lead 0.579, false abstention 0.017); their answers lengthened the
    # median to 455, and the Urdu source recall of a question still declined fell to 0.857.
    ("sample-34", "source_recall@5", "ur"),  # 0.857
    ("sample-34", "key_fact_hit", "overall"),  # 0.605
    ("sample-34", "key_fact_lead", "overall"),  # 0.579
    ("sample-34", "median_programme_chars", "overall"),  # 455 (464 until the fifty-seventh pass)
    # sample-35: written in the forty-seventh session by a helper who never read the engine, measured blind first
    # with the engine of c568ac8 (source recall 0.947, zh 0.778, company P/R 0.795/0.701, key fact 0.474, lead
    # 0.474, abstention 0.75, false abstention 0.033, median 439, out-of-domain 1.0). Source recall 0.974 (zh 0.889),
    # company P/R 0.876/0.883, key fact 0.526, lead 0.526 and abstention 0.8 since (docs/quality.md, fifty-first
    # pass); Chinese source recall 1.0, key fact 0.605 and lead 0.579 in the fifty-third: not blind.
    ("sample-35", "company_precision@5", "overall"),  # 0.876
    ("sample-35", "company_recall@5", "overall"),  # 0.883
    ("sample-35", "key_fact_hit", "overall"),  # 0.632 (0.605 until the fifty-fifth pass)
    ("sample-35", "key_fact_lead", "overall"),  # 0.605 (0.579 until the fifty-fifth pass)
    ("sample-35", "abstention", "overall"),  # 0.8
    # sample-36: written in the forty-eighth session by a helper who never read the engine, measured blind first
    # with the engine of fdae49a (source recall 0.921, en 0.889, company P/R 0.73/0.611, key fact 0.605, lead 0.605,
    # abstention 0.75, false abstention 0.117, median 425, out-of-domain 0.979). Company P/R 1.0/0.95, key fact
    # 0.684 and false abstention 0.033 since (docs/quality.md, fifty-second pass); key fact 0.737, lead 0.711 and
    # false abstention 0.017 in the fifty-third: those figures are not blind.
    ("sample-36", "source_recall@5", "overall"),  # 0.921
    ("sample-36", "source_recall@5", "en"),  # 0.889
    ("sample-36", "key_fact_hit", "overall"),  # 0.737
    ("sample-36", "key_fact_lead", "overall"),  # 0.711
    ("sample-36", "abstention", "overall"),  # 0.75
    # sample-37: written in the forty-ninth session by a helper who never read the engine, measured blind first
    # with the engine of c365792 (source recall 0.921, en 0.778, ur 0.857, company P/R 0.727/0.504, key fact 0.658,
    # lead 0.605, abstention 0.55, false abstention 0.033, median 442, out-of-domain 1.0). Source recall 0.947 (en
    # 0.889), company P/R 0.955/0.928, key fact 0.763 and lead 0.737 since (docs/quality.md, fifty-third pass):
    # those figures are not blind.
    ("sample-37", "source_recall@5", "overall"),  # 0.947
    ("sample-37", "source_recall@5", "en"),  # 0.889
    ("sample-37", "source_recall@5", "ur"),  # 0.857
    ("sample-37", "key_fact_hit", "overall"),  # 0.763
    ("sample-37", "key_fact_lead", "overall"),  # 0.737
    # Abstention 0.6 since the fiftieth session: a length of time asked must be given by the best passage.
    ("sample-37", "abstention", "overall"),  # 0.6
    # sample-38: written in the fiftieth session by a helper who never read the engine, measured blind first with
    # the engine of 138105f (source recall 0.842, en 0.889, ur 0.571, company P/R 0.712/0.606, key fact 0.553, lead
    # 0.474, abstention 0.45, false abstention 0.067, median 410, out-of-domain 0.979). Company P/R 0.959/0.92, key
    # fact 0.605, lead 0.526, abstention 0.55 and false abstention 0.05 since (docs/quality.md, fifty-fourth pass):
    # those figures are not blind.
    ("sample-38", "source_recall@5", "overall"),  # 0.842
    ("sample-38", "source_recall@5", "en"),  # 0.889
    ("sample-38", "source_recall@5", "ur"),  # 0.571
    ("sample-38", "key_fact_hit", "overall"),  # 0.658 (0.605 until the fifty-fifth pass)
    ("sample-38", "key_fact_lead", "overall"),  # 0.605 (0.526 until the fifty-fifth pass)
    ("sample-38", "abstention", "overall"),  # 0.6 (0.55 until the fifty-fifth pass)
    # sample-39: written in the fifty-first session by a helper who never read the engine, measured blind first with
    # the engine of 7521fb4 (source recall 0.974, company P/R 0.832/0.578, key fact 0.553, lead 0.526, abstention
    # 0.6, false abstention 0.1, median 402, out-of-domain 1.0). The figures below are since (docs/quality.md,
    # fifty-fifth pass), not blind.
    ("sample-39", "company_recall@5", "overall"),  # 0.867
    ("sample-39", "key_fact_hit", "overall"),  # 0.684 (0.658 until the fifty-sixth pass)
    ("sample-39", "key_fact_lead", "overall"),  # 0.658 (0.632 until the fifty-sixth pass)
    ("sample-39", "abstention", "overall"),  # 0.6
    ("sample-39", "false_abstention", "overall"),  # 0.067 (0.083 until the fifty-sixth pass)
    # sample-40: written in the fifty-second session by a helper who never read the engine, measured blind first with
    # the engine of da7cbf9 (source recall 0.974, company P/R 0.809/0.652, key fact 0.632, lead 0.605, abstention
    # 0.45, false abstention 0.05, median 387, out-of-domain 0.979). The figures below are since (docs/quality.md,
    # fifty-sixth pass), not blind.
    ("sample-40", "key_fact_hit", "overall"),  # 0.684
    ("sample-40", "key_fact_lead", "overall"),  # 0.658
    ("sample-40", "abstention", "overall"),  # 0.55 (0.6 until the fifty-seventh pass)
    # sample-41: written in the fifty-third session by a helper who never read the engine, measured blind first with
    # the engine of 6fd9ae9 (source recall 0.974, company P/R 0.718/0.645, key fact 0.605, lead 0.526, abstention
    # 0.5, false abstention 0.117, median 394, out-of-domain 1.0). The figures below are since (docs/quality.md,
    # fifty-seventh pass), not blind.
    ("sample-41", "key_fact_hit", "overall"),  # 0.658
    ("sample-41", "key_fact_lead", "overall"),  # 0.579
    ("sample-41", "abstention", "overall"),  # 0.55
    # sample-42: written in the fifty-fourth session by a helper who never read the engine, measured blind first with
    # the engine of 5c8ffdf (source recall 0.921, company P/R 0.6/0.598, key fact 0.632, lead 0.579, abstention 0.4,
    # false abstention 0.033, median 443, out-of-domain 0.979). The figures below are since (docs/quality.md,
    # fifty-eighth pass), not blind.
    ("sample-42", "key_fact_hit", "overall"),  # 0.737
    ("sample-42", "key_fact_lead", "overall"),  # 0.684
    ("sample-42", "abstention", "overall"),  # 0.4
    # sample-43: written in the fifty-fifth session by a helper who never read the engine, measured blind first with
    # the engine of 1e9c9d7 (source recall 0.921, company P/R 0.801/0.669, key fact 0.737, lead 0.711, abstention 0.8,
    # false abstention 0.05, median 396, out-of-domain 0.979). The figures below are since (docs/quality.md,
    # fifty-ninth pass), not blind. Its abstention reached the bar in the sixtieth pass (0.85).
    ("sample-43", "key_fact_hit", "overall"),  # 0.789
    ("sample-43", "key_fact_lead", "overall"),  # 0.763
}
KNOWN_OUT_OF_DOMAIN_MISSES: set[str] = set()


def _available(name: str) -> bool:
    kb, questions = SETS[name]
    return kb.exists() and questions.exists()


# Each set is one group of work for pytest-xdist (`--dist loadgroup`): its tests share one ingest.
@pytest.fixture(
    scope="module", params=[pytest.param(n, marks=pytest.mark.xdist_group(n)) for n in SETS if _available(n)]
)
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    """One knowledge base ingested from scratch, its questions and the out-of-domain set answered."""
    name = request.param
    kb, questions = SETS[name]
    folder = tmp_path_factory.mktemp(f"quality-{name}")
    # One embedding cache for every set on this worker: the engine's fixed probes, the same for every knowledge
    # base, are embedded once rather than once a set (vectors depend on the text alone).
    cache = tmp_path_factory.getbasetemp() / "embedding-cache.sqlite3"
    sources = [str(kb / "programme"), str(kb / "directory.csv")]
    config = write_config(folder, knowledge={"sources": sources, "embeddings": {"cache_file": str(cache)}})
    app = App(load_settings(config))
    report = app.ingestor.ingest(app.settings.source_paths)
    assert not report.failed, report.error_lines()
    app.engine.warm_up()
    yield name, {"set": _summary(app, questions), "out-of-domain": _summary(app, OUT_OF_DOMAIN)}


def _summary(app: App, path: Path) -> dict[str, dict[str, Any]]:
    items = read_jsonl(path, required=("id", "question", "kind"))

    async def run() -> list[dict[str, Any]]:
        results = []
        for item in items:
            started = time.perf_counter()
            answer = await app.engine.answer(Inquiry(text=item["question"]))
            results.append({**answer.to_json(), "elapsed_ms": (time.perf_counter() - started) * 1000})
        return results

    return summarise(items, asyncio.run(run()))


CASES = [(metric, lang, bar, higher) for metric, bar, higher, langs in BARS for lang in langs]


def _holds(reached: bool, known_miss: bool, what: str) -> None:
    """A bar holds, or is a known miss that still misses (a reached known miss fails: update the list)."""
    if known_miss:
        assert not reached, f"{what} now reaches its bar: remove it from the known misses"
        pytest.xfail(f"{what} (known miss)")
    assert reached, what


@pytest.mark.parametrize(("metric", "lang", "bar", "higher"), CASES, ids=[f"{m}-{lang}" for m, lang, _, _ in CASES])
def test_quality_bar(scored: tuple[str, Any], metric: str, lang: str, bar: float, higher: bool) -> None:
    name, summaries = scored
    value = summaries["set"][lang][metric]
    assert value is not None, f"{name}: no {metric} items for {lang}"
    reached = (value >= bar) if higher else (value <= bar)
    _holds(reached, (name, metric, lang) in KNOWN_MISSES, f"{name}: {metric}[{lang}] = {value}, bar {bar}")


def test_out_of_domain_questions_are_declined(scored: tuple[str, Any]) -> None:
    name, summaries = scored
    value = summaries["out-of-domain"]["overall"]["abstention"]
    what = f"{name}: out-of-domain abstention {value}, bar {OUT_OF_DOMAIN_BAR}"
    _holds(value >= OUT_OF_DOMAIN_BAR, name in KNOWN_OUT_OF_DOMAIN_MISSES, what)
