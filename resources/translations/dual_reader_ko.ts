<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="96"/>
        <source>Export Notes into Folder</source>
        <translation>노트를 내보낼 폴더</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="99"/>
        <source>Export Notes</source>
        <translation>노트 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="108"/>
        <source>Exporting notes…</source>
        <translation>노트를 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="108"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="116"/>
        <source>The export was cancelled; the files written so far are kept.</source>
        <translation>내보내기를 취소했습니다. 이미 쓴 파일은 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="76"/>
        <source>An offline reader for Korean and English news.</source>
        <translation>한국어·영어 뉴스를 위한 오프라인 리더입니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="77"/>
        <source>Korean text is set in Nanum Gothic and Nanum Myeongjo (SIL Open Font License 1.1).</source>
        <translation>한글은 나눔고딕과 나눔명조(SIL 오픈 폰트 라이선스 1.1)로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="60"/>
        <source>Import saved pages, Markdown or text files</source>
        <translation>저장한 웹 페이지, 마크다운, 텍스트 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="61"/>
        <source>Import every article in a folder</source>
        <translation>폴더 안의 기사를 모두 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>&amp;Paste as New Article</source>
        <translation>새 기사로 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="62"/>
        <source>Import the clipboard&apos;s text or HTML</source>
        <translation>클립보드의 텍스트나 HTML을 기사로 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>&amp;Export Notes…</source>
        <translation>노트 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="63"/>
        <source>Export highlights and notes as Markdown, HTML, PDF, JSON or CSV</source>
        <translation>하이라이트와 노트를 마크다운, HTML, PDF, JSON, CSV로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>Import &amp;Annotations…</source>
        <translation>주석 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="64"/>
        <source>Restore highlights and notes from a JSON export</source>
        <translation>JSON으로 내보낸 하이라이트와 노트를 되살립니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="66"/>
        <source>Search in Korean and English</source>
        <translation>한국어와 영어로 검색</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="67"/>
        <source>Facts in the &amp;Library…</source>
        <translation>보관함의 사실 정보(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="68"/>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="69"/>
        <source>Manage &amp;Tags…</source>
        <translation>태그 관리(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>&amp;Glossary…</source>
        <translation>용어집(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="70"/>
        <source>Your own Korean/English name pairs, highlighted in every article</source>
        <translation>내가 정한 한국어·영어 이름 쌍을 모든 기사에서 표시합니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="71"/>
        <source>Mark as &amp;Read / Unread</source>
        <translation>읽음/안 읽음 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="72"/>
        <source>&amp;Star / Unstar</source>
        <translation>별표 표시/해제(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="73"/>
        <source>&amp;Edit Details…</source>
        <translation>기사 정보 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="74"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="76"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>&amp;Highlight Selection</source>
        <translation>선택 영역 하이라이트(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="77"/>
        <source>Highlight the selected text (right-click for colours)</source>
        <translation>선택한 글을 하이라이트합니다 (색은 오른쪽 클릭)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="78"/>
        <source>Highlight with &amp;Note…</source>
        <translation>노트와 함께 하이라이트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="79"/>
        <source>Read &amp;Side by Side</source>
        <translation>나란히 읽기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="80"/>
        <source>&amp;Next Article</source>
        <translation>다음 기사(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="81"/>
        <source>&amp;Previous Article</source>
        <translation>이전 기사(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="82"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="83"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>&amp;Actual Size</source>
        <translation>원래 크기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>Se&amp;rif Text</source>
        <translation>명조체 본문(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="86"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;About Dual Reader</source>
        <translation>Dual Reader 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="76"/>
        <source>%n highlight(s) need review after the text changed: see the Notes panel.</source>
        <translation>
            <numerusform>본문이 바뀌어 하이라이트 %n개를 확인해야 합니다. 노트 패널을 보세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="88"/>
        <source>Nothing like this highlight is left in the text: select where it belongs, or delete it.</source>
        <translation>본문에 이 하이라이트와 비슷한 글이 남아 있지 않습니다. 있어야 할 곳을 선택하거나 삭제하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="92"/>
        <source>The likeliest place is selected (%1% alike): click Re-attach to Selection to keep it there.</source>
        <translation>가장 비슷한 곳을 선택했습니다 (%1% 일치). 그곳에 두려면 ‘선택 영역에 다시 붙이기’를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="133"/>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="139"/>
        <source>Select some text in the article first.</source>
        <translation>먼저 기사에서 글을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="149"/>
        <source>Edit Note</source>
        <translation>노트 편집</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="155"/>
        <source>Change Colour</source>
        <translation>색 바꾸기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="159"/>
        <source>Delete Highlight</source>
        <translation>하이라이트 삭제</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="167"/>
        <source>Mirror Highlight</source>
        <translation>하이라이트 옮겨 달기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="170"/>
        <source>Mirrored onto the translation: “%1”</source>
        <translation>번역문에도 하이라이트했습니다: “%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="183"/>
        <source>Select the text where the highlight belongs, then re-attach it.</source>
        <translation>하이라이트가 있어야 할 글을 선택한 뒤 다시 붙이세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="187"/>
        <source>Re-attach Highlight</source>
        <translation>하이라이트 다시 붙이기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="192"/>
        <source>Keep Highlight</source>
        <translation>하이라이트 유지</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="199"/>
        <location filename="../../reader/ui/annotation_controller.py" line="205"/>
        <source>Import Annotations</source>
        <translation>주석 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotation_controller.py" line="199"/>
        <source>W3C Web Annotation JSON (*.json *.jsonld)</source>
        <translation>W3C 웹 주석 JSON (*.json *.jsonld)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="207"/>
        <source>%n annotation(s) imported.</source>
        <translation>
            <numerusform>주석 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="209"/>
        <source>%n were already in the library.</source>
        <translation>
            <numerusform>%n개는 이미 보관함에 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="211"/>
        <source>%n belong to articles not in this library.</source>
        <translation>
            <numerusform>%n개는 이 보관함에 없는 기사의 주석입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotation_controller.py" line="213"/>
        <source>%n need review.</source>
        <translation>
            <numerusform>%n개는 확인이 필요합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="114"/>
        <source>Highlight and Note</source>
        <translation>하이라이트와 노트</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="124"/>
        <source>Colour:</source>
        <translation>색:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="127"/>
        <source>Your note (Markdown: **bold**, *italic*, lists, links)</source>
        <translation>노트 (마크다운: **굵게**, *기울임*, 목록, 링크)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="129"/>
        <source>Note:</source>
        <translation>노트:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="132"/>
        <source>Tags, separated by commas</source>
        <translation>태그 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="133"/>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="35"/>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="36"/>
        <source>Green</source>
        <translation>초록</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="37"/>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="38"/>
        <source>Pink</source>
        <translation>분홍</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="39"/>
        <source>Purple</source>
        <translation>보라</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="40"/>
        <source>Orange</source>
        <translation>주황</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="178"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="180"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="182"/>
        <source>Re-attach to Selection</source>
        <translation>선택 영역에 다시 붙이기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="184"/>
        <source>Select the text where this highlight belongs now, then click here</source>
        <translation>이 하이라이트가 이제 있어야 할 글을 선택한 뒤 누르세요</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="185"/>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="187"/>
        <source>The text changed under this highlight; keep it where it is now</source>
        <translation>이 하이라이트 아래 본문이 바뀌었습니다. 지금 위치에 둡니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="205"/>
        <source>No highlights yet. Select text in the article, then press H to highlight it, or N to add a note (also in the right-click menu).</source>
        <translation>아직 하이라이트가 없습니다. 기사에서 글을 선택하고 H를 누르면 하이라이트, N을 누르면 노트를 추가합니다 (오른쪽 클릭 메뉴에도 있습니다).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/annotations_ui.py" line="208"/>
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>하이라이트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="209"/>
        <source>Highlights</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="211"/>
        <source>Needs review</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="236"/>
        <source>The text changed here; it read: “%1”</source>
        <translation>본문이 바뀌었습니다. 원래 글: “%1”</translation>
    </message>
    <message>
        <location filename="../../reader/ui/annotations_ui.py" line="238"/>
        <source>Lost its place when the text changed</source>
        <translation>본문이 바뀌어 위치를 잃었습니다</translation>
    </message>
</context>
<context>
    <name>ArticleDocument</name>
    <message>
        <location filename="../../reader/ui/document.py" line="24"/>
        <source>한국어</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/document.py" line="24"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/document.py" line="96"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../reader/ui/document.py" line="109"/>
        <source>Original page</source>
        <translation>원문 페이지</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Lang</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/ui/article_model.py" line="29"/>
        <source>Match</source>
        <translation>찾은 부분</translation>
    </message>
</context>
<context>
    <name>BilingualView</name>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="236"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="261"/>
        <source>Side by Side</source>
        <translation>나란히</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="263"/>
        <source>Interleaved</source>
        <translation>번갈아</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="273"/>
        <source>Scroll:</source>
        <translation>스크롤:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="276"/>
        <source>By Sentence</source>
        <translation>문장 단위</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="276"/>
        <source>By Paragraph</source>
        <translation>문단 단위</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="277"/>
        <source>Independently</source>
        <translation>따로</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="279"/>
        <source>How the two panes follow each other when one scrolls</source>
        <translation>한쪽을 스크롤할 때 다른 쪽이 따라가는 방식</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="284"/>
        <source>Link These</source>
        <translation>서로 잇기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="285"/>
        <source>Make the sentences picked on the two sides counterparts of each other</source>
        <translation>양쪽에서 고른 문장을 서로 대응하는 문장으로 잇습니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="287"/>
        <source>Unlink</source>
        <translation>연결 끊기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="288"/>
        <source>Leave the picked group&apos;s sentences without a counterpart</source>
        <translation>고른 묶음의 문장을 대응 문장 없이 둡니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="290"/>
        <source>Merge with Next</source>
        <translation>다음 묶음과 합치기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="291"/>
        <source>Join the picked group and the one after it</source>
        <translation>고른 묶음과 그다음 묶음을 하나로 합칩니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="293"/>
        <source>Split</source>
        <translation>나누기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="294"/>
        <source>Cut the picked group in two at the picked sentence</source>
        <translation>고른 문장에서 묶음을 둘로 나눕니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="305"/>
        <source>Realign</source>
        <translation>다시 맞추기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="307"/>
        <source>Align the sentences of the two articles again</source>
        <translation>두 기사의 문장을 다시 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="311"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="313"/>
        <source>Save the pair side by side as Markdown or HTML</source>
        <translation>두 기사를 나란히 마크다운이나 HTML로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="415"/>
        <source>These look like two separate reports of the same news rather than a translation: only %1% of the figures, names and words they share fall in matching sentences. Sentence links are a guess here.</source>
        <translation>번역이 아니라 같은 소식을 따로 쓴 두 기사로 보입니다. 두 기사가 함께 쓰는 수치·이름·낱말 가운데 %1%만 대응 문장에 있습니다. 여기서 문장 연결은 추정입니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="429"/>
        <source>Export Pair</source>
        <translation>두 기사 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="429"/>
        <source>HTML page (*.html);;Markdown table (*.md)</source>
        <translation>HTML 페이지 (*.html);;마크다운 표 (*.md)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="463"/>
        <source>%1 ≠ %2 in the English text</source>
        <translation>%1 ≠ 영문 기사의 %2</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="465"/>
        <source>%1 — not in the English text</source>
        <translation>%1 — 영문 기사에 없음</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="467"/>
        <source>%1 — not in the Korean text</source>
        <translation>%1 — 한국어 기사에 없음</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="470"/>
        <source>Click to show it in the article</source>
        <translation>눌러서 기사에서 보기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="473"/>
        <source>Check the figures: %1 to verify</source>
        <translation>수치 확인: 확인할 것 %1개</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="475"/>
        <source>Check the figures: all agree</source>
        <translation>수치 확인: 모두 일치</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="476"/>
        <source>Facts matched across the languages: %1</source>
        <translation>두 언어에서 일치한 사실: %1개</translation>
    </message>
    <message>
        <location filename="../../reader/ui/bilingual_view.py" line="598"/>
        <source>(no counterpart)</source>
        <translation>(대응 문장 없음)</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="21"/>
        <source>Article Details</source>
        <translation>기사 정보</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="24"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="24"/>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="24"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="25"/>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="25"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="25"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="36"/>
        <source>한국어 (Korean)</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="36"/>
        <source>English</source>
        <translation>English (영어)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="36"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="39"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="43"/>
        <source>Export Notes</source>
        <translation>노트 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="47"/>
        <source>Export the highlights and notes of:</source>
        <translation>다음의 하이라이트와 노트를 내보냅니다:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="61"/>
        <source>Markdown — for Obsidian and other note apps</source>
        <translation>마크다운 — 옵시디언 등 노트 앱용</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="62"/>
        <source>HTML — one printable page per article</source>
        <translation>HTML — 기사마다 인쇄할 수 있는 한 쪽</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="63"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="64"/>
        <source>JSON — W3C Web Annotation, can be imported again</source>
        <translation>JSON — W3C 웹 주석, 다시 가져올 수 있음</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="65"/>
        <source>CSV — one row per highlight</source>
        <translation>CSV — 하이라이트마다 한 줄</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="66"/>
        <source>Flashcards CSV — highlighted sentence and its translation</source>
        <translation>플래시카드 CSV — 하이라이트한 문장과 그 번역</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="71"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="72"/>
        <source>Include each article&apos;s facts</source>
        <translation>기사마다 사실 정보 포함</translation>
    </message>
    <message>
        <location filename="../../reader/ui/export_dialog.py" line="79"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="25"/>
        <source>Money</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="26"/>
        <source>Percentages</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="27"/>
        <source>Counts</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="28"/>
        <source>Quantities</source>
        <translation>수량</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="29"/>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="30"/>
        <source>Organisations</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="31"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_layer.py" line="32"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <location filename="../../reader/ui/facts_panel.py" line="35"/>
        <source>Highlight facts</source>
        <translation>사실 강조</translation>
    </message>
</context>
<context>
    <name>FactsView</name>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="29"/>
        <source>Facts in the Library</source>
        <translation>보관함의 사실 정보</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="34"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="38"/>
        <source>Name or text contains…</source>
        <translation>이름이나 내용에 포함…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="40"/>
        <source>min</source>
        <translation>최소</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="42"/>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="52"/>
        <location filename="../../reader/ui/facts_view.py" line="63"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="56"/>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="63"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="63"/>
        <source>Fact</source>
        <translation>사실</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="63"/>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="63"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="80"/>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="98"/>
        <source>Finding facts in the library…</source>
        <translation>보관함에서 사실 정보를 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="98"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/facts_view.py" line="135"/>
        <source>%n fact(s)</source>
        <translation>
            <numerusform>사실 정보 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="145"/>
        <source>Export Facts</source>
        <translation>사실 정보 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/facts_view.py" line="145"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="22"/>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="23"/>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="24"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="99"/>
        <source>Glossary</source>
        <translation>용어집</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="103"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="103"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="103"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="103"/>
        <source>Other forms</source>
        <translation>다른 표기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="108"/>
        <source>Names you add here are highlighted in every article. Select a name in an article and choose Add to Glossary… from its menu, or use Add… below.</source>
        <translation>여기에 추가한 이름은 모든 기사에서 표시됩니다. 기사에서 이름을 선택한 뒤 오른쪽 클릭 메뉴의 ‘용어집에 추가…’를 고르거나 아래의 ‘추가…’를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="111"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="114"/>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
</context>
<context>
    <name>GlossaryEntryDialog</name>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="34"/>
        <source>Add to Glossary</source>
        <translation>용어집에 추가</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="48"/>
        <source>산업부, MOTIE</source>
        <translation>산업부, MOTIE</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="50"/>
        <source>&amp;Korean:</source>
        <translation>한국어(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="51"/>
        <source>&amp;English:</source>
        <translation>영어(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="52"/>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="53"/>
        <source>&amp;Other forms:</source>
        <translation>다른 표기(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../reader/ui/glossary_ui.py" line="54"/>
        <source>The name is highlighted in every article, in either language, and its two forms are matched across a Korean and an English article.</source>
        <translation>이 이름은 어느 언어로 쓰였든 모든 기사에서 표시되고, 한국어 기사와 영어 기사에서 같은 이름으로 짝지어집니다.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="22"/>
        <source>(pasted text)</source>
        <translation>(붙여넣은 텍스트)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="135"/>
        <source>Import Files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="136"/>
        <source>Articles (*.html *.htm *.md *.markdown *.txt);;HTML (*.html *.htm);;Markdown (*.md *.markdown);;Text (*.txt);;All files (*)</source>
        <translation>기사 (*.html *.htm *.md *.markdown *.txt);;HTML (*.html *.htm);;마크다운 (*.md *.markdown);;텍스트 (*.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="144"/>
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="186"/>
        <source>Counting files…</source>
        <translation>파일 수를 세는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="187"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="188"/>
        <location filename="../../reader/ui/import_controller.py" line="265"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="206"/>
        <source>Importing {n} of {total}: {name}</source>
        <translation>가져오는 중 ({n}/{total}): {name}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="237"/>
        <source>Imported 1 article.</source>
        <translation>기사 1개를 가져왔습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="237"/>
        <source>Imported %n articles.</source>
        <translation>
            <numerusform>기사 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="240"/>
        <source>1 file could not be imported.</source>
        <translation>파일 1개를 가져오지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="240"/>
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>파일 %n개를 가져오지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="243"/>
        <source>1 was already in the library.</source>
        <translation>1개는 이미 보관함에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="243"/>
        <source>%n were already in the library.</source>
        <translation>
            <numerusform>%n개는 이미 보관함에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="246"/>
        <source>1 article was updated to a newer version.</source>
        <translation>기사 1개를 새 버전으로 바꿨습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="246"/>
        <source>%n articles were updated to a newer version.</source>
        <translation>
            <numerusform>기사 %n개를 새 버전으로 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/import_controller.py" line="249"/>
        <source>%n highlight(s) need review.</source>
        <translation>
            <numerusform>하이라이트 %n개를 확인해야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="251"/>
        <source>The import was cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/import_controller.py" line="258"/>
        <source>already in the library</source>
        <translation>이미 보관함에 있음</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="602"/>
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>기사 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="137"/>
        <source>Search Korean and English…  (Ctrl+K)</source>
        <translation>한국어·영어로 검색…  (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="112"/>
        <source>Facts</source>
        <translation>사실 정보</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="123"/>
        <source>Notes</source>
        <translation>노트</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="167"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="168"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="169"/>
        <source>&amp;Article</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="170"/>
        <location filename="../../reader/ui/main_window.py" line="176"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="179"/>
        <source>&amp;Facts Panel</source>
        <translation>사실 정보 창(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="183"/>
        <source>&amp;Notes Panel</source>
        <translation>노트 패널(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="186"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <location filename="../../reader/ui/main_window.py" line="207"/>
        <source>Follow System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="188"/>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="197"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="203"/>
        <source>Interface &amp;Language</source>
        <translation>인터페이스 언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="218"/>
        <source>The interface language changes when Dual Reader is restarted.</source>
        <translation>인터페이스 언어는 Dual Reader를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="221"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="339"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="339"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>검색 결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="413"/>
        <source>Facts could not be found in this article: %1</source>
        <translation>이 기사에서 사실 정보를 찾지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="437"/>
        <source>No article matches.</source>
        <translation>조건에 맞는 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="439"/>
        <source>Your library is empty.&lt;br&gt;Drop files or folders here, or use File ▸ Import.</source>
        <translation>보관함이 비어 있습니다.&lt;br&gt;파일이나 폴더를 여기에 끌어다 놓거나 파일 ▸ 파일 가져오기를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="473"/>
        <source>The clipboard holds nothing to import.</source>
        <translation>클립보드에 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="529"/>
        <source>Glossary updated: names are highlighted in every article.</source>
        <translation>용어집을 고쳤습니다. 모든 기사에서 이름을 다시 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="547"/>
        <location filename="../../reader/ui/main_window.py" line="555"/>
        <source>No counterpart found in the library</source>
        <translation>보관함에서 짝이 되는 기사를 찾지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="603"/>
        <source>Deleted %n article(s). Undo with %1.</source>
        <translation>
            <numerusform>기사 %n개를 삭제했습니다. %1 키로 실행 취소할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="621"/>
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="624"/>
        <source>The %n selected articles</source>
        <translation>
            <numerusform>선택한 기사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="628"/>
        <source>Articles tagged “%1” (%2)</source>
        <translation>“%1” 태그가 붙은 기사 (%2개)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="633"/>
        <source>Articles matching “%1” (%2)</source>
        <translation>“%1” 검색 결과 기사 (%2개)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="635"/>
        <source>The whole library (%1 articles)</source>
        <translation>보관함 전체 (기사 %1개)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="662"/>
        <source>Export Notes</source>
        <translation>노트 내보내기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="664"/>
        <source>Exported %n highlight(s)</source>
        <translation>
            <numerusform>하이라이트 %n개를 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/main_window.py" line="666"/>
        <source>(%n without a paired sentence left out)</source>
        <translation>
            <numerusform>(짝 문장이 없는 %n개는 뺐습니다)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="716"/>
        <source>About Dual Reader</source>
        <translation>Dual Reader 정보</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../reader/ui/preferences.py" line="16"/>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="21"/>
        <location filename="../../reader/ui/preferences.py" line="32"/>
        <source>Follow System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="24"/>
        <source>Interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="25"/>
        <source>A new interface language is used from the next start.</source>
        <translation>새 화면 언어는 다음에 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="32"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="32"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="32"/>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="36"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="40"/>
        <source>Sans serif (Nanum Gothic)</source>
        <translation>고딕체 (나눔고딕)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="41"/>
        <source>Serif (Nanum Myeongjo)</source>
        <translation>명조체 (나눔명조)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="43"/>
        <source>Reading text</source>
        <translation>본문 글꼴</translation>
    </message>
    <message>
        <location filename="../../reader/ui/preferences.py" line="51"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="123"/>
        <source>Highlight</source>
        <translation>하이라이트</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="130"/>
        <source>Highlight with Note…</source>
        <translation>노트와 함께 하이라이트…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="134"/>
        <source>Add to Glossary…</source>
        <translation>용어집에 추가…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="139"/>
        <source>Edit Note…</source>
        <translation>노트 편집…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="139"/>
        <source>Add Note…</source>
        <translation>노트 추가…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="141"/>
        <source>Change Colour</source>
        <translation>색 바꾸기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="147"/>
        <source>Delete Highlight</source>
        <translation>하이라이트 삭제</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reader_view.py" line="151"/>
        <source>Mirror onto the Translation</source>
        <translation>번역문에도 하이라이트</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="54"/>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="60"/>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs.py" line="60"/>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="21"/>
        <source>한국어 (Korean)</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="22"/>
        <source>English</source>
        <translation>English (영어)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="23"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="89"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="90"/>
        <source>All articles</source>
        <translation>모든 기사</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="91"/>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="92"/>
        <source>Starred</source>
        <translation>별표</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="95"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="100"/>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../reader/ui/sidebar.py" line="106"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="153"/>
        <source>Remove tag “{name}”</source>
        <translation>“{name}” 태그 제거</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="189"/>
        <source>Add a tag…</source>
        <translation>태그 추가…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="190"/>
        <source>Add tags, separated by commas</source>
        <translation>태그 추가 (쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="191"/>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>태그를 입력하고 Enter 키를 누르세요. 여러 개는 쉼표로 구분합니다.</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="280"/>
        <source>Manage Tags</source>
        <translation>태그 관리</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="286"/>
        <location filename="../../reader/ui/tags_ui.py" line="356"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="287"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="287"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="287"/>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="301"/>
        <source>No tags yet. Add tags to an article below its text.</source>
        <translation>아직 태그가 없습니다. 기사 본문 아래에서 태그를 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="309"/>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="310"/>
        <source>&amp;Merge into…</source>
        <translation>병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="311"/>
        <source>&amp;Colour…</source>
        <translation>색상(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="312"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="376"/>
        <source>Double-click to rename</source>
        <translation>두 번 클릭하여 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="413"/>
        <source>Rename Tag</source>
        <translation>태그 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="413"/>
        <source>New name for “{name}”:</source>
        <translation>“{name}”의 새 이름:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="426"/>
        <source>Merge “{name}” into:</source>
        <translation>“{name}” 태그를 병합할 대상:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="427"/>
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>태그 %n개를 병합할 대상:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="428"/>
        <source>Merge Tags</source>
        <translation>태그 병합</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="437"/>
        <source>Tag Colour</source>
        <translation>태그 색상</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="447"/>
        <source>1 article</source>
        <translation>기사 1개</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="447"/>
        <source>%n articles</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="448"/>
        <source>Delete the tag “{name}”? It is on {articles}.</source>
        <translation>“{name}” 태그를 삭제할까요? {articles}에 붙어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/ui/tags_ui.py" line="449"/>
        <source>Delete %n tags? They are on {articles}.</source>
        <translation>
            <numerusform>태그 %n개를 삭제할까요? {articles}에 붙어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="450"/>
        <source>The articles themselves are kept.</source>
        <translation>기사는 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/tags_ui.py" line="451"/>
        <source>Delete Tags</source>
        <translation>태그 삭제</translation>
    </message>
</context>
</TS>
