import pytest

from reader.core.decode import decode
from reader.core.errors import ImportRefused

KOREAN = "정부는 핵심광물을 확보하기 위해 2,700억 원을 투자한다고 밝혔다. “협력 강화”"
WESTERN = "The café’s “naïve” résumé – 5 € and £3, señor."


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp949", "euc-kr"])
def test_korean_survives_every_common_encoding(codec):
    text = KOREAN if codec != "euc-kr" else KOREAN.replace("“", '"').replace("”", '"')
    decoded, _ = decode(text.encode(codec))
    assert decoded == text


def test_euc_kr_declared_in_html_is_read_as_cp949():
    html = '<html><head><meta charset="euc-kr"></head><body><p>똠방각하 ' + KOREAN + "</p></body></html>"
    decoded, encoding = decode(html.encode("cp949"))  # 똠 exists in CP949 only, not in EUC-KR proper
    assert decoded == html
    assert encoding == "cp949"


def test_windows_1252_is_not_mistaken_for_korean():
    decoded, encoding = decode(WESTERN.encode("cp1252"))
    assert decoded == WESTERN
    assert encoding == "cp1252"


def test_utf8_wins_when_valid():
    assert decode("plain ascii".encode()) == ("plain ascii", "utf-8")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"PK\x03\x04rest", "ZIP"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_binary_is_refused_with_a_reason(data, reason):
    with pytest.raises(ImportRefused, match=reason):
        decode(data)
