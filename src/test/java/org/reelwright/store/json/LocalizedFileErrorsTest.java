package org.reelwright.store.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.csv.ShotListCsv;
import org.reelwright.store.csv.ShotListCsvException;

/** A broken project or shot-list file is reported in the user's language; the English message is unchanged. */
class LocalizedFileErrorsTest {
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final JsonProductionFiles files = new JsonProductionFiles();

    @Test
    void brokenJsonNamesLineAndColumnInChinese() {
        byte[] broken = "{\n  \"schemaVersion\": 1,\n  \"title\": \n}".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.parse(broken, "film.json"));
        assertTrue(e.getMessage().matches("film\\.json: line 4, column 1: not valid JSON \\(.+\\)"), e.getMessage());
        String chinese = e.message(CHINESE);
        assertTrue(chinese.matches("film\\.json：第 4 行第 1 列：不是有效的 JSON（.+）"), chinese);
    }

    @Test
    void newerSchemaIsExplainedInChinese() {
        byte[] newer = "{\"schemaVersion\": 99}".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.parse(newer, "film.json"));
        assertEquals("film.json: written by a newer Reelwright (schema version 99; this version reads up to 1); "
                + "update Reelwright to open it", e.getMessage());
        assertEquals("film.json：此文件由更新版本的 Reelwright 写入（格式版本 99；本版本最多可读 1）；"
                + "请更新 Reelwright 后再打开", e.message(CHINESE));
    }

    @Test
    void invalidValueInTheFileNamesPathShotAndFieldInChinese() {
        String json = new String(files.toBytes(production()), StandardCharsets.UTF_8)
                .replaceFirst("\"durationSeconds\" : [0-9.]+", "\"durationSeconds\" : -3");
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> files.parse(json.getBytes(StandardCharsets.UTF_8), "film.json"));
        assertEquals("film.json, scenes[0].shots[0]: Shot 12A: duration must be between 0.1 and 600 seconds, got -3",
                e.getMessage());
        assertEquals("film.json，scenes[0].shots[0]：镜头 12A：时长必须在 0.1 到 600 秒之间，实际为 -3",
                e.message(CHINESE));
    }

    @Test
    void missingFieldIsNamedInChinese() {
        byte[] noScenes = "{\"schemaVersion\": 1, \"title\": \"x\"}".getBytes(StandardCharsets.UTF_8);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> files.parse(noScenes, "film.json"));
        assertEquals("film.json: missing field 'scenes'", e.getMessage());
        assertEquals("film.json：缺少字段“scenes”", e.message(CHINESE));
    }

    @Test
    void badShotListCellIsToldInChinese() {
        byte[] csv = "scene,shot,faces\n1,1A,maybe\n".getBytes(StandardCharsets.UTF_8);
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> new ShotListCsv().importInto(production(), csv, "shots.csv"));
        assertEquals("shots.csv: line 2, column faces: 'maybe' is not allowed; use yes or no", e.getMessage());
        assertEquals("shots.csv：第 2 行，faces 列：“maybe”不是允许的值；请填写 yes 或 no", e.message(CHINESE));
    }

    @Test
    void shotListRowTheDomainRefusesIsToldInChinese() {
        byte[] csv = "scene,shot,duration\n1,1A,900\n".getBytes(StandardCharsets.UTF_8);
        ShotListCsvException e = assertThrows(ShotListCsvException.class,
                () -> new ShotListCsv().importInto(production(), csv, "shots.csv"));
        assertTrue(e.message(CHINESE).startsWith("shots.csv：第 2 行，duration 列：镜头 1A：时长必须在 0.1 到 600 秒之间"),
                e.message(CHINESE));
        assertTrue(e.getMessage().startsWith("shots.csv: line 2, column duration: Shot 1A: duration must be between"),
                e.getMessage());
    }

    private static Production production() {
        Scene scene = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.INT, "ARCHIVE", TimeOfDay.NIGHT), 8,
                List.of(), "", List.of(Shot.starter("12A", "Lin Yue at the window", 6)));
        return Production.blank("Test", LocalDate.of(2027, 3, 1)).withScenes(List.of(scene));
    }
}
