from reader.core.lang import detect_language


def test_korean_with_latin_acronyms_is_korean():
    assert detect_language("한국의 KTX가 첫 수출을 성사했다. K-실크로드 협력 구상과 OECD 보고서가 나왔다.") == "ko"


def test_english_with_a_korean_name_is_english():
    assert detect_language("The minister, 김민수, said the fund would be doubled to $2 billion by the end of the year.") == "en"


def test_other_languages():
    assert detect_language("Der Minister sagte, dass der Fonds bis zum Jahresende verdoppelt wird.") == "other"
    assert detect_language("政府は来年の予算を発表した。") == "other"
    assert detect_language("") == "other"
