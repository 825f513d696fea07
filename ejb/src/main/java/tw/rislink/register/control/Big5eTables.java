package tw.rislink.register.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The government's open-data tables behind BIG-5E, read from a folder an administrator fills
 * with the official files: {@code CNS2BIG5_Big5E.txt} (CNS → Big5E extension code) and the
 * CNS → Unicode tables {@code CNS2UNICODE_Unicode BMP.txt}, {@code … 2.txt}, {@code … 15.txt}.
 * Rows are {@code <cns> TAB <hex>} where the CNS code is either {@code 1-4421} or
 * {@code 1 TAB 4421}; lines starting with {@code #} are ignored.
 */
public final class Big5eTables {

    static final String BIG5E_FILE = "CNS2BIG5_Big5E.txt";
    static final List<String> UNICODE_FILES =
            List.of("CNS2UNICODE_Unicode BMP.txt", "CNS2UNICODE_Unicode 2.txt", "CNS2UNICODE_Unicode 15.txt");

    private final Map<CnsCode, Integer> cnsToBig5e = new HashMap<>();
    private final Map<Integer, CnsCode> big5eToCns = new HashMap<>();
    private final Map<CnsCode, Integer> cnsToUnicode = new HashMap<>();
    private final Map<Integer, CnsCode> unicodeToCns = new HashMap<>();

    private Big5eTables() {}

    public static Big5eTables load(Path folder) {
        Big5eTables tables = new Big5eTables();
        Path big5e = folder.resolve(BIG5E_FILE);
        if (!Files.isRegularFile(big5e)) {
            throw new IllegalStateException("BIG-5E needs the official table " + big5e);
        }
        read(big5e, (cns, value) -> {
            tables.cnsToBig5e.put(cns, value);
            tables.big5eToCns.put(value, cns);
        });
        for (String name : UNICODE_FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                read(file, (cns, value) -> {
                    tables.cnsToUnicode.put(cns, value);
                    tables.unicodeToCns.putIfAbsent(value, cns);
                });
            }
        }
        return tables;
    }

    Optional<Integer> big5e(CnsCode cns) {
        return Optional.ofNullable(cnsToBig5e.get(cns));
    }

    Optional<CnsCode> cnsOfBig5e(int big5e) {
        return Optional.ofNullable(big5eToCns.get(big5e));
    }

    Optional<Integer> unicode(CnsCode cns) {
        return Optional.ofNullable(cnsToUnicode.get(cns));
    }

    Optional<CnsCode> cnsOfUnicode(int codePoint) {
        return Optional.ofNullable(unicodeToCns.get(codePoint));
    }

    private interface Row {
        void accept(CnsCode cns, int value);
    }

    private static void read(Path file, Row row) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int number = 0;
        for (String line : lines) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] columns = trimmed.split("\\t");
            try {
                CnsCode cns = columns.length == 3
                        ? new CnsCode(Integer.parseInt(columns[0].trim()), Integer.parseInt(columns[1].trim(), 16))
                        : CnsCode.parse(columns[0]);
                row.accept(cns, Integer.parseInt(columns[columns.length - 1].trim(), 16));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(
                        file.getFileName() + " line " + number + ": \"" + line + "\" is not <cns> TAB <hex>", e);
            }
        }
    }
}
