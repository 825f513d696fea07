package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.boundary.DemoDataSeeder;

/**
 * Two nodes on one database, as a cluster runs: the EJB timers live in the shared database
 * store, each node arms every timer, and each timeout runs on one node only. H2 serves the second
 * server over TCP (AUTO_SERVER), as Oracle would serve both. The daily jobs cannot wait for their
 * hour here, so the test EAR's deployment descriptor gives every scheduled job a second,
 * persistent schedule every 10 seconds: the same methods, through the same timer store as
 * their annotated schedules (which ScheduledJobsTest keeps persistent). The account unlock timer
 * is the application's own, created by a lockout on one node.
 */
class ClusterTimersIT {

    /** bean → its scheduled methods. */
    private static final Map<String, List<String>> JOBS = Map.of(
            "ApiOversight", List.of("quarterHourly", "daily"),
            "ApiRequests", List.of("flagOverdue"),
            "RegistryCheck", List.of("yearly"),
            "AuditDigests", List.of("daily"),
            "AuditRetention", List.of("nightly"),
            "UsedTokens", List.of("forgetExpired"),
            "OnlineResults", List.of("tenMinutely"),
            "FileJobs", List.of("minutely"),
            "AccountService", List.of("forgetOldNameFailures"));

    private static final Duration WATCH = Duration.ofSeconds(35);

    private static final Pattern RUN = Pattern.compile("Timer run: job=(\\S+) info=(.+?) next=(\\S+) node=(\\S+) ms=");

    private record Run(String job, String info, String next, String node) {}

    @Test
    void each_timeout_of_every_job_runs_on_one_node_of_two() throws Exception {
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "cluster-it");
        Path ear = fastTimers(work);
        String url = "jdbc:h2:file:" + work.resolve("shared-db").toAbsolutePath()
                + "/rislink;MODE=Oracle;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE;AUTO_SERVER=TRUE";
        try (ServerProcess a = node(work, "node-a", 600);
                ServerProcess b = node(work, "node-b", 700)) {
            for (ServerProcess node : List.of(a, b)) {
                node.embeddedCli(
                        "/subsystem=datasources/data-source=RislinkDS:write-attribute(name=connection-url, value=\""
                                + url + "\")");
            }
            a.start(ear);
            b.start(ear);
            Instant bothUp = Instant.now();

            SignInForm onB = new SignInForm(Https.client(), Https.base(b.portOffset()));
            for (int i = 0; i < 5; i++) {
                onB.signIn("dis", "wrong");
            }
            assertTrue(onB.signIn("dis", DemoDataSeeder.DEMO_PASSWORD).error().contains("locked"));
            Thread.sleep(WATCH.toMillis());

            assertEquals(
                    timers(a),
                    timers(b),
                    "both nodes arm the same timers: each schedule was created once in the shared store");
            assertTrue(
                    new SignInForm(Https.client(), Https.base(a.portOffset()))
                            .signIn("dis", DemoDataSeeder.DEMO_PASSWORD)
                            .signedIn(),
                    "the unlock timer set on node B ran");

            List<Run> runs = new ArrayList<>(runs(a));
            runs.addAll(runs(b));
            System.out.println("Timer runs per node: "
                    + runs.stream().collect(Collectors.groupingBy(Run::node, TreeMap::new, Collectors.counting())));
            Map<List<String>, List<Run>> byTimeout =
                    runs.stream().collect(Collectors.groupingBy(r -> List.of(r.job(), r.info(), r.next())));
            assertEquals(
                    Map.of(),
                    byTimeout.entrySet().stream()
                            .filter(e -> e.getValue().size() > 1)
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                    "timeouts run on more than one node");

            JOBS.forEach((bean, methods) -> methods.forEach(method -> {
                String job = bean + "." + method;
                long whileBothUp = runs.stream()
                        .filter(r -> r.job().equals(job) && r.info().startsWith("fast-"))
                        .filter(r -> Instant.parse(r.next()).isAfter(bothUp.plusSeconds(10)))
                        .count();
                assertTrue(whileBothUp >= 2, job + " ran " + whileBothUp + " times while both nodes were up");
            }));
            assertEquals(
                    1,
                    runs.stream()
                            .filter(r -> r.job().equals("AccountUnlockScheduler.unlock")
                                    && r.info().contains("dis"))
                            .count(),
                    "the unlock ran once");
        }
    }

    private static ServerProcess node(Path work, String name, int portOffset) {
        return new ServerProcess(
                work.resolve(name),
                portOffset,
                Map.of(
                        "jboss.node.name", name,
                        "rislink.register.persons", "0",
                        "rislink.timers.refresh-ms", "2000",
                        "rislink.account.lockout-duration", "PT15S"),
                Map.of("RISLINK_NODE_ID", name));
    }

    /** The timers a node has armed for one bean, by id. */
    private static TreeSet<String> timers(ServerProcess node) throws Exception {
        String output = node.cli("/deployment=rislink.ear/subdeployment=rislink-ejb.jar/subsystem=ejb3"
                + "/stateless-session-bean=UsedTokens/service=timer-service:read-children-names(child-type=timer)");
        TreeSet<String> ids = new TreeSet<>();
        Matcher id = Pattern.compile("\"([0-9a-f-]{36})\"").matcher(output);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertEquals(2, ids.size(), "the annotated and the fast schedule of UsedTokens: " + output);
        return ids;
    }

    private static List<Run> runs(ServerProcess node) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String line : Files.readAllLines(node.serverLog(), StandardCharsets.UTF_8)) {
            Matcher run = RUN.matcher(line);
            if (run.find()) {
                runs.add(new Run(run.group(1), run.group(2), run.group(3), run.group(4)));
            }
        }
        return runs;
    }

    /** The built EAR with every scheduled job also on a persistent schedule every 10 seconds. */
    private static Path fastTimers(Path work) throws IOException {
        EnterpriseArchive ear = Deployments.ear();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, "rislink-ejb.jar");
        String descriptor;
        try (InputStream in = ejb.get("META-INF/ejb-jar.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sessions = new StringBuilder();
        new TreeMap<>(JOBS).forEach((bean, methods) -> {
            sessions.append("<session><ejb-name>").append(bean).append("</ejb-name>");
            for (String method : methods) {
                sessions.append("<timer><schedule><second>*/10</second><minute>*</minute><hour>*</hour></schedule>")
                        .append("<timeout-method><method-name>")
                        .append(method)
                        .append("</method-name></timeout-method><persistent>true</persistent><info>fast-")
                        .append(bean)
                        .append('.')
                        .append(method)
                        .append("</info></timer>");
            }
            sessions.append("</session>");
        });
        if (descriptor.contains("<enterprise-beans>")) {
            descriptor = descriptor.replace("<enterprise-beans>", "<enterprise-beans>" + sessions);
        } else {
            String next = descriptor.contains("<interceptors>") ? "<interceptors>" : "<assembly-descriptor>";
            descriptor = descriptor.replace(next, "<enterprise-beans>" + sessions + "</enterprise-beans>" + next);
        }
        ejb.delete("META-INF/ejb-jar.xml");
        ejb.addAsManifestResource(new StringAsset(descriptor), "ejb-jar.xml");
        Files.createDirectories(work);
        Path file = work.resolve("rislink-fast-timers.ear");
        ear.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
