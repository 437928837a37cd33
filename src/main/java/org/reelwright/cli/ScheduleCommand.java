package org.reelwright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.Production;
import org.reelwright.schedule.Schedule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "schedule", resourceBundle = "org.reelwright.cli.messages", mixinStandardHelpOptions = true)
final class ScheduleCommand extends ServiceCommand {
    @Parameters(index = "0", paramLabel = "PROJECT", descriptionKey = "PROJECT")
    Path project;

    @Option(names = "--scenario", paramLabel = "SCENARIO", descriptionKey = "scenario")
    String scenario = "current";

    @Option(names = "--compare", descriptionKey = "compareSchedules")
    boolean compare;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--shoot", descriptionKey = "shoot")
    boolean shoot;

    ScheduleCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws Exception {
        Production production = read(project);
        try {
            if (shoot) {
                var planning = services.planning().get();
                var days = planning.shootingSchedule(production);
                out().print(reports().shootingSchedule(production.title(), days,
                        planning.dayOutOfDays(production, days)));
            } else if (compare) {
                List<Schedule> all = services.planning().get().schedules(production);
                out().print(json ? services.reports().schedulesJson(all) + System.lineSeparator()
                        : reports().schedules(production.title(), all));
            } else {
                Schedule schedule = services.planning().get().schedule(production, scenario(scenario));
                out().print(json ? services.reports().scheduleJson(schedule) + System.lineSeparator()
                        : reports().schedule(production.title(), schedule));
            }
        } catch (InvalidInputException e) {
            throw new CliInputException(project.getFileName() + ": " + e.message(Locale.getDefault()));
        }
        return Cli.OK;
    }
}
