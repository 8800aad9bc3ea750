package dev.lvb.it.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lvb.it.TestKeys;

/**
 * Reads what the application logged ({@link LogCaptureResource#LOG_FILE}) and finds secrets in it:
 * <ul>
 * <li>either key, in any line of any category, as it is, URL-encoded or Base64-encoded;</li>
 * <li>a signature the test knows was used ({@code sign} of an API call in WireMock's journal, or of a notification
 * sent), in any line of any category: LVB's {@code sign} covers {@code t} only, so a logged one authorises any call
 * (or notification) until its {@code t};</li>
 * <li>in the library's own lines ({@code dev.lvb.*}, stack traces included), any {@code sign=<32 hex>} or
 * {@code "sign":"<32 hex>"} at all.</li>
 * </ul>
 */
public final class LogScan {

    private static final Pattern HEADER = Pattern
            .compile("^\\d\\d:\\d\\d:\\d\\d,\\d{3} (\\S+)\\s+\\[([^\\]]*)\\] ");
    private static final Pattern SIGN_IN_LIBRARY_LINE = Pattern
            .compile("sign\"?\\s*[=:]\\s*\"?[0-9a-fA-F]{32}(?![0-9a-fA-F])");
    private static final Pattern HEX32 = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{32}(?![0-9a-fA-F])");
    /** A TC3-HMAC-SHA256 signature (the {@code Signature=} of a Cloud API {@code Authorization} header). */
    private static final Pattern HEX64 = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])");
    private static final Pattern AUTHORIZATION = Pattern.compile("TC3-HMAC-SHA256 Credential=");

    /**
     * What a scan saw and found.
     *
     * @param lines lines read
     * @param records log records (a record is a header line and its continuation lines, e.g. a stack trace)
     * @param libraryRecords records of {@code dev.lvb.*} categories
     * @param byLevel records per level
     * @param problems the offending lines, each with why (empty when clean)
     */
    public record Result(long lines, long records, long libraryRecords, TreeMap<String, Long> byLevel,
            List<String> problems) {

        @Override
        public String toString() {
            return lines + " log lines (" + records + " records, " + libraryRecords + " of dev.lvb; " + byLevel
                    + "), " + problems.size() + " with a secret";
        }
    }

    private LogScan() {
    }

    /** @return the secrets every scan looks for: both keys, as they are, URL-encoded and Base64-encoded */
    public static Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        for (String key : List.of(TestKeys.API_KEY, TestKeys.CALLBACK_KEY, TestKeys.CLOUD_SECRET_KEY)) {
            out.add(key);
            out.add(URLEncoder.encode(key, StandardCharsets.UTF_8));
            out.add(Base64.getEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * Scans every file of the capture (the current one and any rotated one).
     *
     * @param knownSigns signatures that were used and must appear in no line (lower or upper case)
     * @return what was seen
     */
    public static Result scan(Collection<String> knownSigns) {
        Set<String> signs = new HashSet<>();
        for (String s : knownSigns) {
            signs.add(s.toLowerCase(Locale.ROOT));
        }
        Set<String> keys = keys();
        long lines = 0;
        long records = 0;
        long library = 0;
        TreeMap<String, Long> byLevel = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        boolean inLibraryRecord = false;
        for (Path file : files()) {
            // a log line is text; a stray byte must not make the scan skip the rest of the file
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (BufferedReader in = new BufferedReader(
                    new java.io.InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines++;
                    Matcher h = HEADER.matcher(line);
                    if (h.find()) {
                        records++;
                        byLevel.merge(h.group(1), 1L, Long::sum);
                        inLibraryRecord = h.group(2).startsWith("dev.lvb");
                        if (inLibraryRecord) {
                            library++;
                        }
                    }
                    for (String key : keys) {
                        if (line.contains(key)) {
                            problems.add("a key (" + describe(key) + ") in " + file.getFileName() + ": " + clip(line));
                        }
                    }
                    if (inLibraryRecord && SIGN_IN_LIBRARY_LINE.matcher(line).find()) {
                        problems.add("a sign value in a dev.lvb line: " + clip(line));
                    }
                    if (AUTHORIZATION.matcher(line).find()) {
                        problems.add("a Cloud API Authorization header in " + file.getFileName() + ": " + clip(line));
                    }
                    if (!signs.isEmpty()) {
                        Matcher m64 = HEX64.matcher(line);
                        while (m64.find()) {
                            if (signs.contains(m64.group().toLowerCase(Locale.ROOT))) {
                                problems.add("a used Cloud API signature in " + file.getFileName() + ": "
                                        + clip(line));
                                break;
                            }
                        }
                        Matcher m = HEX32.matcher(line);
                        while (m.find()) {
                            if (signs.contains(m.group().toLowerCase(Locale.ROOT))) {
                                problems.add("a used signature in " + file.getFileName() + ": " + clip(line));
                                break;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Result(lines, records, library, byLevel, problems);
    }

    /** @return the capture's files, oldest first; fails when there is none */
    static List<Path> files() {
        Path dir = LogCaptureResource.LOG_FILE.getParent();
        String name = LogCaptureResource.LOG_FILE.getFileName().toString();
        List<Path> out = new ArrayList<>();
        try (var all = Files.newDirectoryStream(dir, name + "*")) {
            all.forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("no log capture in " + dir, e);
        }
        out.sort((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()));
        if (out.isEmpty()) {
            throw new IllegalStateException("no log capture at " + LogCaptureResource.LOG_FILE);
        }
        return out;
    }

    private static String describe(String key) {
        String which = key.contains("cloud") || key.startsWith("aXQtY2xvdWQ") ? "SecretKey"
                : key.contains("api") || key.startsWith("aXQtYXBp") ? "API key" : "callback key";
        return which + (key.equals(TestKeys.API_KEY) || key.equals(TestKeys.CALLBACK_KEY)
                || key.equals(TestKeys.CLOUD_SECRET_KEY) ? "" : ", encoded");
    }

    private static String clip(String line) {
        return line.length() > 400 ? line.substring(0, 400) + "..." : line;
    }
}
