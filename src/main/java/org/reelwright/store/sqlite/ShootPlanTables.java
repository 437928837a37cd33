package org.reelwright.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.reelwright.domain.BoardDay;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Performer;
import org.reelwright.domain.ProductionId;
import org.reelwright.domain.SceneId;
import org.reelwright.domain.ShootLocation;
import org.reelwright.domain.ShootPlan;

/**
 * The shoot plan's rows (schema version 6): the emergency contact, performers, crew, locations and board days of a
 * production. An edit rewrites only the parts that changed (a drag on the board rewrites the board's day rows, a
 * few hundred at most, never the cast); an empty plan has no rows at all, so a workspace from before version 6 and
 * an unarranged production look the same.
 */
final class ShootPlanTables {
    private final Connection connection;

    ShootPlanTables(Connection connection) {
        this.connection = connection;
    }

    void insert(ProductionId id, ShootPlan plan) throws SQLException {
        write(id, ShootPlan.EMPTY, plan);
    }

    /** Writes the parts of {@code after} that differ from {@code before}. */
    void write(ProductionId id, ShootPlan before, ShootPlan after) throws SQLException {
        if (!before.emergencyContact().equals(after.emergencyContact())) {
            delete("shoot_plan", id);
            if (!after.emergencyContact().isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement(
                        "INSERT INTO shoot_plan (production_id, emergency_contact) VALUES (?, ?)")) {
                    s.setString(1, id.toString());
                    s.setString(2, after.emergencyContact());
                    s.executeUpdate();
                }
            }
        }
        if (!before.cast().equals(after.cast())) {
            delete("shoot_performer", id);
            insertCast(id, after.cast());
        }
        if (!before.crew().equals(after.crew())) {
            delete("shoot_crew", id);
            insertCrew(id, after.crew());
        }
        if (!before.locations().equals(after.locations())) {
            delete("shoot_location", id);
            insertLocations(id, after.locations());
        }
        if (!before.board().equals(after.board())) {
            delete("shoot_board_day", id);
            insertBoard(id, after.board());
        }
    }

    private void insertCast(ProductionId id, List<Performer> cast) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO shoot_performer (production_id,"
                + " cast_number, position, name, characters, contact, unavailable_dates, pay_term, make_up_minutes,"
                + " travels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < cast.size(); i++) {
                Performer p = cast.get(i);
                s.setString(1, id.toString());
                s.setInt(2, p.castNumber());
                s.setInt(3, i);
                s.setString(4, p.name());
                s.setString(5, ListColumn.encode(p.characters()));
                s.setString(6, p.contact());
                s.setString(7, ListColumn.encode(dates(p.unavailableDates())));
                if (p.payTerm() == null) {
                    s.setNull(8, Types.VARCHAR);
                } else {
                    s.setString(8, p.payTerm().id());
                }
                s.setInt(9, p.makeUpMinutes());
                s.setInt(10, p.travels() ? 1 : 0);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertCrew(ProductionId id, List<CrewMember> crew) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO shoot_crew (production_id, position,"
                + " name, department, role, contact, call_offset_minutes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < crew.size(); i++) {
                CrewMember c = crew.get(i);
                s.setString(1, id.toString());
                s.setInt(2, i);
                s.setString(3, c.name());
                s.setString(4, c.department().id());
                s.setString(5, c.role());
                s.setString(6, c.contact());
                s.setInt(7, c.callOffsetMinutes());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertLocations(ProductionId id, List<ShootLocation> locations) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO shoot_location (production_id,"
                + " position, name, address, latitude, longitude, time_zone, available_dates, nearest_hospital)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < locations.size(); i++) {
                ShootLocation l = locations.get(i);
                s.setString(1, id.toString());
                s.setInt(2, i);
                s.setString(3, l.name());
                s.setString(4, l.address());
                if (l.hasCoordinates()) {
                    s.setDouble(5, l.latitude());
                    s.setDouble(6, l.longitude());
                } else {
                    s.setNull(5, Types.REAL);
                    s.setNull(6, Types.REAL);
                }
                s.setString(7, l.timeZone());
                s.setString(8, ListColumn.encode(dates(l.availableDates())));
                s.setString(9, l.nearestHospital());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertBoard(ProductionId id, List<BoardDay> board) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO shoot_board_day (production_id,"
                + " day_date, strips, crew_call, shooting_call, notes) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (BoardDay d : board) {
                s.setString(1, id.toString());
                s.setString(2, d.date().toString());
                s.setString(3, ListColumn.encode(d.strips().stream().map(SceneId::toString).toList()));
                s.setString(4, d.crewCall().toString());
                s.setString(5, d.shootingCall().toString());
                s.setString(6, d.notes());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    ShootPlan load(ProductionId id) throws SQLException {
        String key = id.toString();
        String contact = "";
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT emergency_contact FROM shoot_plan WHERE production_id = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    contact = r.getString(1);
                }
            }
        }
        List<Performer> cast = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT cast_number, name, characters, contact,"
                + " unavailable_dates, pay_term, make_up_minutes, travels FROM shoot_performer"
                + " WHERE production_id = ? ORDER BY position")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String pay = r.getString(6);
                    cast.add(new Performer(r.getInt(1), r.getString(2), ListColumn.decode(r.getString(3)),
                            r.getString(4), parseDates(r.getString(5)), pay == null ? null : PayTerm.fromId(pay),
                            r.getInt(7), r.getInt(8) != 0));
                }
            }
        }
        List<CrewMember> crew = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT name, department, role, contact,"
                + " call_offset_minutes FROM shoot_crew WHERE production_id = ? ORDER BY position")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    crew.add(new CrewMember(r.getString(1), Department.fromId(r.getString(2)), r.getString(3),
                            r.getString(4), r.getInt(5)));
                }
            }
        }
        List<ShootLocation> locations = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT name, address, latitude, longitude,"
                + " time_zone, available_dates, nearest_hospital FROM shoot_location WHERE production_id = ?"
                + " ORDER BY position")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double lat = r.getDouble(3);
                    Double latitude = r.wasNull() ? null : lat;
                    double lon = r.getDouble(4);
                    Double longitude = r.wasNull() ? null : lon;
                    locations.add(new ShootLocation(r.getString(1), r.getString(2), latitude, longitude,
                            r.getString(5), parseDates(r.getString(6)), r.getString(7)));
                }
            }
        }
        List<BoardDay> board = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT day_date, strips, crew_call, shooting_call,"
                + " notes FROM shoot_board_day WHERE production_id = ? ORDER BY day_date")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    board.add(new BoardDay(LocalDate.parse(r.getString(1)), ListColumn.decode(r.getString(2))
                            .stream().map(SceneId::parse).toList(), LocalTime.parse(r.getString(3)),
                            LocalTime.parse(r.getString(4)), r.getString(5)));
                }
            }
        }
        return new ShootPlan(cast, crew, locations, board, contact);
    }

    private void delete(String table, ProductionId id) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + table + " WHERE production_id = ?")) {
            s.setString(1, id.toString());
            s.executeUpdate();
        }
    }

    private static List<String> dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).toList();
    }

    private static List<LocalDate> parseDates(String column) {
        return ListColumn.decode(column).stream().map(LocalDate::parse).toList();
    }
}
