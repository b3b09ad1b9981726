package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.nianbao.model.Project;
import org.nianbao.model.Section;
import org.nianbao.published.PublishedReader;
import org.nianbao.published.ReportReading;
import org.nianbao.workspace.ProjectSession;
import org.nianbao.workspace.Workspace;

/**
 * Reading published reports: a report of about 30 pages as PDF read into sections (warm), and a
 * folder of reports reviewed as the province reviews them (every one read and checked).
 */
public final class PublishedBench {
    /** Pages of the long PDF, its warm median read in ms; reports reviewed and gathered, and the time for all of them. */
    public record Result(int pages, long readPdfMs, int reports, long reviewMs, long gatherMs) {
    }

    private PublishedBench() {
    }

    static Result run(Workspace workspace, Project sample, Path dir, int reports) throws Exception {
        // The sample's prose three times over: a report the length of a large university's.
        Project longer = sample;
        for (Section s : sample.sections()) {
            longer = longer.withProse(s.id(), s.prose() + "\n\n" + s.prose() + "\n\n" + s.prose());
        }
        ProjectSession session = workspace.create(dir.resolve("long.nianbao"), longer, true);
        Path pdf = dir.resolve("long.pdf");
        Path docx = dir.resolve("long.docx");
        session.export(pdf, docx);
        int pages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            pages = doc.getNumberOfPages();
        }
        for (int i = 0; i < 3; i++) {
            ReportReading.of(PublishedReader.read(pdf), session.kind());
        }
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            ReportReading.of(PublishedReader.read(pdf), session.kind());
            times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);

        Path folder = Files.createDirectories(dir.resolve("received"));
        for (int i = 0; i < reports; i++) {
            Files.copy(i % 2 == 0 ? pdf : docx, folder.resolve(String.format("report-%03d.%s", i, i % 2 == 0 ? "pdf" : "docx")));
        }
        long t0 = System.nanoTime();
        workspace.reviewFolder(folder, Optional.empty(), Optional.empty(), (i, f) -> { });
        long review = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        var gathered = workspace.gather(folder, Optional.empty(), (i, f) -> { });
        org.nianbao.workspace.GatherWorkbook.write(Files.createDirectories(dir.resolve("gathered")).resolve("summary.xlsx"), gathered,
                org.nianbao.i18n.Messages.chinese());
        long gather = (System.nanoTime() - t1) / 1_000_000;
        return new Result(pages, times[times.length / 2] / 1_000_000, reports, review, gather);
    }
}
