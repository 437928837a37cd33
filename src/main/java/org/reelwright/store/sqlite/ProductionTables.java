package org.reelwright.store.sqlite;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.reelwright.domain.AiToolCategory;
import org.reelwright.domain.CameraMovement;
import org.reelwright.domain.ExchangeRates;
import org.reelwright.domain.Genre;
import org.reelwright.domain.IntExt;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.PayTerms;
import org.reelwright.domain.Production;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.ProductionMethod;
import org.reelwright.domain.RateOverride;
import org.reelwright.domain.Scene;
import org.reelwright.domain.SceneHeading;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.Shot;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.ShotSize;
import org.reelwright.domain.StageDependency;
import org.reelwright.domain.StageId;
import org.reelwright.domain.StagePlan;
import org.reelwright.domain.TimeOfDay;
import org.reelwright.domain.VfxLevel;
import org.reelwright.domain.VisualStyle;
import org.reelwright.domain.Workflow;
import org.reelwright.store.ProductionStore.Summary;
import org.reelwright.store.sqlite.ProductionChanges.PlacedScene;
import org.reelwright.store.sqlite.ProductionChanges.PlacedShot;
import org.reelwright.store.sqlite.ProductionChanges.SceneMove;
import org.reelwright.store.sqlite.ProductionChanges.ShotMove;

/**
 * Productions in the normalized tables of schema V1: reads one whole, lists them cheaply, writes a new one whole
 * and an edit row by row. Runs inside the caller's transaction and never commits; an unexpected row count (an edit
 * whose {@code before} is not what is stored) fails with {@link OutOfStepException} so the caller rolls back.
 * Storage conventions are in the V1 migration and ADR 0004.
 */
final class ProductionTables {

    /** The stored rows are not the {@code before} an edit was computed from. */
    static final class OutOfStepException extends Exception {
        OutOfStepException(String message) {
            super(message);
        }
    }

    private static final String SHOT_COLUMNS = "number, description, size, movement, duration_seconds, vfx, method,"
            + " realistic_faces, notes";
    private static final String SCENE_COLUMNS = "number, int_ext, location, time_of_day, length_eighths, characters,"
            + " synopsis";
    private static final String PRODUCTION_COLUMNS = "title, logline, genre, visual_style, target_runtime_minutes,"
            + " currency, start_date, working_days, holidays, contingency_percent, dubbing_languages,"
            + " subtitle_languages, festival_submissions, pay_model, author, draft_date";

    /** A stage's pay terms, one column per {@link PayCategory} in declaration order (V3). */
    private static final String PAY_COLUMNS = "pay_crew, pay_cast, pay_location, pay_equipment";

    private final Connection connection;

    ProductionTables(Connection connection) {
        this.connection = connection;
    }

