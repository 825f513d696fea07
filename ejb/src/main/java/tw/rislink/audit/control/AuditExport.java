package tw.rislink.audit.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.RocDate;

/**
 * Audit records as an Excel workbook or a PDF table, columns in the order of {@link #row},
 * under a {@link Heading}: what was searched, who exported it and when, so that a printed or
 * forwarded copy says what it is. Times and chain days are ROC dates; actions, outcomes and
 * channels are named by {@link Names} in the reader's language. The PDF needs a font with Chinese characters: the first of
 * {@code rislink.pdf.font} and the usual Debian CJK fonts that exists (TrueType collections
 * are named {@code file.ttc,0}); without one, the PDF is refused rather than printed with
 * holes.
 */
public final class AuditExport {

    static final List<String> FONT_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private AuditExport() {}

    /** The names of codes in the reader's language. */
    public interface Names {
        String action(String action);

        String outcome(AuditOutcome outcome);

        String channel(AuditChannel channel);
    }

    /**
     * What heads an export: its title, lines of facts (criteria, exporter, time) and the
     * page-number pattern of the PDF, {@code {0}} the page and {@code {1}} the pages.
     */
    public record Heading(String title, List<String> facts, String pageNumbers) {}

    /** {@code 20261122} → {@code 115/11/22}. */
    public static String chainDay(String day) {
        return RocDate.format(LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE));
    }

    /** One record's cells. */
    public static List<String> row(AuditRecord r, Names names) {
        List<String> cells = new ArrayList<>();
        cells.add(RocDate.format(r.getOccurredAt()));
        cells.add(text(r.getUserName()));
        cells.add(text(r.getAgencyCode()));
        cells.add(text(r.getAddress()));
        cells.add(names.channel(r.getChannel()));
        cells.add(names.action(r.getAction()));
        cells.add(text(r.getTransactionCode()));
        cells.add(text(r.getSubjectIds()));
        cells.add(text(r.getCaseNumber()));
        cells.add(text(r.getReason()));
        cells.add(text(r.getDataItems()));
        cells.add(names.outcome(r.getOutcome()));
        cells.add(chainDay(r.getChainDay()) + " / " + r.getPartition() + " / " + r.getSeq());
        return cells;
    }

    /** The heading's title and facts one a row, a blank row, the column headers, then one row per record. */
    public static byte[] xlsx(Heading heading, List<String> headers, List<AuditRecord> records, Names names) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(heading.title());
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Cell title = sheet.createRow(r++).createCell(0);
            title.setCellValue(heading.title());
            title.setCellStyle(bold);
            for (String fact : heading.facts()) {
                sheet.createRow(r++).createCell(0).setCellValue(fact);
            }
            r++;
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            for (AuditRecord record : records) {
                Row row = sheet.createRow(r++);
                List<String> cells = row(record, names);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The heading on the first page, the table (its header repeated on every page), page numbers at the foot. */
    public static byte[] pdf(Heading heading, List<String> headers, List<AuditRecord> records, Names names) {
        BaseFont base = font();
        Font font = new Font(base, 7);
        Font headerFont = new Font(base, 7, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 20, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(heading.title());
            document.open();
            document.add(new Paragraph(heading.title(), new Font(base, 12, Font.BOLD)));
            for (String fact : heading.facts()) {
                document.add(new Paragraph(fact, new Font(base, 8)));
            }
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(8);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            for (AuditRecord record : records) {
                for (String cell : row(record, names)) {
                    table.addCell(new Phrase(cell, font));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
        return numbered(out.toByteArray(), base, heading.pageNumbers());
    }

    /** Page numbers need the number of pages, known only once the document is written: stamped on afterwards. */
    private static byte[] numbered(byte[] pdf, BaseFont base, String pattern) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.beginText();
                over.setFontAndSize(base, 8);
                over.showTextAligned(
                        Element.ALIGN_CENTER,
                        MessageFormat.format(pattern, page, pages),
                        (size.getLeft() + size.getRight()) / 2,
                        size.getBottom() + 12,
                        0);
                over.endText();
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot number the PDF's pages", e);
        }
    }

    private static BaseFont font() {
        List<String> candidates = new ArrayList<>();
        String configured = System.getProperty("rislink.pdf.font");
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.strip());
        }
        candidates.addAll(FONT_CANDIDATES);
        for (String candidate : candidates) {
            String file = candidate.contains(",") ? candidate.substring(0, candidate.indexOf(',')) : candidate;
            if (Files.isRegularFile(Path.of(file))) {
                String name = file.endsWith(".ttc") && !candidate.contains(",") ? file + ",0" : candidate;
                try {
                    return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (DocumentException | IOException e) {
                    throw new IllegalStateException("Cannot read the PDF font " + name, e);
                }
            }
        }
        throw new IllegalStateException("No font with Chinese characters for the PDF: install fonts-wqy-microhei"
                + " or set rislink.pdf.font to a TrueType file");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
