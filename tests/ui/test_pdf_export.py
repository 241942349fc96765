"""PDF export: Qt prints the notes page; the text read back from the PDF is the article's."""

import pypdf

from reader.core import annotations, export
from reader.ui.pdf import write_pdf


def test_pdf_holds_the_korean_text_and_notes(qapp, starter_library, tmp_path):
    lib = starter_library
    ko = next(r["id"] for r in lib.list_articles(lang="ko") if "광물" in r["title"])
    annotations.add_quote(lib, ko, "핵심광물", note="공급망 메모 <b>not bold</b>", color="green")
    path = export.export(lib, [ko], "pdf", tmp_path / "notes.pdf", pdf_writer=write_pdf).paths[0]
    reader = pypdf.PdfReader(str(path))
    text = "".join(page.extract_text() for page in reader.pages)
    squeezed = "".join(text.replace("\x01", " ").split())  # Qt maps its space glyph to U+0001
    assert "".join(lib.get(ko)["title"].split())[:12] in squeezed
    assert "공급망메모" in squeezed and "<b>notbold</b>" in squeezed  # the note's HTML stays text
    assert reader.metadata.title == lib.get(ko)["title"]
    assert not (tmp_path / "notes.pdf.part").exists()


def test_pdf_folder_for_several_articles(qapp, starter_library, tmp_path):
    ids = [r["id"] for r in starter_library.list_articles()][:3]
    result = export.export(starter_library, ids, "pdf", tmp_path / "pdfs", pdf_writer=write_pdf)
    assert len(result.paths) == 4 and (tmp_path / "pdfs" / "index.pdf").exists()
    assert all(pypdf.PdfReader(str(p)).pages for p in result.paths)
