package org.nianbao.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * China's working days: Monday to Friday, less the statutory holidays, plus the weekend days
 * worked in exchange (调休), as the State Council fixes them each year. Read from holiday-cn
 * files (one per year, see {@code src/main/resources/org/nianbao/holidays/README.md}); used to
 * find replies to applications later than the legal limit in working days.
 *
 * <p>For a year without data ({@link #knows(int)} is false) only weekends count as days off, so
 * answers for that year are estimates. Immutable and thread-safe: load once and keep it.
 */
public final class HolidayCalendar {
    private static final String RESOURCE_FOLDER = "org/nianbao/holidays/";
    private static final String INDEX = RESOURCE_FOLDER + "index.txt";
    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.json");
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final SortedSet<Integer> knownYears;
    /** Years with a file or with listed days; every other year is weekdays only. */
    private final Map<Integer, YearTable> tables;

    private HolidayCalendar(SortedSet<Integer> knownYears, Map<Integer, YearTable> tables) {
        this.knownYears = Collections.unmodifiableSortedSet(knownYears);
        this.tables = Map.copyOf(tables);
    }

    /** The years bundled with this release. */
    public static HolidayCalendar builtIn() {
        return of(readBuiltIn());
    }

    /**
     * The bundled years plus every {@code <year>.json} in {@code userFolder}; a user file replaces
     * the bundled file of its year. A folder that does not exist adds nothing.
     *
     * @throws HolidayCalendarException when a user file is malformed or misnamed
     */
    public static HolidayCalendar load(Path userFolder) {
        Objects.requireNonNull(userFolder, "userFolder");
        TreeMap<Integer, YearFile> files = readBuiltIn();
        files.putAll(readUserFolder(userFolder));
        return of(files);
    }

    /** Whether {@code year}'s file lists at least one day or cites a notice; if not, answers are estimates. */
    public boolean knows(int year) {
        return knownYears.contains(year);
    }

    /** The years {@link #knows(int)} is true for, in order. */
    public SortedSet<Integer> knownYears() {
        return knownYears;
    }

    public boolean isWorkingDay(LocalDate date) {
        YearTable t = tables.get(date.getYear());
        return t != null ? t.working[date.getDayOfYear()] : isWeekday(date);
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself never counts (the day
     * an application is received is day zero). {@code n == 0} gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        int year = start.getYear();
        int remaining = n;
        // Skip whole years first so a long count costs a step per year, not per day.
        int leftThisYear = workingThrough(year, Year.of(year).length()) - workingThrough(year, start.getDayOfYear());
        LocalDate day = start;
        while (remaining > leftThisYear) {
            remaining -= leftThisYear;
            year++;
            day = LocalDate.of(year, 1, 1).minusDays(1);
            leftThisYear = workingThrough(year, Year.of(year).length());
        }
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** The number of working days {@code d} with {@code start < d <= end}; 0 when {@code end <= start}. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long count = 0;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            int from = year == start.getYear() ? start.getDayOfYear() : 0;
            int to = year == end.getYear() ? end.getDayOfYear() : Year.of(year).length();
            count += workingThrough(year, to) - workingThrough(year, from);
        }
        return Math.toIntExact(count);
    }

    /** Working days among days 1..{@code dayOfYear} of {@code year}. */
    private int workingThrough(int year, int dayOfYear) {
        YearTable t = tables.get(year);
        return t != null ? t.workingThrough[dayOfYear] : weekdays(LocalDate.of(year, 1, 1), dayOfYear);
    }

    private static int weekdays(LocalDate first, int days) {
        int fullWeeks = days / 7;
        int count = fullWeeks * 5;
        LocalDate d = first.plusDays(fullWeeks * 7L);
        for (int i = fullWeeks * 7; i < days; i++, d = d.plusDays(1)) {
            if (isWeekday(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5;
    }

    private static HolidayCalendar of(TreeMap<Integer, YearFile> files) {
        SortedSet<Integer> known = new TreeSet<>();
        // A notice may also settle the last days of the year before (2019's moved 2018-12-29..31).
        // Where two files disagree on a day the later year's wins: its notice was published later.
        NavigableMap<LocalDate, Boolean> offByDate = new TreeMap<>();
        for (YearFile f : files.values()) {
            if (f.known()) {
                known.add(f.year());
            }
            f.days().forEach(d -> offByDate.put(d.date(), d.off()));
        }
        SortedSet<Integer> tableYears = new TreeSet<>(known);
        offByDate.keySet().forEach(d -> tableYears.add(d.getYear()));
        Map<Integer, YearTable> tables = new HashMap<>();
        for (int year : tableYears) {
            tables.put(year, new YearTable(year,
                    offByDate.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)));
        }
        return new HolidayCalendar(known, tables);
    }

    /** One year's working days, with running totals so a count over any span costs a subtraction per year. */
    private static final class YearTable {
        /** Indexed by day of year; index 0 unused. */
        final boolean[] working;
        /** Working days among days 1..i; {@code workingThrough[0] == 0}. */
        final int[] workingThrough;

        YearTable(int year, Map<LocalDate, Boolean> offByDate) {
            int length = Year.of(year).length();
            working = new boolean[length + 1];
            workingThrough = new int[length + 1];
            LocalDate d = LocalDate.of(year, 1, 1);
            for (int i = 1; i <= length; i++, d = d.plusDays(1)) {
                Boolean off = offByDate.get(d);
                working[i] = off != null ? !off : isWeekday(d);
                workingThrough[i] = workingThrough[i - 1] + (working[i] ? 1 : 0);
            }
        }
    }

    private record ListedDay(LocalDate date, boolean off) {
    }

    private record YearFile(int year, List<String> papers, List<ListedDay> days) {
        boolean known() {
            return !days.isEmpty() || !papers.isEmpty();
        }
    }

    private static TreeMap<Integer, YearFile> readBuiltIn() {
        TreeMap<Integer, YearFile> files = new TreeMap<>();
        for (String name : bundledNames()) {
            Matcher m = YEAR_FILE.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException(INDEX + " lists \"" + name + "\", which is not named <year>.json");
            }
            int year = Integer.parseInt(m.group(1));
            String resource = RESOURCE_FOLDER + name;
            try (InputStream in = resource(resource)) {
                files.put(year, read(resource, year, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> bundledNames() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(INDEX), StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = HolidayCalendar.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource missing: " + name);
        }
        return in;
    }

    private static Map<Integer, YearFile> readUserFolder(Path folder) {
        if (Files.notExists(folder)) {
            return Map.of(); // the usual case until a user adds a year
        }
        if (!Files.isDirectory(folder)) {
            throw new HolidayCalendarException(folder.toString(), "is not a folder");
        }
        List<Path> paths;
        try (Stream<Path> listing = Files.list(folder)) {
            paths = listing.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, YearFile> files = new TreeMap<>();
        for (Path path : paths) {
            String name = path.getFileName().toString();
            if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".json") || !Files.isRegularFile(path)) {
                continue; // notes, backups and system files may sit beside the year files
            }
            Matcher m = YEAR_FILE.matcher(name);
            if (!m.matches()) {
                // Refused rather than ignored: a user who saved "holidays-2028.json" expects it to count.
                throw new HolidayCalendarException(path.toString(), "the file name must be the year it covers, e.g. 2028.json");
            }
            int year = Integer.parseInt(m.group(1));
            try (InputStream in = Files.newInputStream(path)) {
                files.put(year, read(path.toString(), year, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static YearFile read(String file, int year, InputStream in) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            return new FileReader(file, year, parser).yearFile();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", ";
            throw new HolidayCalendarException(file, where + "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads one holiday-cn file token by token, so that every problem can name its line as well as
     * its field. Fields it does not use ({@code $schema}, {@code $id}, {@code name}, anything added
     * later) are skipped.
     */
    private static final class FileReader {
        private final String file;
        private final int year;
        private final JsonParser p;

        FileReader(String file, int year, JsonParser p) {
            this.file = file;
            this.year = year;
            this.p = p;
        }

        YearFile yearFile() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fail("(root)", "must be a JSON object {\"year\", \"papers\", \"days\"}");
            }
            boolean sawYear = false;
            List<String> papers = List.of();
            List<ListedDay> days = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "year" -> {
                        checkYear();
                        sawYear = true;
                    }
                    case "papers" -> papers = papers();
                    case "days" -> days = days();
                    default -> p.skipChildren();
                }
            }
            int closingLine = line();
            if (p.nextToken() != null) {
                throw fail("(root)", "unexpected content after the closing }");
            }
            if (!sawYear) {
                throw fail(closingLine, "year", "missing");
            }
            if (days == null) {
                throw fail(closingLine, "days", "missing");
            }
            return new YearFile(year, papers, days);
        }

        private void checkYear() throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw fail("year", "must be a whole number");
            }
            if (!p.getText().equals(String.valueOf(year))) {
                throw fail("year", p.getText() + " does not match the file name " + year + ".json");
            }
        }

        private List<String> papers() throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw fail("papers", "must be a list of the notices' web addresses");
            }
            List<String> papers = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw fail("papers[" + papers.size() + "]", "must be a text");
                }
                papers.add(p.getText());
            }
            return List.copyOf(papers);
        }

        private List<ListedDay> days() throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw fail("days", "must be a list");
            }
            List<ListedDay> days = new ArrayList<>();
            Map<LocalDate, Boolean> seen = new HashMap<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String path = "days[" + days.size() + "]";
                ListedDay day = day(path);
                Boolean before = seen.put(day.date(), day.off());
                if (before != null && before != day.off()) {
                    throw fail(path + ".date", day.date() + " is listed twice, once as a day off and once as a working day");
                }
                days.add(day);
            }
            return List.copyOf(days);
        }

        private ListedDay day(String path) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw fail(path, "must be an object {\"name\", \"date\", \"isOffDay\"}");
            }
            int startLine = line();
            LocalDate date = null;
            Boolean off = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "date" -> date = date(path + ".date");
                    case "isOffDay" -> {
                        if (!p.currentToken().isBoolean()) {
                            throw fail(path + ".isOffDay", "must be true (a day off) or false (a working day)");
                        }
                        off = p.getBooleanValue();
                    }
                    default -> p.skipChildren();
                }
            }
            if (date == null) {
                throw fail(startLine, path + ".date", "missing");
            }
            if (off == null) {
                throw fail(startLine, path + ".isOffDay", "missing");
            }
            return new ListedDay(date, off);
        }

        private LocalDate date(String path) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw fail(path, "must be a date written as \"yyyy-MM-dd\"");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText());
            } catch (DateTimeParseException e) {
                throw fail(path, "\"" + p.getText() + "\" is not a date written as yyyy-MM-dd");
            }
            // A notice may reach into the neighbouring year (New Year's Day), never further.
            if (Math.abs(date.getYear() - year) > 1) {
                throw fail(path, date + " is too far from " + year + " to belong in " + year + ".json");
            }
            return date;
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private HolidayCalendarException fail(String path, String problem) {
            return fail(line(), path, problem);
        }

        private HolidayCalendarException fail(int line, String path, String problem) {
            return new HolidayCalendarException(file, "line " + line + ", " + path + ": " + problem);
        }
    }
}
