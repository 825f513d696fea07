package tw.rislink.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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

    private static final AuditExport.Heading HEADING = new AuditExport.Heading(
            "稽核紀錄",
            List.of("查詢條件：期間 115/11/16 至 115/11/22", "匯出者：auditor", "匯出時間：115/11/22 10:15:00"),
            "第 {0} / {1} 頁");

    /** Names as the screens give them in Chinese. */
    private static final AuditExport.Names NAMES = new AuditExport.Names() {
        @Override
        public String action(String action) {
            return "REGISTER_PERSON".equals(action) ? "戶籍個人資料查詢" : action;
        }

        @Override
        public String outcome(AuditOutcome outcome) {
            return outcome == AuditOutcome.SUCCESS ? "成功" : outcome.name();
        }

        @Override
        public String channel(AuditChannel channel) {
            return channel == AuditChannel.SCREEN ? "畫面" : channel.name();
        }
    };

    private final List<AuditRecord> records = List.of(record("A123456789", "戶籍查核"), record("F193153654", "案件調查"));

    @Test
    void the_workbook_has_its_heading_a_header_row_and_one_row_per_record_in_the_readers_words() throws Exception {
        byte[] xlsx = AuditExport.xlsx(HEADING, HEADERS, records, NAMES);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("稽核紀錄", sheet.getSheetName());
            assertEquals("稽核紀錄", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(
                    "查詢條件：期間 115/11/16 至 115/11/22", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("匯出者：auditor", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("匯出時間：115/11/22 10:15:00", sheet.getRow(3).getCell(0).getStringCellValue());
            Row header = sheet.getRow(5);
            assertEquals("時間", header.getCell(0).getStringCellValue());
            Row first = sheet.getRow(6);
            assertEquals("115/11/22 09:30:00", first.getCell(0).getStringCellValue());
            assertEquals("畫面", first.getCell(4).getStringCellValue());
            assertEquals("戶籍個人資料查詢", first.getCell(5).getStringCellValue());
            assertEquals("A123456789", first.getCell(7).getStringCellValue());
            assertEquals("成功", first.getCell(11).getStringCellValue());
            assertEquals("115/11/22 / 0 / 1", first.getCell(12).getStringCellValue());
            assertEquals("案件調查", sheet.getRow(7).getCell(9).getStringCellValue());
            assertEquals(7, sheet.getLastRowNum());
            assertEquals(6, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
        }
    }

    @Test
    void the_pdf_carries_its_heading_the_chinese_text_every_record_and_page_numbers() throws Exception {
        byte[] pdf = AuditExport.pdf(HEADING, HEADERS, records, NAMES);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("稽核紀錄"), text);
        assertTrue(text.contains("查詢條件：期間 115/11/16 至 115/11/22"), text);
        assertTrue(text.contains("匯出者：auditor") && text.contains("匯出時間：115/11/22 10:15:00"), text);
        assertTrue(text.contains("A123456789") && text.contains("F193153654"), text);
        assertTrue(text.contains("戶籍查核") && text.contains("戶籍個人資料查詢") && text.contains("成功"), text);
        assertTrue(text.contains("第 1 / 1 頁"), text);
    }

    @Test
    void every_page_of_a_long_pdf_is_numbered_of_all_pages() throws Exception {
        List<AuditRecord> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(record("A123456789", "戶籍查核 " + i));
        }
        PdfReader reader = new PdfReader(AuditExport.pdf(HEADING, HEADERS, many, NAMES));
        int pages = reader.getNumberOfPages();
        assertTrue(pages > 1, "200 records take more than a page");
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            assertTrue(text.contains("第 " + page + " / " + pages + " 頁"), text);
            assertTrue(text.contains("時間"), "the header row repeats on page " + page);
        }
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
