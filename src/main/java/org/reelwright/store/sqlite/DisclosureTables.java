package org.reelwright.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.domain.AiContribution;
import org.reelwright.domain.AiUseKey;
import org.reelwright.domain.CommercialUse;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ConsentRecord;
import org.reelwright.domain.Disclosure;
import org.reelwright.domain.DisclosureEntry;
import org.reelwright.domain.Likeness;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.ShotId;
import org.reelwright.domain.StageId;

/**
 * The disclosure register's rows (schema version 5). The register changes only when the director edits it in the
 * disclosure panel (a shot edit never touches it, ADR 0012), so an edit rewrites the production's rows whole: one
 * batch of inserts, simpler than a diff and cheap next to the panel's own work.
 */
final class DisclosureTables {
    private static final String ENTRY_COLUMNS = "production_id, position, stage, shot_id, shot_ids, contribution,"
            + " frame_share, likeness, tool, vendor, model, model_version, licence_tier, commercial_use,"
            + " training_data_known, training_data_address, output_ownership, prompted_by, selected_by,"
            + " human_contribution, planned_on, done_on, in_plan";
    private static final String CONSENT_COLUMNS = "production_id, id, position, person, scope, media, territories,"
            + " signed_on, document_reference, shot_ids, voice";

    private final Connection connection;

    DisclosureTables(Connection connection) {
        this.connection = connection;
    }

    void insert(ProductionId production, Disclosure disclosure) throws SQLException {
        if (disclosure.isEmpty()) {
            return; // nothing to write (and a test building an older workspace has no such tables)
        }
        String id = production.toString();
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO disclosure_entry (" + ENTRY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<DisclosureEntry> entries = disclosure.entries();
            for (int i = 0; i < entries.size(); i++) {
                DisclosureEntry e = entries.get(i);
                int c = 1;
                s.setString(c++, id);
                s.setInt(c++, i);
                s.setString(c++, e.stage().id());
                s.setString(c++, e.key().isShot() ? e.key().shot().toString() : "");
                s.setString(c++, ListColumn.encode(e.shots().stream().map(ShotId::toString).toList()));
                s.setString(c++, e.contribution().id());
                s.setDouble(c++, e.frameShare());
                s.setString(c++, e.likeness().id());
                s.setString(c++, e.tool());
                s.setString(c++, e.vendor());
                s.setString(c++, e.model());
                s.setString(c++, e.modelVersion());
                s.setString(c++, e.licenceTier());
                s.setString(c++, e.commercialUse().id());
                s.setInt(c++, e.trainingDataKnown() ? 1 : 0);
                s.setString(c++, e.trainingDataAddress());
                s.setString(c++, e.outputOwnership());
                s.setString(c++, e.promptedBy());
                s.setString(c++, e.selectedBy());
                s.setString(c++, e.humanContribution());
                s.setString(c++, e.plannedOn() == null ? null : e.plannedOn().toString());
                s.setString(c++, e.doneOn() == null ? null : e.doneOn().toString());
                s.setInt(c, e.inPlan() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO consent (" + CONSENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<ConsentRecord> consents = disclosure.consents();
            for (int i = 0; i < consents.size(); i++) {
                ConsentRecord r = consents.get(i);
                int c = 1;
                s.setString(c++, id);
                s.setString(c++, r.id().toString());
                s.setInt(c++, i);
                s.setString(c++, r.person());
                s.setString(c++, r.scope());
                s.setString(c++, r.media());
                s.setString(c++, r.territories());
                s.setString(c++, r.signedOn() == null ? null : r.signedOn().toString());
                s.setString(c++, r.documentReference());
                s.setString(c++, ListColumn.encode(r.shots().stream().map(ShotId::toString).toList()));
                s.setInt(c, r.voice() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Replaces the production's register with {@code disclosure}. */
    void replace(ProductionId production, Disclosure disclosure) throws SQLException {
        for (String table : List.of("disclosure_entry", "consent")) {
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table
                    + " WHERE production_id = ?")) {
                s.setString(1, production.toString());
                s.executeUpdate();
            }
        }
        insert(production, disclosure);
    }

    Disclosure load(String production) throws SQLException {
        List<DisclosureEntry> entries = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
                + " FROM disclosure_entry WHERE production_id = ? ORDER BY position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    StageId stage = StageId.fromId(r.getString(3));
                    String shot = r.getString(4);
                    AiUseKey key = shot.isEmpty() ? AiUseKey.ofStage(stage)
                            : AiUseKey.ofShot(stage, ShotId.parse(shot));
                    entries.add(new DisclosureEntry(key, shotIds(r.getString(5)),
                            AiContribution.fromId(r.getString(6)), r.getDouble(7), Likeness.fromId(r.getString(8)),
                            r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                            CommercialUse.fromId(r.getString(14)), r.getInt(15) != 0, r.getString(16),
                            r.getString(17), r.getString(18), r.getString(19), r.getString(20), date(r.getString(21)),
                            date(r.getString(22)), r.getInt(23) != 0));
                }
            }
        }
        List<ConsentRecord> consents = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT " + CONSENT_COLUMNS
                + " FROM consent WHERE production_id = ? ORDER BY position")) {
            s.setString(1, production);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    consents.add(new ConsentRecord(ConsentId.parse(r.getString(2)), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), date(r.getString(8)), r.getString(9),
                            shotIds(r.getString(10)), r.getInt(11) != 0));
                }
            }
        }
        return entries.isEmpty() && consents.isEmpty() ? Disclosure.EMPTY : new Disclosure(entries, consents);
    }

    private static List<ShotId> shotIds(String column) {
        return ListColumn.decode(column).stream().map(ShotId::parse).toList();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
