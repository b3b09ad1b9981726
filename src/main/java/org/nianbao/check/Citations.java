package org.nianbao.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents a report cites (title, number, in force from/to, what replaced it), from the
 * bundled {@code citations.json} and any {@code *.json} of the same shape in the user's folder
 * ({@code ~/.nianbao/citations/}). A user file that cannot be read is skipped and named, never fatal.
 */
public final class Citations {
    private static final Citations BUILT_IN = builtInOnly();

    private final List<Document> documents;
    private final List<Problem> problems;

    /** One cited document. Empty strings and null dates where the source does not say. */
    public record Document(String title, List<String> shortTitles, String number, LocalDate inForceFrom,
                           LocalDate inForceTo, String replacedBy) {
        public Document {
            Objects.requireNonNull(title, "title");
            shortTitles = List.copyOf(shortTitles);
            number = number == null ? "" : number;
            replacedBy = replacedBy == null ? "" : replacedBy;
        }
    }

    /** A user file that was skipped, and why (in English, for the log; the finding names the file). */
    public record Problem(String file, String detail) {
    }

    private Citations(List<Document> documents, List<Problem> problems) {
        this.documents = List.copyOf(documents);
        this.problems = List.copyOf(problems);
    }

    public static Citations builtIn() {
        return BUILT_IN;
    }

    /** The bundled documents plus every {@code *.json} in {@code userFolder} (which need not exist). */
    public static Citations load(Path userFolder) {
        List<Document> all = new ArrayList<>(BUILT_IN.documents);
        List<Problem> problems = new ArrayList<>();
        if (Files.isDirectory(userFolder)) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(userFolder)) {
                files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                        .sorted().toList();
            } catch (IOException e) {
                problems.add(new Problem(userFolder.toString(), String.valueOf(e.getMessage())));
                files = List.of();
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    all.addAll(parse(in, file.getFileName().toString()));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new Problem(file.toString(), String.valueOf(e.getMessage())));
                }
            }
        }
        return new Citations(all, problems);
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The document that carries {@code number} (its first entry when several share it). */
    Optional<Document> byNumber(String number) {
        return documents.stream().filter(d -> d.number().equals(number)).findFirst();
    }

    private static Citations builtInOnly() {
        try (InputStream in = Citations.class.getResourceAsStream("citations.json")) {
            if (in == null) {
                throw new IllegalStateException("citations.json is missing from the application");
            }
            return new Citations(parse(in, "citations.json"), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one file; anything malformed is an IllegalArgumentException naming the field and line. */
    static List<Document> parse(InputStream in, String fileName) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(fileName + " line " + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.path("documents").isArray()) {
            throw new IllegalArgumentException(fileName + ": needs a \"documents\" list");
        }
        List<Document> out = new ArrayList<>();
        int i = 0;
        for (JsonNode d : root.path("documents")) {
            String where = fileName + ": documents[" + i++ + "]";
            String title = d.path("title").asText("").strip();
            if (title.isEmpty()) {
                throw new IllegalArgumentException(where + ".title is missing");
            }
            List<String> shortTitles = new ArrayList<>();
            d.path("shortTitles").forEach(n -> shortTitles.add(n.asText()));
            out.add(new Document(title, shortTitles, d.path("number").asText(""), date(d, "inForceFrom", where),
                    date(d, "inForceTo", where), d.path("replacedBy").asText("")));
        }
        return out;
    }

    private static LocalDate date(JsonNode d, String field, String where) {
        String s = d.path(field).asText("");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "." + field + " is not a date (YYYY-MM-DD): " + s);
        }
    }
}
