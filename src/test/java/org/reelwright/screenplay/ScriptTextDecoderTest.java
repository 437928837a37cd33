package org.reelwright.screenplay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTextDecoderTest {

    private static final String TEXT = "INT. 茶馆 - 夜\n\n@角色1\n你好。";

    @ParameterizedTest(name = "{0} with BOM {1}")
    @CsvSource({"UTF-8, ''", "UTF-8, EFBBBF", "UTF-16BE, FEFF", "UTF-16LE, FFFE"})
    void decodesUtf8AndTheUtf16sTheByteOrderMarkNames(String charset, String bom) throws ScreenplayException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < bom.length(); i += 2) {
            bytes.write(Integer.parseInt(bom.substring(i, i + 2), 16));
        }
        bytes.writeBytes(TEXT.getBytes(Charset.forName(charset)));
        assertEquals(TEXT, ScriptTextDecoder.decode(bytes.toByteArray(), "zh.fountain"));
    }

    @Test
    void invalidUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "Line one\nCaf\u00e9 on line two".getBytes(StandardCharsets.ISO_8859_1);
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> ScriptTextDecoder.decode(latin1, "old.fountain"));
        assertEquals(2, e.line().orElseThrow());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
    }

    @Test
    void nulBytesMeanABinaryFile() {
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> ScriptTextDecoder.decode(new byte[] {'I', 'N', 'T', 0, 1, 2}, "x.fountain"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void manyControlCharactersMeanABinaryFile() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        ScreenplayException e = assertThrows(ScreenplayException.class,
                () -> ScriptTextDecoder.decode(bytes, "x.fountain"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
