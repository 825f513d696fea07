package tw.rislink.audit.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tw.rislink.audit.entity.AuditRecord;
import tw.rislink.calendar.entity.RocDate;

/**
 * Audit records as an Excel workbook or a PDF table, columns in the order of {@link #row}.
 * Times are ROC date-times. The PDF needs a font with Chinese characters: the first of
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

    /** One record's cells. */
    public static List<String> row(AuditRecord r) {
        List<String> cells = new ArrayList<>();
        cells.add(RocDate.format(r.getOccurredAt()));
        cells.add(text(r.getUserName()));
        cells.add(text(r.getAgencyCode()));
        cells.add(text(r.getAddress()));
        cells.add(r.getChannel().name());
        cells.add(r.getAction());
        cells.add(text(r.getTransactionCode()));
        cells.add(text(r.getSubjectIds()));
        cells.add(text(r.getCaseNumber()));
        cells.add(text(r.getReason()));
        cells.add(text(r.getDataItems()));
        cells.add(r.getOutcome().name());
        cells.add(r.getChainDay() + "/" + r.getPartition() + "/" + r.getSeq());
        return cells;
    }

    public static byte[] xlsx(String title, List<String> headers, List<AuditRecord> records) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title);
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (AuditRecord record : records) {
                Row row = sheet.createRow(r++);
                List<String> cells = row(record);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String title, List<String> headers, List<AuditRecord> records) {
        BaseFont base = font();
        Font font = new Font(base, 7);
        Font headerFont = new Font(base, 7, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 20, 20);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, new Font(base, 12, Font.BOLD)));
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
                for (String cell : row(record)) {
                    table.addCell(new Phrase(cell, font));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
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
