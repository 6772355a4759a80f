"""The Arabic pack, rule family by rule family, on sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.arabic.folded import fold_text
from pipeline.extract.arabic.lexicon import key
from pipeline.extract.arabic.numbers import find_arabic_numbers
from pipeline.extract.arabic.places import unglued
from pipeline.extract.doc import ArticleDoc
from pipeline.extract.names.resolve import resolve
from pipeline.extract.packs import rules_for
from pipeline.extract.rows.statements import NameMention

AR = rules_for("ar")


def doc(text: str, published: str = "2024-12-12") -> ArticleDoc:
    return ArticleDoc("t", text, "ar", published, "day")


def test_folding_keeps_offsets_into_the_stored_text():
    text = "أعلنت الوزارةُ إعـادة ٢٬٤٩٣ عسكريًا"
    f = fold_text(text)
    assert f.text == "اعلنت الوزاره اعاده 2,493 عسكريا"
    start = f.text.index("اعاده")
    assert text[f.start(start):f.end(start + len("اعاده"))] == "إعـادة"


@pytest.mark.parametrize(("sentence", "text", "best", "low", "high", "qualifier"), [
    ("عبر ٢٬٤٩٣ عسكرياً الحدود", "٢٬٤٩٣", 2493, 2493, 2493, "exact"),
    ("استقبلت القوات ألفين من الجنود", "ألفين", 2000, 2000, 2000, "exact"),
    ("سلّمت السلطات مئتي ضابط", "مئتي", 200, 200, 200, "exact"),
    ("وصل ثلاثة آلاف وخمسمائة عنصر", "ثلاثة آلاف وخمسمائة", 3500, 3500, 3500, "exact"),
    ("عاد ما يزيد عن 700 جندي", "ما يزيد عن 700", 700, 701, None, "more_than"),
    ("بقي حوالي 120 ضابطاً", "حوالي 120", 120, None, None, "approximate"),
    ("نقل ما لا يقل عن (85) عنصراً", "ما لا يقل عن (85", 85, 85, None, "at_least"),
    ("أعيد أقل من 60 جندياً", "أقل من 60", 60, None, 59, "fewer_than"),
    ("ما بين 400 و450 عسكرياً", "ما بين 400 و450", None, 400, 450, "range"),
    ("فرّ آلاف الجنود", "آلاف", None, 2000, 9999, "vague"),
    ("دخل ما يزيد على ٣ آلاف عسكري", "ما يزيد على ٣ آلاف", 3000, 3001, None, "more_than"),
    ("وصل عشرات الضباط", "عشرات", None, 24, 99, "vague"),
    # a two-word number inside a compound, a number word with the article, verbs that hedge a figure
    ("عاد مئتان واثنا عشر جندياً", "مئتان واثنا عشر", 212, 212, 212, "exact"),
    ("قال إن العدد تجاوز ألفي جندي", "تجاوز ألفي", 2000, 2001, None, "more_than"),
    ("لا يتجاوز عددهم الخمسين", "الخمسين", 50, 50, 50, "exact"),
    ("رقم يقترب من الألف", "يقترب من الألف", 1000, None, 1000, "nearly"),
    ("دخل ألفين ونيف من العسكريين", "ألفين ونيف", 2000, 2001, None, "more_than"),
])
def test_numbers(sentence, text, best, low, high, qualifier):
    (n,) = find_arabic_numbers(sentence, AR)
    assert (sentence[n.start:n.end], n.value_best, n.value_low, n.value_high, n.qualifier) == \
        (text, best, low, high, qualifier)


def test_dates_and_years_are_not_amounts():
    assert find_arabic_numbers("في 9 ديسمبر 2024 وفي 3 تشرين الأول", AR) == []


@pytest.mark.parametrize(("sentence", "population", "status"), [
    ("أكدت السلطات دخول 320 جندياً سورياً إلى قضاء الرطبة.", "soldiers", "entered"),
    ("وجرى ترحيل 75 ضابطاً وجندياً إلى سوريا.", "military_personnel", "returned"),
    ("وما زال 40 ضابطاً محتجزين في معسكر التاجي.", "officers", "remaining"),
    ("ونُقل 90 عنصراً من القائم إلى بغداد.", "military_personnel", "relocated"),
    ("ويرفض 60 منتسباً العودة إلى بلادهم.", "military_personnel", "remaining"),
    ("عبر أكثر من ألفي جندي سوري الحدود مساء السبت.", "soldiers", "entered"),
    # a verbal noun with its object pronoun glued on: "تسليمهم" (handing them over)
    ("وضمت الدفعة 520 عسكرياً جرى تسليمهم إلى الجانب السوري.", "military_personnel", "returned"),
    ("وقدّر المرصد أعداد الداخلين بـ 2600 جندي.", "soldiers", "entered"),
    ("وأكد أن 250 عسكرياً سورياً باقون في العراق.", "military_personnel", "remaining"),
    ("ولا يزال 300 جندي سوري في العراق.", "soldiers", "remaining"),
    # asking to be moved is still being there
    ("وقال المصدر إن 40 ضابطاً طلبوا نقلهم إلى بغداد.", "officers", "remaining"),
    # the noun after a closing quotation mark, or after a comma and "من"
    ("وأكد دخول «ألفين ونيف» من العسكريين إلى القائم.", "military_personnel", "entered"),
    ("وفرّ مئات، من الجنود الليبيين، إلى تونس.", "soldiers", "entered"),
    # present tense of أعاد, "the returnees", a feminine subject's "moved"
    ("وقالت الحكومة إنها تعيد 85 جندياً إلى بلادهم هذا الأسبوع.", "soldiers", "returned"),
    ("وبلغ عدد العائدين حتى الآن 640 عنصراً.", "military_personnel", "returned"),
    ("ونقلت الوزارة 40 ضابطاً إلى معسكر آخر.", "officers", "relocated"),
])
def test_counts_population_and_status(sentence, population, status):
    (c,) = doc(sentence).counts
    assert (c.population, c.status) == (population, status)


def test_a_number_of_kilometres_is_no_count():
    assert doc("يبعد المنفذ 30 كيلومتراً عن المدينة.").counts == []


def test_elliptical_count_takes_the_people_counted_before():
    counts = doc("وصل 800 عسكري إلى المنفذ، وأعيد 300 منهم إلى سوريا.").counts
    assert [(c.number.value_best, c.population, c.status) for c in counts] == \
        [(800, "military_personnel", "entered"), (300, "military_personnel", "returned")]


def test_named_speaker_with_role_in_apposition():
    d = doc("وقال المتحدث باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي إن 500 جندي عادوا إلى بلادهم.")
    (s,) = d.statements
    assert s.speaker.kind == "named_person" and s.speaker.name == "Tahsin al-Khafaji"
    assert d.text[s.start:s.end].startswith("500 جندي")


@pytest.mark.parametrize(("text", "kind", "name", "quote"), [
    # guillemets: the direct speech of an anonymous source
    ("وقال مصدر أمني إن «الجنود سلّموا أسلحتهم عند وصولهم إلى الحدود».", "anonymous", None,
     "الجنود سلّموا أسلحتهم عند وصولهم إلى الحدود"),
    # a quotation after a colon, over two sentences
    ("وقال العميد مقداد ميري: «عاد 300 عنصر إلى بلادهم. وسيعود الباقون قريباً».", "named_person", "Miqdad Miri",
     "عاد 300 عنصر إلى بلادهم. وسيعود الباقون قريباً"),
    # a speech verb in the present tense, as features and reports from the field quote people
    ("ويقول مصدر أمني: «يسألون كل يوم عن موعد العودة».", "anonymous", None, "يسألون كل يوم عن موعد العودة"),
])
def test_quoted_words_are_direct_speech_of_their_speaker(text, kind, name, quote):
    d = doc(text)
    (s,) = d.statements
    assert s.is_direct and (s.speaker.kind, s.speaker.name) == (kind, name)
    assert d.text[s.start:s.end] == quote


def test_a_body_speaks_in_its_statement_and_is_named_again_by_its_head():
    d = doc("وأعلنت خلية الإعلام الأمني عودة 200 عنصر. وأوضحت الخلية في بيان أن العملية تمت بسلام.")
    assert [s.speaker.name for s in d.statements] == ["Security Media Cell", "Security Media Cell"]


def test_unknown_bodies_by_head_noun_and_acronyms():
    d = doc("أعلنت مديرية الإقامة الدائمة (مإد) أن مإد أغلقت المعبر.")
    assert [(o.surface, o.name) for o in d.mentions.orgs] == \
        [("مديرية الإقامة الدائمة", "مديرية الإقامة الدائمة"), ("مإد", "مديرية الإقامة الدائمة"),
         ("مإد", "مديرية الإقامة الدائمة")]


@pytest.mark.parametrize(("text", "people"), [
    ("قال المحافظ نعيم الكعود إن الوضع مستقر، وأضاف الكعود أن المنفذ مفتوح.",
     [("نعيم الكعود", "نعيم الكعود"), ("الكعود", "نعيم الكعود")]),
    # a name's third word is a family name or a given name, not the noun the sentence goes on with
    ("في غرفة المعسكر يطوي الرقيب سامر الحديدي حقيبته للمرة الأخيرة.", [("سامر الحديدي", "سامر الحديدي")]),
])
def test_person_after_a_title_and_by_surname_later(text, people):
    assert [(p.surface, p.name) for p in doc(text).mentions.people] == people


@pytest.mark.parametrize(("text", "places"), [
    ("وصلوا والقائم بالعراق ودمشق", ["القائم", "العراق", "دمشق"]),
    # "the city" is no Medina, "the capital" no town of that name: common words named by a village somewhere
    ("وصل أكثر من 300 عسكري إلى المدينة ثم إلى العاصمة بغداد", ["بغداد"]),
])
def test_places_glued_to_proclitics_keep_their_offsets(text, places):
    assert len(unglued(text)) == len(text)
    assert [p.surface for p in doc(text).mentions.places] == places


def test_one_entity_across_scripts():
    def mention(i, surface, name):
        return NameMention(f"m{i}", "a", 0, len(surface), surface, "person", name, None, None)

    d = doc("وأكد رئيس الوزراء محمد شياع السوداني أن العراق لن يسلم أحداً.")
    (arabic,) = d.mentions.people
    index = resolve([mention(1, "Mohammed Shia al-Sudani", "Mohammed Shia al-Sudani"),
                     mention(2, arabic.surface, arabic.name)])
    (row,) = index.rows
    assert {"Mohammed Shia al-Sudani", "محمد شياع السوداني"} <= {row.name, *row.aliases}


@pytest.mark.parametrize(("sentence", "day"), [
    ("وصلوا يوم الأحد الماضي", "2024-12-08"),      # published Thursday 12 December
    ("أعلنت الوزارة اليوم الخميس", "2024-12-12"),
    ("عبروا أمس", "2024-12-11"),
    ("دخلوا في 9 ديسمبر", "2024-12-09"),
    ("دخلوا في 30 تشرين الثاني 2024", "2024-11-30"),
    ("لجأوا في الخامس من الشهر الجاري", "2024-12-05"),
    ("نُقلوا في الحادي عشر من تشرين الثاني", "2024-11-11"),  # an ordinal day of a named month
])
def test_dates(sentence, day):
    times = doc(sentence).times  # "اليوم الخميس": today and Thursday, the same day
    assert times and all(t.period_start.isoformat() == day == t.period_end.isoformat() for t in times)


def test_a_count_takes_the_day_its_sentence_names():
    (c,) = doc("وأكد المصدر عودة 150 جندياً إلى سوريا يوم الثلاثاء الماضي.").counts
    assert c.period.start.isoformat() == "2024-12-10"


def test_each_count_takes_the_date_nearest_before_it_in_its_sentence():
    counts = doc("وفي 19 كانون الأول أعيد 900 جندي، وفي 28 كانون الأول أعيد 300 جندي آخرين.", "2025-01-10").counts
    assert [(c.number.value_best, c.period.start.isoformat()) for c in counts] == [(900, "2024-12-19"),
                                                                                  (300, "2024-12-28")]


def test_an_undated_count_of_people_who_moved_runs_from_the_first_dated_one_and_an_entry_takes_the_wave():
    counts = doc("وأكد المصدر عودة 150 جندياً إلى سوريا يوم الثلاثاء الماضي. وقال إن 40 جندياً نقلوا إلى قاعدة أخرى. "
                 "ودخل 2000 جندي سوري إلى العراق.").counts
    assert [(c.period.rule, str(c.period.start), str(c.period.end)) for c in counts] == [
        ("own", "2024-12-10", "2024-12-10"),        # the day its sentence names
        ("open", "2024-12-07", "2024-12-12"),       # no day of its own: from the first dated figure (the wave) on
        ("wave", "2024-12-07", "2024-12-08")]       # an entry of the caseload: its crossing wave
    # people still there are counted as of publication
    (held,) = doc("ولا يزال 300 جندي سوري في العراق.").counts
    assert held.period.rule == "present"


@pytest.mark.parametrize(("arabic", "latin", "same"), [
    ("ياسر إسكندر", "Yasser Askandar", True),
    ("مقداد ميري", "Muqdad Meri", True),
    ("ثابت العباسي", "Thabet al-Abbasi", True),
    ("ماهر الأسد", "Bashar al-Assad", False),   # a shared family name alone is not the same person
    ("الأسد", "Assad", False),                   # nor is one word
])
def test_transliteration_aware_matching(arabic, latin, same):
    def mention(i, name):
        return NameMention(f"m{i}", "a", 0, len(name), name, "person", name, None, None)

    index = resolve([mention(1, arabic), mention(2, latin)])
    assert (len(index.rows) == 1) == same


def test_language_from_the_script_when_none_is_declared():
    from pipeline.ingest.language import script_language

    assert script_language("قال مصدر أمني إن العراق استقبل ألفي عسكري سوري عبر منفذ القائم") == "ar"
    assert script_language("An Iraqi security source said 2,000 Syrian soldiers crossed at Al-Qaim") is None


def test_a_place_around_a_surname_is_the_place():
    d = doc("يقيم عشرات العسكريين في قاعدة عين الأسد غربي الأنبار.")
    assert d.mentions.people == []
    assert "قاعدة عين الأسد" in [p.surface for p in d.mentions.places]


def test_according_to_sources_and_others_counted_before():
    d = doc("ووفقاً لمصادر مطلعة، فإن السلطات أعادت 120 ضابطاً، فيما بقي زهاء ثلاثمئة آخرين.")
    (s,) = d.statements
    assert s.speaker.kind == "anonymous"
    assert [(c.number.value_best, c.population, c.status) for c in d.counts] == \
        [(120, "officers", "returned"), (300, "officers", "remaining")]


def test_a_name_as_the_subject_of_a_speech_verb():
    d = doc("وقال ثامر الحمداني إن 40 جندياً عبروا الحدود.")
    assert [p.surface for p in d.mentions.people] == ["ثامر الحمداني"]
    assert d.statements[0].speaker.kind == "named_person"


def test_an_unnamed_subject_is_no_person():
    assert doc("وقال مسؤولون عراقيون إن 40 جندياً عبروا الحدود.").mentions.people == []


def test_a_name_in_apposition_after_a_title_and_a_place():
    d = doc("أفاد مدير ناحية ربيعة، علي الشمري، بأن 45 عسكرياً عادوا. وأضاف الشمري لرووداو أن الوضع هادئ.")
    assert [p.surface for p in d.mentions.people] == ["علي الشمري", "الشمري"]
    assert [s.speaker.name for s in d.statements] == ["علي الشمري", "علي الشمري"]


def test_no_person_from_a_preposition_that_folds_like_a_name():
    assert doc("حصل الضباط على ضمانات من الحكومة على خلفية الأحداث.").mentions.people == []


def test_where_they_refuse_to_return_is_not_where_they_are():
    (c,) = doc("ويرفض 60 ضابطاً في الرطبة العودة إلى سوريا.").counts
    assert (c.status, c.place.surface) == ("remaining", "الرطبة")


@pytest.mark.parametrize("sentence", [
    "ودخل نحو ألفي جندي سوري قادمين من دير الزور إلى العراق.",
    "ودخل نحو ألفي جندي سوري إلى العراق قادمين من دير الزور.",
])
def test_people_who_entered_are_placed_in_the_host_country_not_the_town_they_came_from(sentence):
    (count,) = doc(sentence).counts
    assert (count.status, count.place.location_id) == ("entered", "iso3166:IQ")


@pytest.mark.parametrize("sentence", ["ونُقل 300 جندي إلى مطار المرسنة.", "ونُقل 300 جندي إلى مطار المرسنات."])
def test_the_airfield_is_found_in_either_arabic_spelling(sentence):
    (count,) = doc(sentence).counts
    assert count.place.location_id == "curated:al-marsana-airfield"


def test_a_country_name_with_tanween_is_the_adjective_not_the_country():
    # "ضابطاً سورياً": a Syrian officer; the place they were moved to is the bare "التاجي", the camp
    d = doc("ونُقل 40 ضابطاً سورياً إلى التاجي.")
    assert [p.location_id for p in d.mentions.places] == ["curated:camp-taji"]
    assert [c.place.location_id for c in d.counts] == ["curated:camp-taji"]


@pytest.mark.parametrize(("text", "places"), [
    # any country by its Arabic name, and the towns of a country named as where something happens
    ("فرّ أكثر من 300 جندي إلى تشاد، ووصلوا إلى مدينة أبشي.", ["تشاد", "أبشي"]),
    ("عبر نحو 700 عسكري الحدود نحو تونس ثم نُقلوا إلى مدنين.", ["تونس", "مدنين"]),
])
def test_every_country_by_its_arabic_name_opens_its_towns(text, places):
    assert [p.surface for p in doc(text).mentions.places] == places



def test_a_verb_that_goes_on_to_a_part_of_them_is_the_parts_not_the_wholes():
    # "the total who crossed reached 900 soldiers, 700 of them were returned"
    counts = doc("وبلغ مجموع من عبروا الحدود 900 جندي، أُعيد منهم 700 جندي إلى بلادهم.").counts
    assert [(c.number.value_best, c.status) for c in counts] == [(900, "entered"), (700, "returned")]


@pytest.mark.parametrize(("text", "expected"), [
    # "of them": a part of the people counted before
    ("دخل 900 جندي إلى الأردن، وعاد منهم أكثر من 600 حتى الآن.", [(900, "soldiers"), (600, "soldiers")]),
    # "the number of the officers" before a figure with no noun of its own
    ("قدّرت الوزارة عدد الضباط الفارين بنحو 120.", [(120, "officers")]),
    # "their number": the people counted before
    ("وصل 300 عسكري إلى المعسكر، وقال مسؤول إن عددهم قد يتجاوز 350.", [(300, "military_personnel"),
                                                                        (350, "military_personnel")]),
    # a day after "the number of soldiers who entered" is no count
    ("قال إن عدد العسكريين الذين دخلوا يومي 7 و8 كانون الأول بلغ 2470 عسكرياً.", [(2470, "military_personnel")]),
])
def test_a_figure_with_no_noun_counts_the_people_the_words_before_it_name(text, expected):
    assert [(c.number.value_best, c.population) for c in doc(text).counts] == expected


@pytest.mark.parametrize(("text", "said"), [
    # narrated, stressed that, believes that, points out that, warned that
    ("وروى ضابط في حرس الحدود أن القافلة وصلت قبل الفجر.", "القافلة وصلت قبل الفجر"),
    ("وشدد متحدث باسم الوزارة على أن العودة طوعية بالكامل.", "العودة طوعية بالكامل"),
    ("ويرى مسؤولون أن الملف سيبقى مفتوحاً لأشهر.", "الملف سيبقى مفتوحاً لأشهر"),
    ("ويلفت مسؤول محلي إلى أن المخيم يضم عائلات أيضاً.", "المخيم يضم عائلات أيضاً"),
    ("وحذر مسؤول في الهلال الأحمر من أن الشتاء سيزيد معاناة المحتجزين.", "الشتاء سيزيد معاناة المحتجزين"),
])
def test_reporting_verbs_of_features_and_analysis(text, said):
    d = doc(text)
    assert [d.text[s.start:s.end] for s in d.statements] == [said]


@pytest.mark.parametrize(("text", "people"), [
    # "باسم" (on behalf of) inside the title is not the given name Basim; the name between commas keeps its third word
    ("وقال الناطق باسم الحكومة، عيسى ماحامات أبكر، إن الجنود سلّموا أسلحتهم.",
     [("عيسى ماحامات أبكر", "عيسى ماحامات أبكر")]),
    # "a statement of the government": no one named Bayan
    ("وأوضح بيان للحكومة أن العائدين نُقلوا أمس.", []),
])
def test_words_of_a_title_or_a_body_are_no_name(text, people):
    assert [(p.surface, p.name) for p in doc(text).mentions.people] == people


def test_a_statement_of_a_body_speaks_for_the_body_named_before():
    d = doc("وقالت وزارة الدفاع التشادية إن العملية انتهت. وأوضح بيان للوزارة أن العائدين نُقلوا أمس على متن طائرتين.")
    assert [(s.speaker.kind, s.speaker.name) for s in d.statements][-1] == ("organization", "وزارة الدفاع التشادية")


def test_a_country_named_by_its_adjective_opens_its_towns():
    # Sudan only as "Sudanese" (twice): its towns are looked up, Port Sudan found
    text = "وأعيد العسكريون السودانيون جواً إلى بورتسودان، بحسب مصدر في الجيش السوداني."
    assert "بورتسودان" in [p.surface for p in doc(text).mentions.places]


def test_a_name_that_is_a_country_and_its_capital_is_the_country():
    # "تونس" is Tunisia and Tunis; Arabic news say "العاصمة تونس" when they mean the city
    places = doc("وأعلنت تونس أمس استقبال 200 جندي ليبي، نُقلوا إلى مخيم في تونس.").mentions.places
    assert [p.location_id for p in places] == ["iso3166:TN", "iso3166:TN"]


def test_the_host_is_not_the_country_whose_soldiers_the_figures_count():
    # Libya is named more often, but the figures count Libyan soldiers: they are in Tunisia
    text = ("دخل 740 عسكرياً ليبياً إلى تونس هرباً من المعارك في ليبيا. وقالت الوزارة إن 212 عسكرياً ليبياً "
            "عادوا إلى ليبيا، وإن الأوضاع في ليبيا لا تسمح بعودة الباقين.")
    assert doc(text).mentions.host.location_id == "iso3166:TN"


@pytest.mark.parametrize("word", ["عنه", "بلد"])
def test_common_words_that_name_a_town_somewhere_are_no_place(word):
    text = f"وقال مصدر عراقي إن 300 جندي سوري دخلوا العراق، وأضاف أن {word} الجنود لا يعرف الكثير."
    assert word not in [p.surface for p in doc(text).mentions.places]


def test_a_move_is_placed_where_it_ends_not_where_it_started():
    (count,) = doc("وأعلنت الوزارة نقل 87 ضابطاً سورياً من مطار المرسنة إلى معسكر التاجي.").counts
    assert (count.status, count.place.location_id) == ("relocated", "curated:camp-taji")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("دخلوا يومي ٧ و٨ كانون الأول ٢٠٢٤.", "2024-12-07", "2024-12-08"),
    ("دخلوا يومي السابع والثامن من كانون الأول.", "2024-12-07", "2024-12-08"),
    ("وصلوا في السابع والعشرين من كانون الأول.", "2024-12-27", "2024-12-27"),  # one day, the 27th
    ("عبروا الحدود في كانون الأول الماضي.", "2024-12-01", "2024-12-31"),
    ("دخلوا منذ السادس عشر من أيار/مايو.", "2024-05-16", "2024-05-16"),
])
def test_two_days_of_a_month_and_a_month_alone_are_the_periods_they_span(text, first, last):
    (time,) = doc(text, "2025-01-20").times
    assert (str(time.period_start), str(time.period_end)) == (first, last)


def test_a_figure_takes_the_time_of_its_own_clause_not_the_one_before_it():
    # entered on 7-8 December, 1,650 of them returned "on the eighteenth of the same month"
    counts = doc("وتقول الوزارة إن ٢٤١٢ عسكرياً سورياً دخلوا يومي ٧ و٨ كانون الأول ٢٠٢٤، وإنها أعادت ١٦٥٠ منهم في "
                 "الثامن عشر من الشهر ذاته.", "2025-01-20").counts
    assert [(c.status, str(c.period.start), str(c.period.end)) for c in counts] == [
        ("entered", "2024-12-07", "2024-12-08"), ("returned", "2024-12-18", "2024-12-18")]


def test_people_still_there_after_a_clause_break_are_counted_at_publication():
    counts = doc("وأعادت السلطات يوم الخميس الماضي الدفعة الأولى، فيما لا يزال 300 عسكري في القائم.", "2024-12-21").counts
    assert [(c.status, str(c.period.start)) for c in counts] == [("remaining", "2024-12-21")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("عبر ما بين ألفين وثلاثة آلاف عسكري", 2000, 3000),  # not 2,003 thousand
    ("بين ثلاثمئة وأربعمئة جندي", 300, 400),  # not 700
])
def test_a_range_of_number_words_is_two_amounts_not_one_compound(text, low, high):
    (number,) = find_arabic_numbers(text, AR)
    assert (number.qualifier, number.value_low, number.value_high) == ("range", low, high)


def test_a_figure_a_correction_withdraws_is_no_count():
    text = ("تصحيح: ورد في نسخة سابقة من هذا التقرير أن الدفعة ضمّت 46 عنصراً، والصحيح أنها ضمّت 64 عنصراً "
            "بينهم 11 ضابطاً.")
    assert [c.number.value_best for c in doc(text).counts] == [64, 11]


def test_the_answers_of_a_question_and_answer_piece_are_the_interviewees_words():
    text = ("حوار مع نائب\n\nحاورت الصحيفة عضو لجنة الأمن والدفاع، النائب عادل الكبيسي، حول الأعداد.\n\n"
            "س: ما الرقم الدقيق؟\n\nج: الرقم الرسمي هو ألفان وأربعمئة وسبعون عسكرياً. ما يُتداول عن أربعة آلاف غير دقيق.\n\n"
            "س: وكم بقي منهم؟\n\nج: من بقي اليوم هم بحدود 160، أغلبهم ضباط.")
    said = [(text[s.start:s.end], s.speaker.name, s.is_direct) for s in doc(text).statements]
    assert said == [("الرقم الرسمي هو ألفان وأربعمئة وسبعون عسكرياً", "عادل الكبيسي", True),
                    ("ما يُتداول عن أربعة آلاف غير دقيق", "عادل الكبيسي", True),
                    ("من بقي اليوم هم بحدود 160، أغلبهم ضباط", "عادل الكبيسي", True)]


def test_a_line_that_names_its_speaker_before_a_colon_is_their_speech():
    text = ("تغطية مباشرة | إعادة العسكريين\n\n20:30\nمصدر في قيادة عمليات الأنبار لـ«سومر»: \"آخر الحافلات عبرت قبل "
            "قليل، ولم يتبق في المخيم سوى قرابة 400 عسكري.\"\n\n19:05\nمراسلنا في القائم: الحافلة الأخيرة تتحرك الآن.\n\n"
            "13:15\nوزارة الدفاع العراقية في بيان: الأسلحة والمعدات ما زالت في عهدة الجيش العراقي.")
    said = [(text[s.start:s.end][:20], s.speaker.kind, s.is_direct) for s in doc(text).statements]
    assert said == [("آخر الحافلات عبرت قب", "anonymous", True), ("الأسلحة والمعدات ما ", "organization", False)]


def test_a_body_that_announces_in_the_present_tense_makes_a_statement():
    d = doc("خلية الإعلام الأمني تعلن في بيان إعادة 1905 عناصر من الجيش السوري السابق إلى بلادهم.")
    assert [s.speaker.kind for s in d.statements] == ["organization"]


@pytest.mark.parametrize(("text", "status"), [
    # a statement "conveyed" by an agency (نقلته) moves no one; "the remaining numbers" are still there
    ("وأكد مصدر، في تصريح نقلته وكالة الأنباء، أن الأعداد المتبقية لا تتجاوز 45 عسكرياً.", "remaining"),
    # the cue of another's words after a colon is not this figure's: 2,300 returned
    ("وأوضح أن عدد من عادوا من العراق تجاوز ألفين وثلاثمئة عنصر، وتابع: \"لا يزال هناك قرابة خمسين يرفضون العودة\".",
     "returned"),
])
def test_a_figures_status_cue_is_its_own_clauses(text, status):
    assert doc(text).counts[0].status == status


def test_an_arrival_from_the_host_country_is_a_return():
    text = ("وأعلن العراق أن العسكريين السوريين ما زالوا في معسكر التاجي ومطار المرسنة. وقال مدير المعبر إن الدفعة ضمّت "
            "٦٤ عنصراً، وصلوا على متن حافلات عراقية قادمة من معسكر التاجي.")
    assert [c.status for c in doc(text, "2025-02-27").counts] == ["returned"]


def test_staff_of_a_crossing_are_not_people_arriving_from_it():
    text = ("حددت الوزارة عدد من لجأوا إلى قطعاتها في القائم بـ2412 منتسباً من الجيش السوري السابق، إضافة إلى 81 موظفاً "
            "من منفذ البوكمال.")
    assert [c.status for c in doc(text).counts] == ["entered", "entered"]


def test_a_verb_that_goes_on_to_a_part_after_a_few_words_is_the_parts():
    counts = doc("يكون مجموع من دخلوا الأراضي العراقية 2493 شخصاً، عاد منهم حتى يوم السبت 2342 شخصاً على دفعتين.").counts
    assert [(c.number.value_best, c.status) for c in counts] == [(2493, "entered"), (2342, "returned")]


@pytest.mark.parametrize("text", [
    "وقال إن المطار «يضم حالياً ما لا يقل عن ألفين ومئتي عسكري سوري».",
    "وقال إن عدد الرافضين للعودة «لا يتجاوز مئتي ضابط».",
    "إن بقاء مئة وثلاثين ضابطاً في منطقة رمادية يفتح الباب أمام الشائعات.",
])
def test_housing_refusing_and_staying_are_remaining(text):
    assert [c.status for c in doc(text).counts] == ["remaining"]


def test_particles_that_name_a_town_somewhere_are_no_place():
    # with the United States named, its towns are looked up: إلى (Ely, Nevada) and بين are still words
    text = ("وقالت الولايات المتحدة إن واشنطن تتابع الملف. وعبر 84 جندياً أفغانياً إلى أوزبكستان، "
            "وتراوح عددهم بين 80 و90 بحسب الولايات المتحدة.")
    assert [p.surface for p in doc(text).mentions.places if p.country_code == "US" and p.feature_type != "country"] \
        in ([], ["واشنطن"])


def test_the_adjective_of_a_stan_country_opens_its_towns():
    d = doc("وأعادت السلطات الطاجيكية نحو 1500 عسكري أفغاني جواً إلى كابل. وقالت أفغانستان إن الجنود وصلوا.")
    assert "كابل" in [p.surface for p in d.mentions.places]


@pytest.mark.parametrize("text", [
    "ونُقل الجنود إلى مطار المرسنة قرب الرطبة. وقال مسؤول إن المطار يضم حالياً ما لا يقل عن ألفي عسكري سوري.",
    # "there" in the next sentence: the place its previous sentence named
    "ونُقل الجنود إلى مطار المرسنة. وقال مسؤول إن قرابة ١٢٠ ضابطاً من الموجودين هناك يرفضون العودة.",
])
def test_the_airfield_and_there_are_the_site_named_before(text):
    assert doc(text).counts[-1].place.location_id == "curated:al-marsana-airfield"


@pytest.mark.parametrize(("text", "word"), [
    ("وقال ناطق عسكري باسم جماعة الحوثي إن العملية انتهت.", "باسم"),  # on behalf of
    ("وقالت اللجنة إنها سمحت لهم بالدخول «انطلاقاً من مبادئ حسن الجوار والاعتبارات الإنسانية».", "الجوار"),
    ("قال إن قائد اللواء وصف ما جرى بأنه انسحاب منظم.", "وصف"),  # described what happened
])
def test_words_that_look_like_a_given_name_in_a_phrase_are_no_person(text, word):
    assert not [p for p in doc(text).mentions.people if word in p.surface]


@pytest.mark.parametrize(("text", "population"), [
    ("وأضاف أنه وصل منهم إلى منطقة الخفجي ٩٧ رجلاً.", "military_personnel"),  # men
    ("عبرتُ الحدود مع أكثر من ثلاثمئة من رفاقي.", "military_personnel"),  # comrades
    ("وقال إن \"العشرات\" من صغار الضباط عادوا عبر الحدود.", "officers"),  # junior officers
])
def test_men_comrades_and_junior_officers_are_counted(text, population):
    assert [c.population for c in doc(text).counts] == [population]


@pytest.mark.parametrize(("text", "word"), [
    ("وقالت منظمات حقوقية إن العسكريين ما زالوا محتجزين.", "منظمات"),  # rights groups: no person
    ("وقال إن خالد واحداً من مئات الجنود الذين عبروا.", "واحدا"),  # one of: no surname
    ("وقال الموسوي في ختام الجلسة: «سنستضيف وزير الدفاع إذا لم تصلنا الأرقام الرسمية».", "إذا"),  # a particle
])
def test_common_words_after_a_name_or_a_speech_verb_are_no_name(text, word):
    assert not [p for p in doc(text).mentions.people if word in p.surface or word in key(p.surface)]


def test_a_retrospectives_dates_without_a_year_are_in_its_own_years():
    text = ("في الثاني من آب 1990 عبر النقيب مع سريته إلى السعودية. اليوم، بعد ثلاثين عاماً، يستعيد تفاصيل تلك الليلة "
            "كأنها حدثت أمس. وفي السادس من آب وصل إلى الخفجي ٩٧ رجلاً.")
    times = [(t.text, str(t.period_start)) for t in doc(text, "2020-08-09").times]
    assert times == [("الثاني من آب 1990", "1990-08-02"), ("اليوم", "2020-08-09"), ("السادس من آب", "1990-08-06")]


CROSSED_AT_QAIM = "عبر نحو 800 عسكري سوري منفذ القائم إلى العراق يوم السبت. "


@pytest.mark.parametrize(("second", "place"), [
    # no place in the sentence: the crossing the article's other entries name
    ("وقال ضابط إن 200 عسكري آخرين دخلوا مساء الأحد.", "curated:al-qaim-border-crossing"),
    # the host country by reference is the writer's choice
    ("وقال ضابط إن 200 عسكري آخرين دخلوا الأراضي العراقية مساء الأحد.", "iso3166:IQ"),
    # the province an MP speaks for is not where the soldiers crossed; the tally of all who entered is the country's
    ("وقدّر النائب عن محافظة الأنبار عدد الداخلين بنحو 3000 عسكري.", "iso3166:IQ"),
    ("وقال مسؤول محلي في الأنبار إن 300 عسكري آخرين دخلوا مساء الأحد.", "curated:al-qaim-border-crossing"),
])
def test_a_figure_without_its_own_place_is_at_the_site_of_its_event(second, place):
    assert doc(CROSSED_AT_QAIM + second).counts[-1].place.location_id == place


@pytest.mark.parametrize(("second", "status"), [
    # an estimate with no verb of its own re-counts the people of the figure of its size before it
    ('وتحدثت مصادر محلية عن "نحو ألفي عنصر" بين ضابط وجندي.', "entered"),
    # a much smaller figure counts others: no status is read into it
    ("وأصيب 17 عسكرياً بجروح طفيفة.", "other"),
])
def test_a_figure_without_a_status_word_takes_that_of_the_figure_of_its_size(second, status):
    text = "دخل 2,493 عسكرياً سورياً إلى العراق عبر منفذ القائم. " + second
    assert doc(text).counts[-1].status == status


def test_every_sentence_of_a_turn_in_a_session_record_is_the_speakers_own_words():
    """A parliament's record: three turns or more that open on a named speaker and a colon; each sentence of a turn
    is direct speech, a courtesy of a few words ("شكراً سيادة الرئيس.") none."""
    text = ("محضر جلسة لجنة الأمن\n\n"
            "النائب سامي الجبوري: شكراً سيادة الرئيس. كم جندياً تشادياً ما زال في البلاد؟\n\n"
            "العميد كريم الدليمي (وزارة الدفاع): شكراً للسيد النائب. بقي لدينا 120 جندياً. وقد أُعيد الباقون إلى بلادهم.\n\n"
            "النائب سامي الجبوري: أعترض على هذه الأرقام بشدة.")
    said = [(text[s.start:s.end], s.speaker.name, s.is_direct) for s in doc(text).statements]
    assert said == [("كم جندياً تشادياً ما زال في البلاد؟", "سامي الجبوري", True),
                    ("بقي لدينا 120 جندياً.", "كريم الدليمي", True),
                    ("وقد أُعيد الباقون إلى بلادهم.", "كريم الدليمي", True),
                    ("أعترض على هذه الأرقام بشدة.", "سامي الجبوري", True)]


@pytest.mark.parametrize("text", ["المجموع: ٢١٦٧ عائداً", "وتحدث مسؤول عن وصول 300 عائدين من تشاد."])
def test_returnees_are_a_count_of_people_who_went_back(text):
    assert [(c.status, c.population) for c in doc(text).counts] == [("returned", "military_personnel")]


def test_a_batch_goes_on_with_the_series_before_it():
    """ "وتلت ذلك دفعة ثانية أصغر ... ضمّت 95 جندياً": a batch with no word of its own of what befell it continues the
    returns told before it."""
    text = ("أعادت السلطات التشادية 640 جندياً سودانياً عبر معبر أدري في العاشر من أيار. "
            "وتلت ذلك دفعة ثانية أصغر في الثاني من حزيران ضمّت 95 جندياً.")
    assert [c.status for c in doc(text).counts] == ["returned", "returned"]
