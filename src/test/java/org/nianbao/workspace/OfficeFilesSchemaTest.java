package org.nianbao.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.OfficeFiles;
import org.nianbao.testing.OoxmlSchemas;

/**
 * Nothing for Word, Excel or WPS to repair ("文件已损坏，是否修复"): every XML part of every DOCX and
 * XLSX Nianbao writes is valid against the full ECMA-376 schemas (XMLBeans, poi-ooxml-full).
 */
class OfficeFilesSchemaTest {
    /**
     * Parts whose root no schema in poi-ooxml-full declares: OPC content types, core properties, and
     * the report's own data (a custom XML part is by definition in the writer's own vocabulary;
     * ECMA-376 Part 1 §22.5 lets any XML stand there).
     */
    private static final Set<String> WITHOUT_SCHEMA = Set.of("[Content_Types].xml", "docProps/core.xml",
            "customXml/nianbao-report.xml");

    @TempDir
    static Path dir;
    static List<OfficeFiles.Written> files;

    @BeforeAll
    static void writeEveryKindOfOfficeFile() throws Exception {
        files = OfficeFiles.writeAll(dir);
    }

    @Test
    void everyXmlPartOfEveryDocxAndXlsxWeWriteIsValidAgainstTheOoxmlSchemas() throws Exception {
        List<String> errors = new ArrayList<>();
        for (OfficeFiles.Written written : files) {
            List<OoxmlSchemas.Part> parts = OoxmlSchemas.validate(written.file());
            for (OoxmlSchemas.Part part : parts) {
                if (!part.typed() && part.root() != null && !WITHOUT_SCHEMA.contains(part.name())) {
                    errors.add(written + " › " + part.name() + ": no schema declares its root " + part.root());
                }
                part.errors().forEach(e -> errors.add(written + " › " + part.name() + " " + e));
                if (!part.errors().isEmpty()) {
                    System.out.println(written + " › " + part.name() + ": " + part.errors().size() + " schema error(s)");
                }
            }
            Set<String> roots = parts.stream().filter(OoxmlSchemas.Part::typed)
                    .map(p -> p.root().getLocalPart()).collect(Collectors.toSet());
            // Guard against validating nothing: the parts that matter were found and checked.
            if (written.file().toString().endsWith(".docx")) {
                assertThat(roots).as(written + ": parts validated").contains("document", "styles", "settings", "ftr", "Relationships", "Properties");
                if (written.what().contains("draft")) {
                    assertThat(roots).as(written + ": the draft mark's header validated").contains("hdr");
                }
            } else {
                assertThat(roots).as(written + ": parts validated").contains("workbook", "styleSheet", "worksheet", "Relationships");
            }
        }
        assertThat(files).as("files written").hasSizeGreaterThanOrEqualTo(13);
        assertThat(errors).as("schema errors in the files we write").isEmpty();
    }

    @Test
    void theValidatorNamesAFillColourExcelWouldRepairAndWhereItStands() throws Exception {
        OoxmlSchemas.Part styles = OoxmlSchemas.validate("xl/styles.xml",
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fills count=\"1\"><fill>"
                        + "<patternFill patternType=\"solid\"><fgColor rgb=\"DDEBF7\"/></patternFill></fill></fills></styleSheet>");
        assertThat(styles.typed()).isTrue();
        assertThat(styles.errors()).singleElement().asString()
                .contains("ST_UnsignedIntHex").contains("/styleSheet/fills/fill/patternFill/fgColor");
    }
}
