package org.aigc.vertical.compliance.detect;

import static org.aigc.vertical.compliance.detect.DetectorCases.catches;
import static org.aigc.vertical.compliance.detect.DetectorCases.ignores;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDetectorsTest {

    private final PhoneCheck phones = new PhoneCheck();
    private final EmailCheck emails = new EmailCheck();
    private final UrlCheck urls = new UrlCheck();
    private final RemoteImageCheck images = new RemoteImageCheck();

    @Test
    void findsInternationalChineseAndNorthAmericanPhoneNumbers() {
        catches(phones, "call +44 20 7946 0958 now", "+44 20 7946 0958");
        catches(phones, "手机13812345678联系", "13812345678");
        catches(phones, "手机 138-1234-5678", "138-1234-5678");
        catches(phones, "office (415) 555-2671.", "(415) 555-2671");
        catches(phones, "office 415-555-2671", "415-555-2671");
    }

    @Test
    void leavesDatesPricesIdsAndShortNumbersAlone() {
        ignores(phones, List.of("on 2024-05-01", "price 1,299.00", "SSN 123-45-6789", "id 11010519491231002X",
                "order 12345", "version 3.10.2", "ISBN 978-0-306-40615-7", "1:2:3"));
    }

    @Test
    void findsEmailAddresses() {
        catches(emails, "write to jane.doe+ads@example.co.uk.", "jane.doe+ads@example.co.uk");
        catches(emails, "邮箱：zhang_san@qq.com，谢谢", "zhang_san@qq.com");
    }

    @Test
    void leavesHandlesAndAtSignsAlone() {
        ignores(emails, List.of("follow @brand", "meet @ 5pm", "user@localhost", "a@b", "price@"));
    }

    @Test
    void findsUrlsWithoutTrailingPunctuation() {
        catches(urls, "see https://example.com/a?b=1.", "https://example.com/a?b=1");
        catches(urls, "visit www.example.cn，谢谢", "www.example.cn");
        catches(urls, "(http://x.io/p)", "http://x.io/p");
    }

    @Test
    void leavesPlainWordsAndEmailsAlone() {
        ignores(urls, List.of("the www is big", "mail a@example.com", "https is a protocol"));
    }

    @Test
    void findsRemoteMarkdownImagesButNotLinksOrLocalImages() {
        catches(images, "hi ![x](https://evil.example/p.png?d=secret) bye", "![x](https://evil.example/p.png?d=secret)");
        ignores(images, List.of("[link](https://example.com)", "![logo](/static/logo.png)", "! [x]"));
    }
}
