package org.nianbao.published;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/**
 * The figures a report made by Nianbao carries ({@code nianbao-report.json}): the PDF's embedded
 * file, or the DOCX's custom XML part. Empty for a report that carries none (made elsewhere, or
 * before the data was added); never throws for a file that is merely not a report.
 */
public final class ReportDataReader {
    private static final String FILE_NAME = "nianbao-report.json";
    private static final String DOCX_PART = "/customXml/nianbao-report.xml";
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private ReportDataReader() {
    }

    public static Optional<String> read(Path file) {
        try {
            byte[] head = new byte[4];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.read(head) < 4) {
                    return Optional.empty();
                }
            }
            if (head[0] == '%' && head[1] == 'P') {
                return fromPdf(file);
            }
            if (head[0] == 'P' && head[1] == 'K') {
                return fromDocx(file);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fromPdf(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            if (tree == null) {
                return Optional.empty();
            }
            Map<String, PDComplexFileSpecification> files = tree.getNames();
            PDComplexFileSpecification spec = files == null ? null : files.get(FILE_NAME);
            if (spec == null) {
                return Optional.empty();
            }
            PDEmbeddedFile embedded = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
            return embedded == null ? Optional.empty() : Optional.of(new String(embedded.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    private static Optional<String> fromDocx(Path file) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(DOCX_PART));
            if (part == null) {
                return Optional.empty();
            }
            try (InputStream in = part.getInputStream()) {
                StringBuilder json = new StringBuilder();
                Matcher m = CDATA.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    json.append(m.group(1));
                }
                return json.isEmpty() ? Optional.empty() : Optional.of(json.toString());
            }
        }
    }
}
