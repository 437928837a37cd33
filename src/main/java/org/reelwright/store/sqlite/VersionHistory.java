package org.reelwright.store.sqlite;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.store.ProductionCodec;
import org.reelwright.store.ProductionStore.SnapshotInfo;
import org.reelwright.store.ProjectFileException;

/**
 * The snapshot table of schema V2: whole productions as the codec writes them, gzip-compressed (a 10,000-shot
 * production is 3.4 MB of JSON and 0.42 MB compressed). Runs inside the caller's transaction.
 */
final class VersionHistory {
    static final String GZIP = "gzip";

    /** A snapshot row as stored, content still encoded; what a damaged workspace's history is carried over as. */
    record StoredSnapshot(SnapshotInfo info, String encoding, byte[] content) {
    }

    private static final String INFO_COLUMNS = "id, production_id, taken_at, label, automatic, summary";

    private final Connection connection;
    private final ProductionCodec codec;

    VersionHistory(Connection connection, ProductionCodec codec) {
        this.connection = connection;
        this.codec = codec;
    }

    SnapshotInfo add(Production production, String label, boolean automatic, Instant taken) throws SQLException {
        byte[] content = gzip(codec.encode(production));
        String summary = summary(production);
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO snapshot (production_id, taken_at,"
                + " label, automatic, summary, encoding, content) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, production.id().toString());
            s.setLong(2, taken.toEpochMilli());
            s.setString(3, label);
            s.setInt(4, automatic ? 1 : 0);
            s.setString(5, summary);
            s.setString(6, GZIP);
            s.setBytes(7, content);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new SnapshotInfo(keys.getLong(1), production.id(), Instant.ofEpochMilli(taken.toEpochMilli()),
                        label, automatic, summary);
            }
        }
    }

    /** Stores a snapshot carried over from another workspace file under its old id, time and label. */
    void addStored(StoredSnapshot snapshot) throws SQLException {
        SnapshotInfo info = snapshot.info();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO snapshot (" + INFO_COLUMNS
                + ", encoding, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, info.id());
            s.setString(2, info.production().toString());
            s.setLong(3, info.taken().toEpochMilli());
            s.setString(4, info.label());
            s.setInt(5, info.automatic() ? 1 : 0);
            s.setString(6, info.summary());
            s.setString(7, snapshot.encoding());
            s.setBytes(8, snapshot.content());
            s.executeUpdate();
        }
    }

    /** Newest first. */
    List<SnapshotInfo> list(ProductionId production) throws SQLException {
        List<SnapshotInfo> infos = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + INFO_COLUMNS
                + " FROM snapshot WHERE production_id = ? ORDER BY taken_at DESC, id DESC")) {
            s.setString(1, production.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    infos.add(info(r));
                }
            }
        }
        return infos;
    }

    /** Every snapshot id, oldest first; reading them one by one lets a damaged file yield the rows it still can. */
    List<Long> ids() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id FROM snapshot ORDER BY id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    Optional<StoredSnapshot> find(long id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT " + INFO_COLUMNS
                + ", encoding, content FROM snapshot WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredSnapshot(info(r), r.getString(7), r.getBytes(8)));
            }
        }
    }

    Production decode(StoredSnapshot snapshot) throws ProjectFileException {
        String name = "version " + snapshot.info().id() + " (" + snapshot.info().label() + ")";
        if (!GZIP.equals(snapshot.encoding())) {
            throw new ProjectFileException(name + ": unknown encoding '" + snapshot.encoding()
                    + "'; it was written by a newer Reelwright");
        }
        byte[] content;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(snapshot.content()))) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new ProjectFileException(name + ": the stored content is damaged (" + e.getMessage() + ")", e);
        }
        return codec.decode(content, name);
    }

    /** What a History panel shows next to the label: the production's size when the snapshot was taken. */
    static String summary(Production production) {
        int scenes = production.scenes().size();
        int shots = production.shotCount();
        return scenes + (scenes == 1 ? " scene, " : " scenes, ") + shots + (shots == 1 ? " shot" : " shots");
    }

    private static SnapshotInfo info(ResultSet r) throws SQLException {
        return new SnapshotInfo(r.getLong(1), ProductionId.parse(r.getString(2)), Instant.ofEpochMilli(r.getLong(3)),
                r.getString(4), r.getInt(5) != 0, r.getString(6));
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, content.length / 8));
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
