package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tw.rislink.audit.entity.AuditChannel;
import tw.rislink.audit.entity.AuditEntry;
import tw.rislink.audit.entity.AuditOutcome;
import tw.rislink.audit.entity.AuditRecord;

class AuditExportTest {

    private static final List<String> HEADERS =
            List.of("時間", "使用者", "機關", "來源位址", "管道", "動作", "交易代碼", "查詢對象", "案號", "事由", "資料項目", "結果", "鏈");

    private final List<AuditRecord> records = List.of(record("A123456789", "戶籍查核"), record("F193153654", "案件調查"));

    @Test
    void the_workbook_has_a_header_row_and_one_row_per_record() throws Exception {
        byte[] xlsx = AuditExport.xlsx("稽核紀錄", HEADERS, records);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("稽核紀錄", sheet.getSheetName());
            assertEquals("時間", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("115/11/22 09:30:00", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("A123456789", sheet.getRow(1).getCell(7).getStringCellValue());
            assertEquals("案件調查", sheet.getRow(2).getCell(9).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void the_pdf_carries_the_chinese_text_and_every_record() throws Exception {
        byte[] pdf = AuditExport.pdf("稽核紀錄", HEADERS, records);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("稽核紀錄"), text);
        assertTrue(text.contains("A123456789") && text.contains("F193153654"), text);
        assertTrue(text.contains("戶籍查核"), text);
    }

    private static AuditRecord record(String subject, String reason) {
        AuditRecord record = new AuditRecord(
                new AuditEntry(
                        "dhr",
                        "A01010000C",
                        "10.0.0.8",
                        AuditChannel.SCREEN,
                        "REGISTER_PERSON",
                        null,
                        subject,
                        "115-0001",
                        reason,
                        null,
                        "person",
                        AuditOutcome.SUCCESS),
                LocalDateTime.of(2026, 11, 22, 9, 30));
        record.chain("20261122", 0, 1, "genesis");
        return record;
    }
}
