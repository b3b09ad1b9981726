package org.nianbao.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a department's file by what it contains, not by its extension, and refuses what is not a
 * readable workbook with a reason the secretary can act on (encrypted, damaged, an HTML page or a
 * CSV file saved with an .xls name …).
 */
public final class WorkbookOpener {
    /** Department workbooks are small; anything larger is a mistake or an attack. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private WorkbookOpener() {
    }

    public static WorkbookContent open(Path file) throws WorkbookRefusal, IOException {
        return open(file, false);
    }

    /**
     * As {@link #open}, but the sheets of an .xlsx are {@linkplain SheetData#streamed streamed}: read
     * forward, a row at a time, so a million-row sheet is never held whole. The content must be closed;
     * a failure part-way through a sheet is a {@link SheetData.StreamFailure}, for {@link #refusal}.
     * (A 97-2003 .xls holds at most 65,536 rows and is read whole.)
     */
    public static WorkbookContent openStreamed(Path file) throws WorkbookRefusal, IOException {
        return open(file, true);
    }

    private static WorkbookContent open(Path file, boolean streamed) throws WorkbookRefusal, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new WorkbookRefusal("intake.file.empty", "the file is empty", null);
        }
        if (size > MAX_BYTES) {
            throw new WorkbookRefusal("intake.file.tooLarge", "the file is larger than 100 MB", null, size / (1024 * 1024));
        }
        FileMagic magic;
        byte[] head;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
            in.mark(4096);
            head = in.readNBytes(4096);
        }
        try {
            WorkbookContent content = switch (magic) {
                case OOXML -> readZip(file, streamed);
                case OLE2 -> readOle2(file);
                case HTML -> throw new WorkbookRefusal("intake.file.html", "an HTML page saved with a spreadsheet name", null);
                case XML -> throw new WorkbookRefusal("intake.file.xml", "an XML spreadsheet (Excel 2003 XML)", null);
                case PDF, RTF, WORD2, MSWRITE, JPEG, GIF, PNG, TIFF, WMF, EMF, BMP ->
                        throw new WorkbookRefusal("intake.file.notWorkbook", "a " + magic + " file, not a workbook", null,
                                magic.name().toLowerCase(Locale.ROOT));
                case BIFF2, BIFF3, BIFF4 -> throw new WorkbookRefusal("intake.file.oldExcel", "a pre-1997 Excel file", null);
                default -> throw unknown(head);
            };
            if (content.sheets().isEmpty() || content.sheets().stream().allMatch(s -> s.rowCount() == 0)) {
                content.close();
                throw new WorkbookRefusal("intake.file.noData", "the workbook has no cells", null);
            }
            return content;
        } catch (Exception | OutOfMemoryError | StackOverflowError | NoClassDefFoundError e) {
            throw refusal(e, size);
        }
    }

    /**
     * Why a file could not be read, from what reading it threw; a streamed sheet's {@link SheetData.StreamFailure}
     * is judged by its cause, as if the sheet had been read whole. An unchecked exception thrown by our
     * own code is a bug, not the department's file: it is thrown on (to the internal-error path).
     */
    static WorkbookRefusal refusal(Throwable thrown, long size) {
        Throwable e = thrown instanceof SheetData.StreamFailure f ? f.getCause() : thrown;
        if (e instanceof WorkbookRefusal r) {
            return r;
        }
        if (e instanceof EncryptedDocumentException) {
            return new WorkbookRefusal("intake.file.encrypted", "the workbook is password-protected", e);
        }
        if (e instanceof IOException) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                return new WorkbookRefusal("intake.file.zipBomb", "the file expands to an implausible size (zip bomb)", e);
            }
            return new WorkbookRefusal("intake.file.corrupt", "the file is damaged: " + e.getMessage(), e);
        }
        if (e instanceof OutOfMemoryError) {
            return WorkbookRefusal.outOfMemory(size, e);
        }
        if (e instanceof RuntimeException || e instanceof StackOverflowError || e instanceof NoClassDefFoundError) {
            // POI and the XML and ZIP readers signal broken files with many unchecked exceptions, and a ZIP entry
            // packed with a codec we do not ship (XZ, Zstandard) raises NoClassDefFoundError: the file is damaged.
            // One thrown by our own code is a bug, not the department's file: it goes on to the internal-error path
            // (logged with its stack trace), never to "请让部门重新发送".
            if (thrownByUs(e)) {
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw (Error) e;
            }
            return new WorkbookRefusal("intake.file.corrupt", "the file is damaged: " + e, e);
        }
        if (e instanceof Error error) {
            throw error;
        }
        // The checked exceptions the readers declare (invalid OOXML packages, SAX errors, XML stream errors): damaged.
        return new WorkbookRefusal("intake.file.corrupt", "the file is damaged: " + e, e);
    }

    /** Whether an unchecked exception was raised by Nianbao's own code rather than by a library reading the file. */
    static boolean thrownByUs(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return !(e instanceof SheetData.Malformed) && trace.length > 0 && trace[0].getClassName().startsWith("org.nianbao.");
    }

    /**
     * A ZIP may be an Excel workbook, or another Office or OpenDocument file under an Excel name:
     * say which, rather than calling it damaged.
     */
    private static WorkbookContent readZip(Path file, boolean streamed) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
                if (type.contains("opendocument.spreadsheet")) {
                    throw new WorkbookRefusal("intake.file.ods", "an OpenDocument spreadsheet (.ods)", null);
                }
                throw new WorkbookRefusal("intake.file.notWorkbook", "an OpenDocument file, not a workbook", null, "odf");
            }
            if (zip.getEntry("xl/workbook.xml") == null && zip.getEntry("xl/workbook.bin") == null) {
                String what = zip.getEntry("word/document.xml") != null ? "docx"
                        : zip.getEntry("ppt/presentation.xml") != null ? "pptx" : "zip";
                throw new WorkbookRefusal("intake.file.notWorkbook", "a " + what + " file, not a workbook", null, what);
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw new WorkbookRefusal("intake.file.xlsb", "an Excel binary workbook (.xlsb)", null);
            }
        }
        return streamed ? XlsxStreamReader.stream(file) : XlsxStreamReader.read(file);
    }

    private static WorkbookContent readOle2(Path file) throws IOException, WorkbookRefusal {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new WorkbookRefusal("intake.file.encrypted", "the workbook is password-protected", null);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new WorkbookRefusal("intake.file.notWorkbook", "an Office file that is not a workbook", null, "ole2");
            }
            return XlsReader.read(fs);
        }
    }

    /**
     * Web pages that do not open with {@code <html} (a byte-order mark, a bare {@code <table>} from
     * an office system's "export to Excel", a leading {@code <meta>}); plain text with separators is
     * a CSV/TSV export; anything else is unknown.
     */
    private static WorkbookRefusal unknown(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        String start = text.replace("\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<") && (start.startsWith("<html") || start.startsWith("<!doctype html")
                || start.startsWith("<table") || start.startsWith("<meta") || start.startsWith("<head")
                || start.startsWith("<body") || start.contains("<table"))) {
            return new WorkbookRefusal("intake.file.html", "an HTML page saved with a spreadsheet name", null);
        }
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        boolean textual = head.length > 0 && controls == 0;
        if (textual && (text.contains(",") || text.contains("\t") || text.contains("，"))) {
            return new WorkbookRefusal("intake.file.csv", "a CSV/text file saved with a spreadsheet name", null);
        }
        return new WorkbookRefusal("intake.file.unknown", "not a spreadsheet format Nianbao knows", null);
    }
}
