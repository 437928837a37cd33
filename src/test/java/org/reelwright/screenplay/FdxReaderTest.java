package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FdxReaderTest {

    private static ParsedScript read(String xml) throws ScreenplayException {
        return new FdxReader().read(xml.getBytes(StandardCharsets.UTF_8), "test.fdx");
    }

    private static String document(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\" ?>\n"
                + "<FinalDraft DocumentType=\"Script\" Template=\"No\" Version=\"5\">\n<Content>\n" + content
                + "\n</Content>\n</FinalDraft>\n";
    }

    @Test
    void headingTextRunsAreJoinedAndNestedNotesIgnored() throws ScreenplayException {
        ParsedScript script = read(document("""
                <Paragraph Number="7" Type="Scene Heading">
                  <ScriptNote ID="1"><Paragraph><Text>Note in scene heading.</Text></Paragraph></ScriptNote>
                  <SceneProperties Length="1 3/8" Page="12" Title="">
                    <SceneArcBeats><CharacterArcBeat Name="DAVE"><Paragraph><Text>beat</Text></Paragraph>
                    </CharacterArcBeat></SceneArcBeats>
                  </SceneProperties>
                  <Text>int.  WILL</Text><Text Style="Bold">’s bedroom</Text><Text> - night</Text>
                </Paragraph>"""));
        ScriptElement heading = script.elements().get(0);
        assertEquals(1, script.elements().size());
        assertEquals("int. WILL’s bedroom - night", heading.text());
        assertEquals("7", heading.sceneNumber());
        assertEquals(new StoredSceneProperties(OptionalInt.of(11), OptionalInt.of(12)), heading.stored());
        assertEquals(4, heading.line());
    }

    @Test
    void paragraphTypesBecomeElements() throws ScreenplayException {
        ParsedScript script = read(document("""
                <Paragraph Type="General"><Text>FADE IN</Text></Paragraph>
                <Paragraph Type="Scene Heading"><Text>EXT. PARK - DAY</Text></Paragraph>
                <Paragraph Type="Action"><Text>Kay waits.</Text></Paragraph>
                <Paragraph Type="Character"><Text>edward (v.O.)</Text></Paragraph>
                <Paragraph Type="Parenthetical"><Text>(bored)</Text></Paragraph>
                <Paragraph Type="Dialogue"><Text>Hey.</Text></Paragraph>
                <Paragraph Type="Transition"><Text>CUT TO:</Text></Paragraph>
                <Paragraph Type="Shot"><Text>ANGLE ON KAY</Text></Paragraph>"""));
        assertEquals(List.of(ElementKind.ACTION, ElementKind.SCENE_HEADING, ElementKind.ACTION, ElementKind.CHARACTER,
                ElementKind.PARENTHETICAL, ElementKind.DIALOGUE, ElementKind.TRANSITION, ElementKind.ACTION),
                script.elements().stream().map(ScriptElement::kind).toList());
        assertEquals("EDWARD (V.O.)", script.elements().get(3).text(), "Final Draft prints cues in capitals");
    }

    @Test
    void secondCueOfDualDialogueIsMarked() throws ScreenplayException {
        ParsedScript script = read(document("""
                <Paragraph><DualDialogue>
                  <Paragraph Type="Character"><Text>BRICK</Text></Paragraph>
                  <Paragraph Type="Dialogue"><Text>Yes.</Text></Paragraph>
                  <Paragraph Type="Character"><Text>STEEL</Text></Paragraph>
                  <Paragraph Type="Dialogue"><Text>No.</Text></Paragraph>
                </DualDialogue></Paragraph>"""));
        assertEquals(List.of(false, false, true, false),
                script.elements().stream().map(ScriptElement::dualDialogue).toList());
    }

    @Test
    void titleIsTheFirstNonEmptyTitlePageParagraph() throws ScreenplayException {
        String xml = "<FinalDraft><Content/><TitlePage><Content>"
                + "<Paragraph><Text></Text></Paragraph><Paragraph><Text>Big </Text><Text>Fish</Text></Paragraph>"
                + "<Paragraph><Text>written by</Text></Paragraph></Content></TitlePage></FinalDraft>";
        assertEquals("Big Fish", read(xml).title());
    }

    @Test
    void unusableNumberAndLengthBecomeWarnings() throws ScreenplayException {
        ParsedScript script = read(document("<Paragraph Number=\"12 and a half\" Type=\"Scene Heading\">"
                + "<SceneProperties Length=\"long\" Page=\"x\"/><Text>INT. A - DAY</Text></Paragraph>"));
        ScriptElement heading = script.elements().get(0);
        assertEquals("", heading.sceneNumber());
        assertEquals(StoredSceneProperties.NONE, heading.stored());
        assertEquals(2, script.warnings().size(), script.warnings().toString());
    }

    @Test
    void utf16DocumentWithByteOrderMarkIsRead() throws ScreenplayException {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<FinalDraft><Content>"
                + "<Paragraph Type=\"Scene Heading\"><Text>内景 茶馆 - 夜</Text></Paragraph>"
                + "<Paragraph Type=\"Character\"><Text>老板</Text></Paragraph></Content></FinalDraft>";
        ParsedScript script = new FdxReader().read(xml.getBytes(StandardCharsets.UTF_16LE), "茶馆.fdx");
        assertEquals(List.of("内景 茶馆 - 夜", "老板"), script.elements().stream().map(ScriptElement::text).toList());
    }

    @Test
    void externalEntityFileIsRefusedFast() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE FinalDraft [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <FinalDraft><Content><Paragraph Type="Action"><Text>&secret;</Text></Paragraph></Content></FinalDraft>
                """;
        ScreenplayException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ScreenplayException.class, () -> read(xxe)));
        assertTrue(e.getMessage().startsWith("test.fdx: line 2: the file declares a DOCTYPE"), e.getMessage());
    }

    @Test
    void billionLaughsFileIsRefusedFast() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [\n"
                + "<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        xml.append("]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&lol9;</Text></Paragraph>"
                + "</Content></FinalDraft>");
        ScreenplayException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ScreenplayException.class, () -> read(xml.toString())));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void externalDtdIsRefusedWithoutFetchingIt() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft SYSTEM \"http://192.0.2.1/fd.dtd\">\n"
                + "<FinalDraft/>";
        ScreenplayException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(ScreenplayException.class, () -> read(xml)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    /**
     * Found by fuzzing: a control character inside a DTD makes the JDK parser throw MissingResourceException (its
     * message for the error is missing) instead of XMLStreamException. It must still end as the documented error.
     */
    @Test
    void controlCharacterInsideADtdIsRefusedLikeAnyMalformedXml() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [<!ENTITY x SYSTEM\u0006 \"file:///etc/hostname\">]>"
                + "\n<FinalDraft/>";
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("test.fdx: "), e.getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String xml = "<FinalDraft>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</FinalDraft>";
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("nested more than " + FdxReader.MAX_DEPTH), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not XML at all              | This is not XML.                         | not well-formed XML
            unclosed element            | <FinalDraft><Content>                    | not well-formed XML
            undeclared entity           | <FinalDraft>&nope;</FinalDraft>          | not well-formed XML
            another XML document        | <html><body/></html>                     | not a Final Draft document
            """)
    void malformedOrForeignXmlIsRefusedWithAClearMessage(String what, String xml, String expected) {
        ScreenplayException e = assertThrows(ScreenplayException.class, () -> read(xml));
        assertTrue(e.getMessage().startsWith("test.fdx: ") && e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void bytesNotValidInTheEncodingAreRefusedWithTheirLineAndNothingOnTheTerminal() throws Exception {
        byte[] good = document("<Paragraph Type=\"Scene Heading\"><Text>INT. X - DAY</Text></Paragraph>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
        int at = new String(good, StandardCharsets.UTF_8).indexOf("INT.");
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        bad[at] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        java.io.PrintStream terminal = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ScreenplayException e = assertThrows(ScreenplayException.class, () -> new FdxReader().read(bad, "t.fdx"));
            assertTrue(e.getMessage().startsWith("t.fdx: line 4") && e.getMessage().contains("not valid UTF-8"),
                    e.getMessage());
        } finally {
            System.setErr(terminal);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the parser printed nothing");
    }

    @Test
    void theEncodingTheDeclarationNamesIsUsed() throws ScreenplayException {
        String xml = document("<Paragraph Type=\"Scene Heading\"><Text>INT. CAF\u00c9 - DAY</Text></Paragraph>")
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        ParsedScript script = new FdxReader().read(xml.getBytes(StandardCharsets.ISO_8859_1), "latin.fdx");
        assertTrue(script.elements().get(0).text().contains("CAF\u00c9"), script.elements().get(0).text());
    }
}