    boolean exists(ProductionId id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM production WHERE id = ?")) {
            s.setString(1, id.toString());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Summaries with counts from the indexes, without reading a single shot row. */
    List<Summary> list() throws SQLException {
        List<Summary> summaries = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT p.id, p.title, p.modified_at,"
                + " (SELECT count(*) FROM scene c WHERE c.production_id = p.id),"
                + " (SELECT count(*) FROM shot t WHERE t.production_id = p.id)"
                + " FROM production p ORDER BY p.modified_at DESC, p.title");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                summaries.add(new Summary(ProductionId.parse(r.getString(1)), r.getString(2), r.getInt(4),
                        r.getInt(5), Instant.ofEpochMilli(r.getLong(3))));
            }
        }
        return summaries;
    }

    void insert(Production p, long now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO production (id, " + PRODUCTION_COLUMNS
                + ", created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, p.id().toString());
            int next = bindProductionColumns(s, 2, p);
            s.setLong(next, now);
            s.setLong(next + 1, now);
            s.executeUpdate();
        }
        insertExchangeRates(p);
        insertDependencies(p);
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO stage_plan (production_id, stage,"
                + " workflow, ai_tool, ai_share, team_size, iteration_allowance, real_performer_likeness, "
                + PAY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StagePlan plan : p.stages().values()) {
                s.setString(1, p.id().toString());
                s.setString(2, plan.stage().id());
                bindPlanColumns(s, 3, plan);
                s.addBatch();
            }
            s.executeBatch();
        }
        for (StagePlan plan : p.stages().values()) {
            insertRateOverrides(p.id(), plan);
        }
        List<PlacedScene> scenes = new ArrayList<>();
        List<PlacedShot> shots = new ArrayList<>();
        for (int i = 0; i < p.scenes().size(); i++) {
            Scene scene = p.scenes().get(i);
            scenes.add(new PlacedScene(scene, i));
            for (int k = 0; k < scene.shots().size(); k++) {
                shots.add(new PlacedShot(scene.shots().get(k), scene.id(), k));
            }
        }
        insertScenes(p.id(), scenes);
        insertShots(p.id(), shots);
        new DisclosureTables(connection).insert(p.id(), p.disclosure());
        new ShootPlanTables(connection).insert(p.id(), p.shootPlan());
    }

    /** Writes an edit; {@code after} supplies the production's own columns when they changed. */
    void apply(ProductionChanges changes, Production after, long now) throws SQLException, OutOfStepException {
        ProductionId id = changes.production();
        if (changes.fieldsChanged()) {
            try (PreparedStatement s = connection.prepareStatement("UPDATE production SET ("
                    + PRODUCTION_COLUMNS + ", modified_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " WHERE id = ?")) {
                int next = bindProductionColumns(s, 1, after);
                s.setLong(next, now);
                s.setString(next + 1, id.toString());
                expectOne(s.executeUpdate(), "production " + after.title());
            }
        } else {
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE production SET modified_at = ? WHERE id = ?")) {
                s.setLong(1, now);
                s.setString(2, id.toString());
                expectOne(s.executeUpdate(), "production " + after.title());
            }
        }
        if (changes.exchangeRatesChanged()) {
            delete("DELETE FROM exchange_rate WHERE production_id = ?", id);
            insertExchangeRates(after);
        }
        if (changes.dependenciesChanged()) {
            delete("DELETE FROM stage_dependency WHERE production_id = ?", id);
            insertDependencies(after);
        }
        if (!changes.changedStagePlans().isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement("UPDATE stage_plan SET (workflow, ai_tool,"
                    + " ai_share, team_size, iteration_allowance, real_performer_likeness, " + PAY_COLUMNS
                    + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " WHERE production_id = ? AND stage = ?")) {
                for (StagePlan plan : changes.changedStagePlans()) {
                    int next = bindPlanColumns(s, 1, plan);
                    s.setString(next, id.toString());
                    s.setString(next + 1, plan.stage().id());
                    expectOne(s.executeUpdate(), "stage " + plan.stage().id());
                }
            }
        }
        for (StagePlan plan : changes.changedRateOverrides()) {
            try (PreparedStatement s = connection.prepareStatement(
                    "DELETE FROM rate_override WHERE production_id = ? AND stage = ?")) {
                s.setString(1, id.toString());
                s.setString(2, plan.stage().id());
                s.executeUpdate();
            }
            insertRateOverrides(id, plan);
        }
        // Order matters for the foreign keys: new scenes before the shots moving into them, and shots moved out
        // of a deleted scene before the delete cascades to whatever is left in it.
        insertScenes(id, changes.insertedScenes());
        updateScenes(id, changes.updatedScenes());
        moveScenes(id, changes.movedScenes());
        insertShots(id, changes.insertedShots());
        updateShots(id, changes.updatedShots());
        moveShots(id, changes.movedShots());
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM shot WHERE production_id = ? AND id = ?")) {
            for (ShotId shot : changes.deletedShots()) {
                s.setString(1, id.toString());
                s.setString(2, shot.toString());
                expectOne(s.executeUpdate(), "shot " + shot);
            }
        }
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM scene WHERE production_id = ? AND id = ?")) {
            for (SceneId scene : changes.deletedScenes()) {
                s.setString(1, id.toString());
                s.setString(2, scene.toString());
                expectOne(s.executeUpdate(), "scene " + scene);
            }
        }
        if (changes.disclosureChanged()) {
            new DisclosureTables(connection).replace(id, after.disclosure());
        }
        if (changes.shootPlanBefore() != null) {
            new ShootPlanTables(connection).write(id, changes.shootPlanBefore(), after.shootPlan());
        }
    }

    /** Deletes a production; the foreign keys cascade to all of its rows and its version history. */
    boolean delete(ProductionId id) throws SQLException {
        return delete("DELETE FROM production WHERE id = ?", id) > 0;
    }

    Optional<Production> load(ProductionId id) throws SQLException {
        String key = id.toString();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + PRODUCTION_COLUMNS
                + " FROM production WHERE id = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Currency currency = Currency.getInstance(r.getString(6));
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (String day : ListColumn.decode(r.getString(8))) {
                    days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
                }
                List<LocalDate> holidays = new ArrayList<>();
                for (String day : ListColumn.decode(r.getString(9))) {
                    holidays.add(LocalDate.parse(day));
                }
                return Optional.of(new Production(id, r.getString(1), r.getString(2), Genre.fromId(r.getString(3)),
                        VisualStyle.fromId(r.getString(4)), r.getDouble(5), currency,
                        new ExchangeRates(currency, loadExchangeRates(key)), LocalDate.parse(r.getString(7)), days,
                        holidays, r.getDouble(10), ListColumn.decode(r.getString(11)),
                        ListColumn.decode(r.getString(12)), r.getInt(13), loadScenes(key), loadStagePlans(key),
                        loadDependencies(key), PayModel.fromId(r.getString(14)), r.getString(15),
                        r.getString(16), new DisclosureTables(connection).load(key),
                        new ShootPlanTables(connection).load(id)));
            }
        }
    }

    private Map<String, BigDecimal> loadExchangeRates(String production) throws SQLException {
        Map<String, BigDecimal> rates = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT currency, per_unit FROM exchange_rate WHERE production_id = ?")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rates.put(r.getString(1), new BigDecimal(r.getString(2)));
                }
            }
        }
        return rates;
    }

    private List<StageDependency> loadDependencies(String production) throws SQLException {
        List<StageDependency> links = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT before_stage, after_stage, lag_days"
                + " FROM stage_dependency WHERE production_id = ? ORDER BY position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    links.add(new StageDependency(StageId.fromId(r.getString(1)), StageId.fromId(r.getString(2)),
                            r.getInt(3)));
                }
            }
        }
        return links;
    }

    private Map<StageId, StagePlan> loadStagePlans(String production) throws SQLException {
        Map<StageId, List<RateOverride>> overrides = new EnumMap<>(StageId.class);
        try (PreparedStatement s = connection.prepareStatement("SELECT stage, benchmark_id, low, likely, high, note"
                + " FROM rate_override WHERE production_id = ? ORDER BY stage, position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    overrides.computeIfAbsent(StageId.fromId(r.getString(1)), k -> new ArrayList<>())
                            .add(new RateOverride(r.getString(2), new BigDecimal(r.getString(3)),
                                    new BigDecimal(r.getString(4)), new BigDecimal(r.getString(5)),
                                    r.getString(6)));
                }
            }
        }
        Map<StageId, StagePlan> plans = new EnumMap<>(StageId.class);
        try (PreparedStatement s = connection.prepareStatement("SELECT stage, workflow, ai_tool, ai_share,"
                + " team_size, iteration_allowance, real_performer_likeness, " + PAY_COLUMNS + " FROM stage_plan"
                + " WHERE production_id = ?")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StageId stage = StageId.fromId(r.getString(1));
                    String tool = r.getString(3);
                    plans.put(stage, new StagePlan(stage, Workflow.fromId(r.getString(2)),
                            tool == null ? null : AiToolCategory.fromId(tool), r.getDouble(4), r.getInt(5),
                            r.getDouble(6), r.getInt(7) != 0, overrides.getOrDefault(stage, List.of()),
                            payTerms(r, 8)));
                }
            }
        }
        return plans;
    }

    private List<Scene> loadScenes(String production) throws SQLException {
        Map<String, List<Shot>> shotsByScene = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT scene_id, id, " + SHOT_COLUMNS
                + " FROM shot WHERE production_id = ? ORDER BY scene_id, position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                String currentScene = null;
                List<Shot> current = null;
                while (r.next()) {
                    String scene = r.getString(1);
                    if (!scene.equals(currentScene)) {
                        currentScene = scene;
                        current = new ArrayList<>();
                        shotsByScene.put(scene, current);
                    }
                    current.add(new Shot(ShotId.parse(r.getString(2)), r.getString(3), r.getString(4),
                            ShotSize.fromId(r.getString(5)), CameraMovement.fromId(r.getString(6)), r.getDouble(7),
                            VfxLevel.fromId(r.getString(8)), ProductionMethod.fromId(r.getString(9)),
                            r.getInt(10) != 0, r.getString(11)));
                }
            }
        }
        List<Scene> scenes = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, " + SCENE_COLUMNS
                + " FROM scene WHERE production_id = ? ORDER BY position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    scenes.add(new Scene(SceneId.parse(id), r.getString(2), new SceneHeading(
                            IntExt.fromId(r.getString(3)), r.getString(4), TimeOfDay.fromId(r.getString(5))),
                            r.getInt(6), ListColumn.decode(r.getString(7)), r.getString(8),
                            shotsByScene.getOrDefault(id, List.of())));
                }
            }
        }
        return scenes;
    }

    private void insertExchangeRates(Production p) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT INTO exchange_rate (production_id, currency, per_unit) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, BigDecimal> rate : p.exchangeRates().perUnit().entrySet()) {
                s.setString(1, p.id().toString());
                s.setString(2, rate.getKey());
                s.setString(3, rate.getValue().toString());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertDependencies(Production p) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO stage_dependency (production_id,"
                + " position, before_stage, after_stage, lag_days) VALUES (?, ?, ?, ?, ?)")) {
            List<StageDependency> links = p.dependencies();
            for (int i = 0; i < links.size(); i++) {
                s.setString(1, p.id().toString());
                s.setInt(2, i);
                s.setString(3, links.get(i).before().id());
                s.setString(4, links.get(i).after().id());
                s.setInt(5, links.get(i).lagDays());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertRateOverrides(ProductionId production, StagePlan plan) throws SQLException {
        if (plan.rateOverrides().isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO rate_override (production_id, stage,"
                + " position, benchmark_id, low, likely, high, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<RateOverride> overrides = plan.rateOverrides();
            for (int i = 0; i < overrides.size(); i++) {
                RateOverride o = overrides.get(i);
                s.setString(1, production.toString());
                s.setString(2, plan.stage().id());
                s.setInt(3, i);
                s.setString(4, o.benchmarkId());
                // toString, not toPlainString: it keeps the scale exactly, so 12.50 reads back as 12.50.
                s.setString(5, o.low().toString());
                s.setString(6, o.likely().toString());
                s.setString(7, o.high().toString());
                s.setString(8, o.note());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertScenes(ProductionId production, List<PlacedScene> scenes) throws SQLException {
        if (scenes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO scene (production_id, id, position, "
                + SCENE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlacedScene placed : scenes) {
                s.setString(1, production.toString());
                s.setString(2, placed.scene().id().toString());
                s.setInt(3, placed.position());
                bindSceneColumns(s, 4, placed.scene());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void updateScenes(ProductionId production, List<PlacedScene> scenes)
            throws SQLException, OutOfStepException {
        if (scenes.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("UPDATE scene SET (position, " + SCENE_COLUMNS
                + ") = (?, ?, ?, ?, ?, ?, ?, ?) WHERE production_id = ? AND id = ?")) {
            for (PlacedScene placed : scenes) {
                s.setInt(1, placed.position());
                int next = bindSceneColumns(s, 2, placed.scene());
                s.setString(next, production.toString());
                s.setString(next + 1, placed.scene().id().toString());
                expectOne(s.executeUpdate(), "scene " + placed.scene().number());
            }
        }
    }

    private void moveScenes(ProductionId production, List<SceneMove> moves) throws SQLException, OutOfStepException {
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE scene SET position = ? WHERE production_id = ? AND id = ?")) {
            for (SceneMove move : moves) {
                s.setInt(1, move.position());
                s.setString(2, production.toString());
                s.setString(3, move.scene().toString());
                expectOne(s.executeUpdate(), "scene " + move.scene());
            }
        }
    }

    private void insertShots(ProductionId production, List<PlacedShot> shots) throws SQLException {
        if (shots.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO shot (production_id, id, scene_id,"
                + " position, " + SHOT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (PlacedShot placed : shots) {
                s.setString(1, production.toString());
                s.setString(2, placed.shot().id().toString());
                s.setString(3, placed.scene().toString());
                s.setInt(4, placed.position());
                bindShotColumns(s, 5, placed.shot());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void updateShots(ProductionId production, List<PlacedShot> shots)
            throws SQLException, OutOfStepException {
        if (shots.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement("UPDATE shot SET (scene_id, position, "
                + SHOT_COLUMNS + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE production_id = ? AND id = ?")) {
            for (PlacedShot placed : shots) {
                s.setString(1, placed.scene().toString());
                s.setInt(2, placed.position());
                int next = bindShotColumns(s, 3, placed.shot());
                s.setString(next, production.toString());
                s.setString(next + 1, placed.shot().id().toString());
                expectOne(s.executeUpdate(), "shot " + placed.shot().number());
            }
        }
    }

    private void moveShots(ProductionId production, List<ShotMove> moves) throws SQLException, OutOfStepException {
        if (moves.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE shot SET scene_id = ?, position = ? WHERE production_id = ? AND id = ?")) {
            for (ShotMove move : moves) {
                s.setString(1, move.scene().toString());
                s.setInt(2, move.position());
                s.setString(3, production.toString());
                s.setString(4, move.shot().toString());
                expectOne(s.executeUpdate(), "shot " + move.shot());
            }
        }
    }

    private int delete(String sql, ProductionId production) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, production.toString());
            return s.executeUpdate();
        }
    }

    private static int bindProductionColumns(PreparedStatement s, int first, Production p) throws SQLException {
        int i = first;
        s.setString(i++, p.title());
        s.setString(i++, p.logline());
        s.setString(i++, p.genre().id());
        s.setString(i++, p.visualStyle().id());
        s.setDouble(i++, p.targetRuntimeMinutes());
        s.setString(i++, p.currency().getCurrencyCode());
        s.setString(i++, p.startDate().toString());
        s.setString(i++, ListColumn.encode(p.workingDays().stream().sorted()
                .map(d -> d.name().toLowerCase(Locale.ROOT)).toList()));
        s.setString(i++, ListColumn.encode(p.holidays().stream().map(LocalDate::toString).toList()));
        s.setDouble(i++, p.contingencyPercent());
        s.setString(i++, ListColumn.encode(p.dubbingLanguages()));
        s.setString(i++, ListColumn.encode(p.subtitleLanguages()));
        s.setInt(i++, p.festivalSubmissions());
        s.setString(i++, p.payModel().id());
        s.setString(i++, p.author());
        s.setString(i++, p.draftDate());
        return i;
    }

    private static int bindPlanColumns(PreparedStatement s, int first, StagePlan plan) throws SQLException {
        int i = first;
        s.setString(i++, plan.workflow().id());
        if (plan.aiTool() == null) {
            s.setNull(i++, Types.VARCHAR);
        } else {
            s.setString(i++, plan.aiTool().id());
        }
        s.setDouble(i++, plan.aiShare());
        s.setInt(i++, plan.teamSize());
        s.setDouble(i++, plan.iterationAllowance());
        s.setInt(i++, plan.realPerformerLikeness() ? 1 : 0);
        for (PayCategory category : PayCategory.values()) {
            Optional<PayTerm> term = plan.payTerms().override(category);
            if (term.isEmpty()) {
                s.setNull(i++, Types.VARCHAR);
            } else {
                s.setString(i++, term.get().id());
            }
        }
        return i;
    }

    /** A stage's own pay terms from its columns, one per {@link PayCategory} in order; NULL follows the preset. */
    private static PayTerms payTerms(ResultSet r, int first) throws SQLException {
        Map<PayCategory, PayTerm> terms = new EnumMap<>(PayCategory.class);
        int i = first;
        for (PayCategory category : PayCategory.values()) {
            String term = r.getString(i++);
            if (term != null) {
                terms.put(category, PayTerm.fromId(term));
            }
        }
        return new PayTerms(terms);
    }

    private static int bindSceneColumns(PreparedStatement s, int first, Scene scene) throws SQLException {
        int i = first;
        s.setString(i++, scene.number());
        s.setString(i++, scene.heading().intExt().id());
        s.setString(i++, scene.heading().location());
        s.setString(i++, scene.heading().timeOfDay().id());
        s.setInt(i++, scene.lengthEighths());
        s.setString(i++, ListColumn.encode(scene.characters()));
        s.setString(i++, scene.synopsis());
        return i;
    }

    private static int bindShotColumns(PreparedStatement s, int first, Shot shot) throws SQLException {
        int i = first;
        s.setString(i++, shot.number());
        s.setString(i++, shot.description());
        s.setString(i++, shot.size().id());
        s.setString(i++, shot.movement().id());
        s.setDouble(i++, shot.durationSeconds());
        s.setString(i++, shot.vfx().id());
        s.setString(i++, shot.method().id());
        s.setInt(i++, shot.realisticFaces() ? 1 : 0);
        s.setString(i++, shot.notes());
        return i;
    }

    private static void expectOne(int rows, String what) throws OutOfStepException {
        if (rows != 1) {
            throw new OutOfStepException(what + " is not stored as the edit expected");
        }
    }
}
