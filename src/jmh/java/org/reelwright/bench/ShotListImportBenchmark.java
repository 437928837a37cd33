package org.reelwright.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.store.csv.ShotListCsv;
import org.reelwright.store.csv.ShotListCsvException;
import org.reelwright.store.csv.ShotListImport;

/**
 * A shot-list CSV of {@code rows} rows merged into a production (issue 15, item 7): every row a new shot of one of
 * {@code scenes} scenes, all columns filled, a third of the descriptions starting with a formula character. With one
 * scene, the import scanned the scene's shots per row (50,000 rows: 35.6 s); it should grow linearly with the rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShotListImportBenchmark {
    @Param({"100000"})
    int rows;

    @Param({"1", "100"})
    int scenes;

    private Production production;
    private byte[] csv;
    private final ShotListCsv reader = new ShotListCsv();

    @Setup
    public void setUp() {
        List<Scene> list = new ArrayList<>();
        for (int s = 1; s <= scenes; s++) {
            list.add(new Scene(SceneId.random(), Integer.toString(s), new SceneHeading(IntExt.INT, "STUDIO " + s,
                    TimeOfDay.DAY), 8, List.of(), "", List.of()));
        }
        production = Production.blank("Import", LocalDate.of(2027, 3, 1)).withScenes(list);
        StringBuilder b = new StringBuilder("scene,shot,description,size,movement,duration,vfx,method,faces,notes\n");
        for (int i = 0; i < rows; i++) {
            b.append(1 + i % scenes).append(',').append(i + 1).append(',')
                    .append(i % 3 == 0 ? "'=take " : "take ").append(i).append(",close-up,pan-tilt,4.5,simple,")
                    .append("live-action,yes,note ").append(i).append('\n');
        }
        csv = b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public ShotListImport import100kRows() throws ShotListCsvException {
        return reader.importInto(production, csv, "shots.csv");
    }
}
