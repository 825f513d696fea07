package tw.rislink.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No Oracle server exists on the build machines. What can be checked is checked: the Oracle
 * datasource script is accepted in place of the H2 one (through the remove scripts, as an
 * administrator would switch), the server resolves the connection from the environment, the
 * com.oracle.ojdbc11 module loads the driver, and a connection attempt fails for want of a
 * server rather than for a configuration error.
 */
class OracleConfigurationIT {

    private static final String URL = "jdbc:oracle:thin:@//127.0.0.1:1/RISLINK";

    @Test
    void the_oracle_datasource_is_accepted_and_its_driver_module_loads() throws Exception {
        Path scripts = Path.of(System.getProperty("rislink.cli.dir"));
        Path work = Path.of(System.getProperty("rislink.work.dir", "target"), "oracle-it");
        Map<String, String> environment =
                Map.of("RISLINK_DB_URL", URL, "RISLINK_DB_USER", "rislink", "RISLINK_DB_PASSWORD", "no-server-here");
        try (ServerProcess server = new ServerProcess(work, 300, Map.of(), environment)) {
            StringBuilder switchToOracle = new StringBuilder();
            for (String script : List.of(
                    "remove-audit-signing.cli",
                    "remove-batch.cli",
                    "remove-timers.cli",
                    "remove-security.cli",
                    "remove-datasource.cli",
                    "configure-datasource-oracle.cli",
                    "configure-security.cli",
                    "configure-timers.cli",
                    "configure-batch.cli",
                    "configure-audit-signing.cli")) {
                switchToOracle.append(Files.readString(scripts.resolve(script))).append('\n');
            }
            String configured = server.embeddedCli(switchToOracle.toString());
            assertTrue(!configured.contains("Failed") && !configured.contains("WFLYCTL"), configured);

            server.startWithoutDeployment();
            // The drivers the server actually loaded, with the version the jar reports.
            String drivers = server.cli("/subsystem=datasources:installed-drivers-list");
            assertTrue(drivers.contains("\"driver-module-name\" => \"com.oracle.ojdbc11\""), drivers);
            assertTrue(drivers.contains("\"driver-class-name\" => \"oracle.jdbc.OracleDriver\""), drivers);
            assertTrue(drivers.contains("\"driver-major-version\" => 23"), drivers);

            String url = server.cli(
                    "/subsystem=datasources/data-source=RislinkDS:read-attribute(name=connection-url, resolve-expressions=true)");
            assertTrue(url.contains(URL), url);
            String driverName =
                    server.cli("/subsystem=datasources/data-source=RislinkDS:read-attribute(name=driver-name)");
            assertTrue(driverName.contains("\"oracle\""), driverName);

            String connection = server.cli("/subsystem=datasources/data-source=RislinkDS:test-connection-in-pool");
            assertTrue(connection.contains("\"outcome\" => \"failed\""), connection);
        }
    }
}
