package tw.rislink.verification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.rislink.platform.entity.InvalidForm;

class RequestFormTest {

    @Test
    void a_complete_application_has_no_problems_and_yields_the_key() throws Exception {
        RequestForm form = form("04595252", "02-23565005#123", "0912-345-678", "127.0.0.1, ::1", pem(2048), true);
        assertEquals(List.of(), form.problems(true));
        assertEquals(List.of("127.0.0.1", "::1"), form.addresses());
        assertTrue(form.publicKey().startsWith("MII"));
    }

    @Test
    void every_wrong_field_is_named() throws Exception {
        RequestForm form = form("04595251", "2356-5005", "912345678", "host.example.com", pem(1024), false);
        List<String> fields =
                form.problems(true).stream().map(InvalidForm.Problem::field).toList();
        assertEquals(List.of("businessId", "landline", "mobile", "hostAddresses", "consent", "publicKey"), fields);
        assertTrue(form.problems(true).get(0).message().contains("not divisible by 5"));
    }

    @Test
    void the_legal_basis_is_required_and_a_key_is_needed_only_for_an_application() throws Exception {
        RequestForm noBasis = new RequestForm(
                "04595252", "示範銀行", "10.0.0.1", "王", "02-23565005", "0912345678", "a@b.tw", "核對身分", " ", null, true);
        assertEquals(
                List.of("legalBasis"),
                noBasis.problems(false).stream().map(InvalidForm.Problem::field).toList());
        assertThrows(IllegalArgumentException.class, noBasis::publicKey);
    }

    private static RequestForm form(
            String id, String landline, String mobile, String hosts, String key, boolean consent) {
        return new RequestForm(
                id,
                "示範銀行",
                hosts,
                "王小明",
                landline,
                mobile,
                "api@bank.example.com.tw",
                "核對身分",
                "洗錢防制法第7條",
                key,
                consent);
    }

    private static String pem(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----";
    }
}
