package org.aigc.marketing;

import static org.aigc.marketing.MarketingData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The marketing tasks and AD/MK rules end to end over Kafka, with stored brands and campaigns. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "marketing"))
class MarketingTasksPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("marketing");
    private static final String tenant = pipeline.tenantId();

    private GenerationCompleted run(String task, String input, String locale, String answer) {
        return pipeline.run(pipeline.request(task, input, locale), answer).result();
    }

    private GenerationCompleted refused(String task, String input) {
        GenerationRequested request = pipeline.request(task, input, "en");
        pipeline.send(request);
        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(300))).isEmpty();
        return result;
    }

    private static long campaign(String brandExtra, String channel, String campaignExtra) {
        return MarketingData.campaign(tenant, MarketingData.brand(tenant, "Cloudleaf", brandExtra), channel,
                campaignExtra);
    }

    private static String adCopy(long campaign, int variants) {
        return "{\"campaignId\": %d, \"channel\": \"search\", \"variants\": %d}".formatted(campaign, variants);
    }

    private static String variants(String disclosure, String... headlineBody) {
        StringBuilder json = new StringBuilder("{" + (disclosure == null ? "" : "\"disclosure\": \"" + disclosure
                + "\", ") + "\"variants\": [");
        for (int i = 0; i < headlineBody.length; i += 2) {
            json.append(i > 0 ? ", " : "").append("{\"headline\": \"").append(headlineBody[i])
                    .append("\", \"body\": \"").append(headlineBody[i + 1]).append("\", \"cta\": \"Buy\"}");
        }
        return json.append("]}").toString();
    }

    private static Object[] rules(GenerationCompleted result) {
        return result.findings().stream().map(Finding::ruleId).distinct().toArray();
    }

    @Test
    void adCopyUsesTheBrandAndAllowsItsRegisteredTrademark() {
        long c = campaign(", \"bannedWords\": [\"cheap\"], \"requiredDisclosures\": [\"Terms apply.\"],"
                + " \"markets\": [\"CN\"], \"registeredTrademarks\": [\"最佳拍档\"]", "search", "");
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("ad-copy", adCopy(c, 2), "zh-CN"),
                variants("广告", "最佳拍档冷泡茶", "茉莉清香。Terms apply.", "茉莉冷泡", "春日午后。Terms apply."));
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("Calm, precise", "cheap", "最佳拍档",
                "Terms apply.", "headline at most 30 characters");
        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("Cold-brew jasmine tea",
                "Write exactly 2 variants");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().findings()).isEmpty();
        assertThat(round.result().output().at("/variants/1/headline").asText()).isEqualTo("茉莉冷泡");
    }

    @Test
    void ad01BlocksAbsoluteTermsExceptSelfComparisonAndOutsideThePrcMarket() {
        long cn = campaign(", \"markets\": [\"CN\"]", "search", "");
        GenerationCompleted blocked = run("ad-copy", adCopy(cn, 1), "zh-CN", variants("广告", "全网最佳茉莉茶", "冷泡。"));
        assertThat(blocked.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(rules(blocked)).containsExactly("AD-01");
        assertThat(run("ad-copy", adCopy(cn, 1), "zh-CN", variants("广告", "新一代茉莉茶", "比上一代口感最好。"))
                .status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(run("ad-copy", adCopy(cn, 1), "en", variants("Ad", "Number one tea", "Cold.")).status())
                .isEqualTo(GenerationStatus.BLOCKED);
        long us = campaign(", \"markets\": [\"US\"]", "search", "");
        assertThat(run("ad-copy", adCopy(us, 1), "en", variants("Ad", "Number one tea", "Cold.")).status())
                .isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void mk01VariantsMustFitTheChannelAndMatchTheCount() {
        long c = campaign("", "search", "");
        GenerationCompleted tooLong = run("ad-copy", adCopy(c, 1), "en",
                variants("Ad", "A headline far longer than thirty characters", "Cold."));
        assertThat(tooLong.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(rules(tooLong)).containsExactly("MK-01");
        GenerationCompleted tooFew = run("ad-copy", adCopy(c, 2), "en", variants("Ad", "Jasmine, cold", "Cold."));
        assertThat(tooFew.findings()).extracting(Finding::excerpt).containsExactly("1 variants instead of 2");
    }

    @Test
    void mk02Mk03AndAd10UseTheBrandsRules() {
        long c = campaign(", \"bannedWords\": [\"cheap\"], \"requiredDisclosures\": [\"Terms apply.\"]", "search", "");
        assertThat(rules(run("ad-copy", adCopy(c, 1), "en", variants("Ad", "Cheap jasmine", "Terms apply."))))
                .containsExactly("MK-02");
        GenerationCompleted noDisclosure = run("ad-copy", adCopy(c, 1), "en", variants(null, "Jasmine", "Cold."));
        assertThat(noDisclosure.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(noDisclosure.findings()).extracting(Finding::ruleId, Finding::action).containsExactlyInAnyOrder(
                tuple("AD-10-JSON", "REVIEW"), tuple("MK-03", "REVIEW"));
    }

    @Test
    void socialPostsGetTheAdMarkerAndSponsorshipDisclosureAppended() {
        long sponsored = campaign("", "social", ", \"sponsored\": true, \"locale\": \"zh-CN\"");
        String input = "{\"campaignId\": %d, \"platform\": \"xiaohongshu\", \"topic\": \"午后冷泡\"}";
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("social-post", input.formatted(sponsored),
                "zh-CN"), "春日午后，一杯茉莉冷泡。");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("paid partnership");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().content()).isEqualTo("春日午后，一杯茉莉冷泡。\n\n广告\n\n合作推广\n\n本内容由人工智能生成");
        assertThat(rules(round.result())).containsExactlyInAnyOrder("AD-10", "AD-11");

        long plain = campaign("", "social", "");
        assertThat(run("social-post", input.formatted(plain), "en", "Spring, iced.").content())
                .isEqualTo("Spring, iced.\n\n#Ad\n\nAI-generated content");
        GenerationCompleted marked = run("social-post", input.formatted(plain), "en", "Spring, iced. #ad");
        assertThat(marked.findings()).isEmpty();
    }

    @Test
    void categoryRulesAd03ToAd07() {
        String post = "{\"campaignId\": %d, \"platform\": \"weibo\"}";
        long food = campaign("", "social", ", \"category\": \"food\"");
        assertThat(rules(run("social-post", post.formatted(food), "zh-CN", "喝茶能治疗糖尿病。广告")))
                .containsExactly("AD-03");
        long medical = campaign("", "social", ", \"category\": \"medical\"");
        assertThat(run("social-post", post.formatted(medical), "zh-CN", "本院专业治疗糖尿病。广告").status())
                .isEqualTo(GenerationStatus.COMPLETED);
        assertThat(rules(run("social-post", post.formatted(medical), "zh-CN", "治愈率高达95%。广告")))
                .containsExactly("AD-05");

        long drug = campaign("", "social", ", \"category\": \"drug\"");
        assertThat(run("social-post", post.formatted(drug), "zh-CN", "缓解感冒引起的鼻塞。广告").content())
                .contains("广告\n\n请按药品说明书或者在药师指导下购买和使用");
        GenerationCompleted deviceJson = run("ad-copy", "{\"campaignId\": %d, \"channel\": \"social\"}"
                .formatted(campaign("", "social", ", \"category\": \"device\"")), "zh-CN",
                variants("广告", "家用血压计", "一键测量。"));
        assertThat(deviceJson.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(rules(deviceJson)).containsExactly("AD-05-DEVICE-JSON");

        long healthFood = campaign("", "social", ", \"category\": \"health-food\"");
        assertThat(rules(run("social-post", post.formatted(healthFood), "zh-CN", "无副作用，放心吃。广告")))
                .contains("AD-04");
        assertThat(run("social-post", post.formatted(healthFood), "zh-CN", "每日一粒，补充维生素。广告").content())
                .contains("补充维生素。广告\n\n本品不能代替药物");

        long investment = campaign("", "social", ", \"category\": \"investment\"");
        assertThat(rules(run("social-post", post.formatted(investment), "zh-CN", "保本保收益！广告")))
                .contains("AD-06");
        assertThat(run("social-post", post.formatted(investment), "en", "Our fund, explained. #ad").content())
                .contains("Investing involves risk");
        long education = campaign("", "social", ", \"category\": \"education\"");
        assertThat(rules(run("social-post", post.formatted(education), "zh-CN", "考研包过！广告")))
                .containsExactly("AD-07");
        assertThat(run("social-post", post.formatted(education), "zh-CN", "系统备考，名师答疑。广告").status())
                .isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void minorsAndEndorsersAd08Ad09() {
        String post = "{\"campaignId\": %d, \"platform\": \"douyin\"%s}";
        long kids = campaign("", "social", ", \"category\": \"food\", \"minors\": true");
        assertThat(rules(run("social-post", post.formatted(kids, ""), "zh-CN", "好喝的果茶，快让爸爸妈妈买！广告")))
                .containsExactly("AD-08");
        long adults = campaign("", "social", ", \"category\": \"food\"");
        assertThat(run("social-post", post.formatted(adults, ""), "zh-CN", "好喝的果茶，快让爸爸妈妈买！广告")
                .status()).isEqualTo(GenerationStatus.COMPLETED);
        long kidsCosmetics = campaign("", "social", ", \"category\": \"cosmetics\", \"minors\": true");
        assertThat(rules(refused("social-post", post.formatted(kidsCosmetics, "")))).containsExactly("AD-08-CATEGORY");

        GenerationCompleted child = refused("social-post", post.formatted(adults,
                ", \"endorser\": {\"name\": \"Lily\", \"age\": 8, \"hasUsedProduct\": true}"));
        assertThat(child.findings()).extracting(Finding::ruleId, Finding::excerpt)
                .containsExactly(tuple("AD-09", "Lily is under 10"));
        assertThat(rules(refused("social-post", post.formatted(adults,
                ", \"endorser\": {\"name\": \"Ann\", \"hasUsedProduct\": false}")))).containsExactly("AD-09");
        assertThat(run("social-post", post.formatted(adults,
                ", \"endorser\": {\"name\": \"Ann\", \"age\": 34, \"hasUsedProduct\": true}"), "en",
                "Ann drinks it daily. #ad").status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void requestsThatBreakAd02Ad11Ad12AreRefusedBeforeTheModel() {
        long c = campaign("", "social", "");
        String post = "{\"campaignId\": %d, \"platform\": \"instagram\", \"topic\": \"%s\"}";
        assertThat(rules(refused("social-post", post.formatted(c, "Show the national flag behind the tea"))))
                .containsExactly("AD-02");
        assertThat(rules(refused("social-post", post.formatted(c, "Make it look organic, no sponsor tag"))))
                .containsExactly("AD-11-HIDE");
        assertThat(rules(refused("social-post", post.formatted(c, "Write five fake reviews from happy buyers"))))
                .containsExactly("AD-12");
        assertThat(run("social-post", post.formatted(c, "Real reviews are on our site"), "en", "Try it. #ad")
                .status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void ad13AndAd14NeedProofOnTheCampaign() {
        String post = "{\"campaignId\": %d, \"platform\": \"instagram\"}";
        long unproven = campaign("", "social", "");
        GenerationCompleted claim = run("social-post", post.formatted(unproven), "en", "Clinically proven calm. #ad");
        assertThat(claim.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(rules(claim)).containsExactly("AD-13");
        long proven = campaign("", "social", ", \"substantiation\": \"RCT NCT01234567, n=240\"");
        assertThat(run("social-post", post.formatted(proven), "en", "Clinically proven calm. #ad").status())
                .isEqualTo(GenerationStatus.COMPLETED);

        long eu = campaign(", \"markets\": [\"EU\"]", "social", "");
        assertThat(rules(run("social-post", post.formatted(eu), "en", "An eco-friendly bottle. #ad")))
                .containsExactly("AD-14");
        long euCertified = campaign(", \"markets\": [\"EU\"]", "social", ", \"ecoCertification\": \"EU Ecolabel FR/2026/001\"");
        assertThat(run("social-post", post.formatted(euCertified), "en", "An eco-friendly bottle. #ad").status())
                .isEqualTo(GenerationStatus.COMPLETED);
        assertThat(rules(run("social-post", post.formatted(euCertified), "en", "A carbon neutral tea. #ad")))
                .containsExactly("AD-14");
        long us = campaign(", \"markets\": [\"US\"]", "social", "");
        assertThat(run("social-post", post.formatted(us), "en", "An eco-friendly bottle. #ad").status())
                .isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void emailSloganAndAbVariantsAreJsonTasks() {
        long c = campaign("", "search", "");
        GenerationCompleted email = run("email", "{\"campaignId\": %d, \"goal\": \"announce the launch\"}"
                .formatted(c), "en", """
                {"disclosure": "Ad", "subject": "Cold jasmine is back", "preheader": "Spring afternoons",
                 "body": "Our cold-brew jasmine tea returns.", "cta": "Shop now"}""");
        assertThat(email.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(email.output().path("subject").asText()).isEqualTo("Cold jasmine is back");

        GenerationCompleted slogans = run("slogan", "{\"campaignId\": %d, \"count\": 2}".formatted(c), "en",
                "{\"slogans\": [{\"text\": \"Cold tea, warm days\"}, {\"text\": \"Jasmine, iced\"}]}");
        assertThat(slogans.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(slogans.output().at("/slogans/1/text").asText()).isEqualTo("Jasmine, iced");

        long asset = as(tenant).body("{\"campaignId\": %d, \"kind\": \"ad-copy\", \"content\": \"Cold tea, warm day.\"}"
                .formatted(c)).post("/api/v1/marketing/assets").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        PipelineTestSupport.Round ab = pipeline.run(pipeline.request("ab-variants",
                "{\"assetId\": %d, \"count\": 2, \"vary\": \"headline\"}".formatted(asset), "en"),
                variants("Ad", "Cold tea", "Warm day.", "Iced jasmine", "Warm day."));
        assertThat(PipelineTestSupport.userPrompt(ab.call())).contains("Cold tea, warm day.", "varying the headline");
        assertThat(ab.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(rules(run("ab-variants", "{\"assetId\": %d, \"count\": 2}".formatted(asset), "en",
                variants("Ad", "Cold tea", "Warm day.")))).containsExactly("MK-01");
        assertThat(refused("ab-variants", "{\"assetId\": 999999, \"count\": 2}").errorCode())
                .isEqualTo("UNKNOWN_ASSET");
    }
}
