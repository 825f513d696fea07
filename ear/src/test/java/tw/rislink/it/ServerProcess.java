package tw.rislink.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A WildFly of its own, started from the prepared server's scripts with a port offset and its
 * own base and data folders, for tests that stop, restart or kill the server. The EAR is
 * deployed as an administrator would: copied into the deployments folder.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path home;
    private final Path base;
    private final Path dataDir;
    private final int portOffset;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private Process script;
    private int starts;

    public ServerProcess(Path work, int portOffset, Map<String, String> properties) {
        this(work, portOffset, properties, Map.of());
    }

    public ServerProcess(Path work, int portOffset, Map<String, String> properties, Map<String, String> environment) {
        this.environment = environment;
        this.home = Path.of(System.getProperty("rislink.server.home"));
        this.base = work.resolve("base");
        this.dataDir = work.resolve("data");
        this.portOffset = portOffset;
        this.properties = properties;
        copy(Path.of(System.getProperty("rislink.server.base.template")), base);
    }

    public int portOffset() {
        return portOffset;
    }

    public Path serverLog() {
        return base.resolve("log/server.log");
    }

    /** Starts the server and waits until the EAR is deployed. */
    public void start() throws Exception {
        start(Deployments.earFile().toPath());
    }

    /** Starts the server and waits until the given build of the EAR is deployed. */
    public void start(Path ear) throws Exception {
        Path deployments = base.resolve("deployments");
        Files.deleteIfExists(deployments.resolve("rislink.ear.deployed"));
        Files.deleteIfExists(deployments.resolve("rislink.ear.failed"));
        Files.copy(ear, deployments.resolve("rislink.ear"), StandardCopyOption.REPLACE_EXISTING);
        launch();

        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(deployments.resolve("rislink.ear.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("rislink.ear.failed"))) {
                throw new IllegalStateException(
                        "Deployment failed: " + Files.readString(deployments.resolve("rislink.ear.failed")));
            }
            checkAlive();
            Thread.sleep(500);
        }
        throw new IllegalStateException("Server not deployed within " + START_TIMEOUT + ", see " + base);
    }

    /** Starts the server with nothing deployed and waits until it is running. */
    public void startWithoutDeployment() throws Exception {
        launch();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            checkAlive();
            if (cli(":read-attribute(name=server-state)").contains("\"running\"")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Server not running within " + START_TIMEOUT + ", see " + base);
    }

    /** One management command against the running server; returns what the CLI printed. */
    public String cli(String command) throws Exception {
        return jbossCli(
                List.of("--connect", "--controller=localhost:" + (9990 + portOffset), "--command=" + command),
                Map.of());
    }

    /** Commands run in an embedded, stopped copy of this server: how the build configures one. */
    public String embeddedCli(String commands) throws Exception {
        Path file = base.resolve("embedded-" + System.nanoTime() + ".cli");
        Files.writeString(
                file,
                "embed-server --server-config=standalone.xml --std-out=discard\n" + commands
                        + "\nstop-embedded-server\n");
        return jbossCli(List.of("--file=" + file), Map.of("JAVA_OPTS", "-Djboss.server.base.dir=" + base));
    }

    private String jbossCli(List<String> arguments, Map<String, String> extraEnvironment) throws Exception {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/jboss-cli.sh").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(extraEnvironment);
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        cli.waitFor();
        return output;
    }

    private void checkAlive() {
        if (script != null && !script.isAlive()) {
            throw new IllegalStateException("Server exited with " + script.exitValue() + ", see " + base);
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Drislink.data.dir=" + dataDir));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console-" + (++starts) + ".log").toFile()));
        // Makes the script forward signals to the server's JVM and wait for it.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().putAll(environment);
        script = builder.start();
    }

    /** A graceful stop, as an administrator's service stop (SIGTERM). */
    public void stop() throws Exception {
        end(false);
    }

    /** The power cord: kill -9 of the server's JVM. */
    public void kill() throws Exception {
        end(true);
    }

    private void end(boolean forcibly) throws Exception {
        if (script == null) {
            return;
        }
        Optional<ProcessHandle> jvm = script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
        if (forcibly) {
            jvm.ifPresent(ProcessHandle::destroyForcibly);
        } else {
            jvm.ifPresent(ProcessHandle::destroy);
        }
        for (ProcessHandle handle : jvm.stream().toList()) {
            handle.onExit().get();
        }
        script.destroy();
        script.waitFor();
        script = null;
    }

    @Override
    public void close() throws Exception {
        end(true);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
