package org.reelwright.domain;

/**
 * A member of the crew as the call sheet lists them: name, department, role ("Gaffer"), contact, and when they are
 * called relative to the day's general crew call (camera and electric often earlier, negative minutes).
 * Invariants: name and role non-blank (≤ 120); contact ≤ 200; call offset −240…240 minutes.
 */
public record CrewMember(String name, Department department, String role, String contact, int callOffsetMinutes) {

    public CrewMember {
        Phrase subject = Checks.subject("crewMember", Checks.number(name));
        name = Checks.nonBlank(name, subject, "name", 120);
        Checks.required(department, subject, "department");
        role = Checks.nonBlank(role, subject, "role", 120);
        contact = Checks.text(contact, subject, "contact", 200);
        Checks.between(callOffsetMinutes, -240, 240, subject, "callOffsetMinutes");
    }
}
