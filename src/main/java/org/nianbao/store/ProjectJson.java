package org.nianbao.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.nianbao.model.AcademicYear;
import org.nianbao.model.InvalidValueException;
import org.nianbao.model.Project;

/** The Jackson set-up for {@code project.json}: dates as ISO strings, years as "2021-2022" (a calendar-year kind's as "2023"). */
final class ProjectJson {
    private ProjectJson() {
    }

    /** What {@code project.json} holds: the schema version first, then the project's own fields. */
    record FileContent(int schemaVersion, @com.fasterxml.jackson.annotation.JsonUnwrapped Project project,
                       @com.fasterxml.jackson.annotation.JsonIgnore java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> kept) {
        FileContent(int schemaVersion, Project project) {
            this(schemaVersion, project, java.util.Map.of());
        }

        /** Top-level fields this build does not know, written back after its own (in name order). */
        @com.fasterxml.jackson.annotation.JsonAnyGetter
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> unknownFields() {
            return kept;
        }
    }

    static ObjectMapper mapper(ProjectLimits limits) {
        SimpleModule years = new SimpleModule("nianbao-model");
        years.addSerializer(AcademicYear.class, new JsonSerializer<>() {
            @Override
            public void serialize(AcademicYear value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        years.addDeserializer(AcademicYear.class, new JsonDeserializer<>() {
            @Override
            public AcademicYear deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return AcademicYear.parseStored(p.getValueAsString());
                } catch (InvalidValueException e) {
                    return (AcademicYear) ctxt.handleWeirdStringValue(AcademicYear.class, p.getValueAsString(), e.getMessage());
                }
            }
        });
        int longestString = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxJsonBytes());
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                // What a save may write, a load must read: a string as long as the whole file (Jackson's default
                // stops at 20 million characters); the nesting depth of ProjectLimits.
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength(longestString)
                        .maxDocumentLength(limits.maxJsonBytes())
                        .maxNestingDepth(limits.maxNesting())
                        .build())
                .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder()
                        .maxNestingDepth(limits.maxNesting())
                        .build())
                .build();
        return JsonMapper.builder(factory)
                // Two values for one key: refused, not the last one taken silently.
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new JavaTimeModule())
                .addModule(years)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // A file written by a newer build of the same schema may carry fields we do not know yet.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
