package tw.rislink.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs wrk (the Debian package) on the same machine for the benchmark harnesses: requests per
 * second, p50 and p99 in milliseconds. A round in which any call was not answered 2xx, or a
 * socket failed, is refused, so that a figure is never one of refusals.
 */
final class Wrk {

    private Wrk() {}

    /**
     * @param script a Lua script of bench/ (null for a plain GET)
     * @param arguments the script's arguments (after wrk's {@code --})
     */
    static double[] run(String url, int seconds, int clients, String script, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("wrk", "-t2", "-c" + clients, "-d" + seconds + "s", "--latency", "--timeout", "10s"));
        if (script != null) {
            command.addAll(
                    List.of("-s", Path.of("bench", script).toAbsolutePath().toString(), url, "--"));
            command.addAll(arguments);
        } else {
            command.add(url);
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk " + url + " failed or had errors:\n" + out);
        }
        return new double[] {number(out, "Requests/sec:"), millis(out, "50%"), millis(out, "99%")};
    }

    private static double number(String out, String label) {
        for (String line : out.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 2 && words[0].equals(label)) {
                return Double.parseDouble(words[1]);
            }
        }
        throw new IllegalStateException("no " + label + " in\n" + out);
    }

    private static double millis(String out, String percentile) {
        for (String line : out.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2 && words[0].equals(percentile)) {
                String value = words[1];
                if (value.endsWith("us")) {
                    return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
                }
                if (value.endsWith("ms")) {
                    return Double.parseDouble(value.substring(0, value.length() - 2));
                }
                return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
            }
        }
        throw new IllegalStateException("no " + percentile + " in\n" + out);
    }
}
