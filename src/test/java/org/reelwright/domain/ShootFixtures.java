package org.reelwright.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A shoot plan using every field, for round trips through the project file and the workspace. */
public final class ShootFixtures {
    private ShootFixtures() {
    }

    /** {@code production} with two performers, two crew, a located set and its first two scenes arranged. */
    public static Production withFullShootPlan(Production production) {
        List<Scene> scenes = production.scenes();
        LocalDate start = production.startDate();
        Performer ada = new Performer(1, "Ada Lin", List.of(scenes.get(0).characters().isEmpty() ? "ADA"
                : scenes.get(0).characters().get(0), "YOUNG ADA"), "ada@example.org 555-0101",
                List.of(start.plusDays(3), start.plusDays(4)), PayTerm.DEFERRED, 90, true);
        Performer ben = Performer.of(2, "王本", "本");
        CrewMember dp = new CrewMember("Cy Dee", Department.CAMERA, "Director of photography", "555-0102", -30);
        CrewMember gaffer = new CrewMember("李光", Department.GRIP_ELECTRIC, "灯光师", "", 0);
        ShootLocation set = new ShootLocation(scenes.get(0).heading().location(), "1 Harbour Road, Shanghai",
                31.2304, 121.4737, "Asia/Shanghai", List.of(start, start.plusDays(1), start.plusDays(2)),
                "Ruijin Hospital, 197 Ruijin 2nd Road");
        List<BoardDay> board = List.of(
                new BoardDay(start, List.of(scenes.get(0).id()), LocalTime.of(6, 30), LocalTime.of(7, 45),
                        "Rain cover: interior set"),
                BoardDay.of(start.plusDays(1), scenes.size() > 1 ? List.of(scenes.get(1).id()) : List.of()));
        return production.withShootPlan(new ShootPlan(List.of(ada, ben), List.of(dp, gaffer), List.of(set), board,
                "Production office 555-0100"));
    }
}
