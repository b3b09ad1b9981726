package org.nianbao.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nianbao.check.QuotedFigures;
import org.nianbao.check.Finding;

/**
 * One report of the province's folder as the summary shows it: its figures exact from the data it
 * carries ({@code embedded}) or, for a report made elsewhere, only what its text review gives
 * ({@code estimated}: 估读); its signature; its findings; or why it could not be used.
 *
 * @param data the report's {@code nianbao-report.json} when it carries one, else null
 */
public record GatheredReport(ReviewedReport review, JsonNode data, Map<String, QuotedFigures.Quote> estimates) {
    /**
     * @param estimates for a report without data, the figures its prose quotes (估读), by
     *                  {@link QuotedFigures.Quote#figure()}; empty otherwise
     */
    public GatheredReport {
        estimates = Map.copyOf(estimates);
    }


    public Path file() {
        return review.file();
    }

    public boolean embedded() {
        return data != null;
    }

    public boolean read() {
        return review.read();
    }

    public String institution() {
        return data != null ? data.path("institution").path("name").asText(review.institution()) : review.institution();
    }

    public String year() {
        return data != null ? data.path("year").asText(review.year()) : review.year();
    }

    public List<Finding> findings() {
        return review.findings();
    }
}
