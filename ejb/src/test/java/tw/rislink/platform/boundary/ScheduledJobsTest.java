package tw.rislink.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every scheduled job of the EJB module is a persistent timer, so that it lives in the timer
 * store shared by the nodes and each timeout runs on one node only (a non-persistent timer runs
 * on every node), and logs its runs.
 */
class ScheduledJobsTest {

    @Test
    void every_schedule_is_persistent_and_logged() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (Class<?> type : moduleClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                List<Schedule> schedules = new ArrayList<>(List.of(method.getAnnotationsByType(Schedule.class)));
                Schedules several = method.getAnnotation(Schedules.class);
                if (several != null) {
                    schedules.addAll(List.of(several.value()));
                }
                for (Schedule schedule : schedules) {
                    String job = type.getSimpleName() + "." + method.getName();
                    jobs.add(job);
                    assertTrue(schedule.persistent(), job + " runs on every node");
                    Interceptors interceptors = method.getAnnotation(Interceptors.class);
                    assertTrue(
                            interceptors != null
                                    && List.of(interceptors.value()).contains(TimerRuns.class),
                            job + " does not log its runs");
                }
            }
        }
        assertEquals(
                List.of(
                        "AccountService.forgetOldNameFailures",
                        "AgencyDeadlines.daily",
                        "ApiOversight.daily",
                        "ApiOversight.quarterHourly",
                        "ApiRequests.flagOverdue",
                        "AuditDigests.daily",
                        "AuditRetention.nightly",
                        "FileJobs.minutely",
                        "OnlineResults.tenMinutely",
                        "RegistryCheck.yearly",
                        "UsedTokens.forgetExpired"),
                jobs.stream().sorted().toList(),
                "the jobs docs/ARCHITECTURE.md lists");
    }

    private static List<Class<?>> moduleClasses() throws IOException, ClassNotFoundException {
        Path classes = Path.of(TimerRuns.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                found.add(Class.forName(name, false, ScheduledJobsTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
