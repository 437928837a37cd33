package org.reelwright.store.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.reelwright.domain.Production;
import org.reelwright.domain.ShotDisclosureMap;
import org.reelwright.store.AtomicFiles;
import org.reelwright.store.DisclosureFiles;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.ProductionJson.DisclosureDto;

/**
 * The register and the shot disclosure map as JSON, for a distributor's or an insurer's own tools. The register is
 * written in the project file's own shape ({@code disclosure}: entries and consents), so what one reads the other
 * reads; both files carry the production's id and title.
 */
public final class JsonDisclosureFiles implements DisclosureFiles {
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record RegisterFile(int schemaVersion, String production, String title, DisclosureDto disclosure) {
    }

    record MapFile(int schemaVersion, String production, String title, int fps, double runtimeSeconds,
            String runtime, List<MapRow> shots) {
    }

    record MapRow(String scene, String shot, String shotId, String start, String end, double startSeconds,
            double endSeconds, String aiContribution, double frameShare, boolean realisticFaces) {
    }

    @Override
    public void exportShotMap(Production production, Path file) throws ProjectFileException {
        ShotDisclosureMap map = ShotDisclosureMap.of(production);
        List<MapRow> rows = map.rows().stream().map(r -> new MapRow(r.sceneNumber(), r.shotNumber(),
                r.shotId().toString(), r.startTimecode(), r.endTimecode(), r.startSeconds(), r.endSeconds(),
                r.contribution().id(), r.frameShare(), r.realisticFaces())).toList();
        write(new MapFile(JsonProductionFiles.SCHEMA_VERSION, production.id().toString(), production.title(),
                ShotDisclosureMap.FPS, map.runtimeSeconds(), ShotDisclosureMap.timecode(map.runtimeSeconds()), rows),
                file);
    }

    @Override
    public void exportRegister(Production production, Path file) throws ProjectFileException {
        write(new RegisterFile(JsonProductionFiles.SCHEMA_VERSION, production.id().toString(), production.title(),
                JsonProductionFiles.toDto(production.disclosure())), file);
    }

    private void write(Object value, Path file) throws ProjectFileException {
        try {
            byte[] bytes = mapper.writeValueAsBytes(value);
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the disclosure's own records always serialise", e);
        } catch (IOException e) {
            throw new ProjectFileException(ProjectFileException.words("file.about", String.valueOf(file.getFileName()),
                    ProjectFileException.words("file.cannotWrite", String.valueOf(e.getMessage()))), e);
        }
    }
}
