package org.aigc.health.phi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PhiDetectorTest {

    private static List<String> found(String text, PhiKind kind) {
        return PhiDetector.detect(text).stream().filter(m -> m.kind() == kind).map(PhiMatch::text).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "Patient: John Smith, seen today|NAME|John Smith",
        "Follow up with Mrs. Garcia next week|NAME|Garcia",
        "Maria Lopez is a 45-year-old teacher|NAME|Maria Lopez",
        "his wife Mary visits daily|NAME|Mary",
        "患者：张伟，男|NAME|张伟",
        "lives at 42 Oak Street, Apt 3|ADDRESS|42 Oak Street, Apt 3",
        "moved from Springfield, IL last year|ADDRESS|Springfield",
        "北京市朝阳区建国路88号|ADDRESS|北京市朝阳区建国路88号",
        "Boston, MA 02115|ZIP|02115",
        "DOB 03/14/1950|DATE|03/14",
        "admitted March 3, 2024|DATE|March 3",
        "discharged 2024-03-09|DATE|03-09",
        "2024年3月14日入院|DATE|3月14日",
        "A 92-year-old woman|AGE|92-year-old",
        "aged 97|AGE|aged 97",
        "born in 1931|AGE|1931",
        "call (555) 123-4567|PHONE|(555) 123-4567",
        "电话13812345678|PHONE|13812345678",
        "fax: 555-987-6543|FAX|555-987-6543",
        "write to jane.doe@example.com|EMAIL|jane.doe@example.com",
        "SSN 123-45-6789|SSN|123-45-6789",
        "MRN: 4471203|MRN|4471203",
        "Member ID: XGH4471209|HEALTH_PLAN|XGH4471209",
        "Account no. 99812|ACCOUNT|99812",
        "Driver's licence D1234567|LICENCE|D1234567",
        "Plate 7ABC123|VEHICLE|7ABC123",
        "VIN 1HGCM82633A004352|VEHICLE|1HGCM82633A004352",
        "Pacemaker serial PM-99812-A|DEVICE|PM-99812-A",
        "portal at https://portal.example.org/p/4471|URL|https://portal.example.org/p/4471",
        "logged in from 192.168.10.20|IP|192.168.10.20",
        "Claim 88123451 filed|OTHER_ID|88123451",
        "身份证号110101195003142316|OTHER_ID|110101195003142316"
    })
    void findsEachSafeHarborIdentifier(String text, PhiKind kind, String identifier) {
        assertThat(found(text, kind)).contains(identifier);
    }

    @Test
    void leavesClinicalFactsAlone() {
        String text = "Patient reports a dry cough for two weeks, no fever. BP 120/80, pulse 72. Take 1/2 tablet. "
                + "Platelets 150000. Hemoglobin 13.5 g/dL. Type 2 diabetes since childhood. A 45-year-old man. "
                + "Lives in Texas? Follow up in 3 months. Aged 85. Review at 10.30. Dose 5 mg daily. Ward 7B.";

        assertThat(PhiDetector.detect(text)).extracting(PhiMatch::kind)
                .doesNotContain(PhiKind.DATE, PhiKind.AGE, PhiKind.PHONE, PhiKind.OTHER_ID, PhiKind.ZIP,
                        PhiKind.IP, PhiKind.NAME);
    }

    @Test
    void anEmailContainingASurnameIsOneIdentifier() {
        assertThat(PhiDetector.detect("Mr. Smith wrote from john.smith@example.com"))
                .extracting(PhiMatch::kind, PhiMatch::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PhiKind.NAME, "Smith"),
                        org.assertj.core.groups.Tuple.tuple(PhiKind.EMAIL, "john.smith@example.com"));
    }

    @Test
    void storedTextKeepsWhatSafeHarborAllows() {
        Deidentifier.Result result = Deidentifier.deidentify(
                "Seen March 3, 2024 in Boston, MA 02115; family in Gillette, WY 82716 and Nome 03601-1234.");

        // the year stays; ZIP-3 stays for a large area and becomes 000 for a small one (HHS list)
        assertThat(result.text()).contains("[DATE], 2024", "MA 021XX", "WY 827XX", "000XX")
                .doesNotContain("02115", "82716", "03601", "March 3");
    }

    @Test
    void theReplacementTokensAreNotIdentifiersThemselves() {
        // the gate re-detects after masking: a token that looked like an identifier would refuse every request
        String tokens = java.util.Arrays.stream(PhiKind.values()).map(k -> "a " + k.token() + " b")
                .collect(java.util.stream.Collectors.joining(". "));

        assertThat(PhiDetector.detect(tokens)).isEmpty();
    }

    @Test
    void restrictedZip3BecomesZeros() {
        assertThat(Zip3.generalise("03601")).isEqualTo("000");
        assertThat(Zip3.generalise("89301")).isEqualTo("000");
        assertThat(Zip3.generalise("62704")).isEqualTo("627");
    }
}
