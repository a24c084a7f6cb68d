package org.aigc.games;

import static org.aigc.games.GamesData.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.aigc.contracts.Finding;
import org.aigc.contracts.GenerationCompleted;
import org.aigc.contracts.GenerationRequested;
import org.aigc.contracts.GenerationStatus;
import org.aigc.testkit.InfrastructureResource;
import org.aigc.vertical.testing.PipelineTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The games tasks end to end over Kafka, with stored worlds, characters and items of the test tenant. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class,
        initArgs = @ResourceArg(name = InfrastructureResource.DATABASE, value = "games"))
class GamesTasksPipelineTest {

    @RegisterExtension
    static final PipelineTestSupport pipeline = new PipelineTestSupport("games");
    private static final String tenant = pipeline.tenantId();

    private GenerationCompleted run(String task, String input, String locale, String answer) {
        return pipeline.run(pipeline.request(task, input, locale), answer).result();
    }

    /** A request that must end before any model call. */
    private GenerationCompleted refused(String task, String input) {
        GenerationRequested request = pipeline.request(task, input, "en");
        pipeline.send(request);
        GenerationCompleted result = pipeline.awaitResult(request.requestId());
        assertThat(pipeline.modelCallsWithin(request.requestId(), Duration.ofMillis(300))).isEmpty();
        return result;
    }

    private static void awaitTurns(long characterId, String player, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer session = as(tenant).get("/api/v1/games/sessions?characterId=" + characterId).jsonPath()
                    .param("p", player).get("find { it.playerId == p }.id");
            if (session != null && as(tenant).get("/api/v1/games/sessions/" + session + "/turns").jsonPath()
                    .getList("$").size() == count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the session of " + player + " never reached " + count + " turns");
    }

    @Test
    void anNpcRemembersThePlayersLastTurnsUntilTheSessionIsReset() throws Exception {
        long character = GamesData.character(tenant, GamesData.world(tenant, "Emberfall", "PEGI-12", "en-GB"),
                "Mara");
        String player = "player-" + UUID.randomUUID();
        String first = "{\"characterId\": %d, \"playerId\": \"%s\", \"utterance\": \"Can you mend my sword?\"}"
                .formatted(character, player);
        PipelineTestSupport.Round one = pipeline.run(pipeline.request("npc-dialogue", first, "en"),
                "Aye, bring it by sundown.");
        assertThat(one.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(PipelineTestSupport.systemPrompt(one.call())).contains("You are Mara", "Emberfall",
                "ember-lit mountains", "forge metaphors", "anything beyond the mountains", "PEGI-12");
        assertThat(PipelineTestSupport.userPrompt(one.call())).doesNotContain("Earlier in this conversation");
        awaitTurns(character, player, 1);

        String second = first.replace("Can you mend my sword?", "What did I ask you?");
        PipelineTestSupport.Round two = pipeline.run(pipeline.request("npc-dialogue", second, "en"), "Your sword.");
        assertThat(PipelineTestSupport.userPrompt(two.call())).contains("Earlier in this conversation:",
                "Player: Can you mend my sword?", "Mara: Aye, bring it by sundown.",
                "The player says to Mara: \"What did I ask you?\"").doesNotContain("AI-generated content");
        awaitTurns(character, player, 2);

        Integer session = as(tenant).get("/api/v1/games/sessions?characterId=" + character).jsonPath()
                .getInt("[0].id");
        as(tenant).post("/api/v1/games/sessions/" + session + "/reset").then().statusCode(204);
        PipelineTestSupport.Round three = pipeline.run(pipeline.request("npc-dialogue", second, "en"), "Hm?");
        assertThat(PipelineTestSupport.userPrompt(three.call())).doesNotContain("Can you mend my sword?");
    }

    @Test
    void anUnknownCharacterIsRejected() {
        GenerationCompleted result = refused("npc-dialogue", "{\"characterId\": 999999, \"utterance\": \"Hi\"}");
        assertThat(result.status()).isEqualTo(GenerationStatus.REJECTED);
        assertThat(result.errorCode()).isEqualTo("UNKNOWN_CHARACTER");
    }

    @Test
    void gm07ContentAboveTheWorldsRatingIsBlockedButAllowedInAnAdultWorld() {
        String gore = "The bandit's entrails spilled across the road in a gory mess.";
        long kids = GamesData.character(tenant, GamesData.world(tenant, "Puddle Town", "PEGI-7", "en"), "Pip");
        GenerationCompleted blocked = run("npc-dialogue",
                "{\"characterId\": %d, \"utterance\": \"What happened?\"}".formatted(kids), "en", gore);
        assertThat(blocked.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(blocked.findings()).extracting(Finding::ruleId).containsOnly("GM-07");

        long adults = GamesData.character(tenant, GamesData.world(tenant, "Grimhold", "PEGI-18", "en"), "Vex");
        assertThat(run("npc-dialogue", "{\"characterId\": %d, \"utterance\": \"What happened?\"}".formatted(adults),
                "en", gore).status()).isEqualTo(GenerationStatus.COMPLETED);
        // the inline mode uses the rating the request states
        assertThat(run("npc-dialogue", """
                {"characterName": "Vex", "persona": "mercenary", "utterance": "Well?", "ageRating": "ESRB-T"}""",
                "en", "Shut up, you bitch.").status()).isEqualTo(GenerationStatus.BLOCKED);
    }

    @Test
    void gm06BlocksSelfHarmAndGamblingLinksButNotOrdinaryLinks() {
        String input = "{\"characterName\": \"Rook\", \"persona\": \"rogue\", \"utterance\": \"Any tips?\"}";
        assertThat(run("npc-dialogue", input, "en", "You could always cut yourself.").findings())
                .extracting(Finding::ruleId).containsExactly("GM-06");
        GenerationCompleted link = run("npc-dialogue", input, "en", "Try https://lucky-casino.example/bonus today.");
        assertThat(link.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(link.findings()).extracting(Finding::ruleId).containsExactly("GM-06-LINK");
        assertThat(run("npc-dialogue", input, "en", "The guide at https://play.example/guide helps.").status())
                .isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void questIsJsonFromTheWorld() {
        long world = GamesData.world(tenant, "Emberfall", "PEGI-12", "en");
        String input = "{\"worldId\": %d, \"levelMin\": 3, \"levelMax\": 6, \"theme\": \"a cold forge\"}"
                .formatted(world);
        String quest = """
                {"title": "The Cold Forge", "hook": "The great forge went dark overnight.", "recommendedLevel": 4,
                 "objectives": ["Find out who doused the forge"], "steps": [{"order": 1, "description": "Ask Mara"}],
                 "rewards": [{"name": "Ember Ring", "kind": "item"}, {"name": "XP", "kind": "xp", "amount": 300}]}""";
        PipelineTestSupport.Round round = pipeline.run(pipeline.request("quest", input, "en"), quest);
        assertThat(round.call().responseSchema().at("/required").toString()).contains("rewards");
        assertThat(PipelineTestSupport.systemPrompt(round.call())).contains("ember-lit mountains", "PEGI-12");
        assertThat(PipelineTestSupport.userPrompt(round.call())).contains("levels 3 to 6", "a cold forge");
        assertThat(round.result().status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(round.result().output().at("/rewards/0/name").asText()).isEqualTo("Ember Ring");

        GenerationCompleted invalid = run("quest", input, "en", "{\"title\": \"No steps\"}");
        assertThat(invalid.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(invalid.errorCode()).isEqualTo("OUTPUT_INVALID");
        assertThat(refused("quest", input.replace("\"worldId\": " + world, "\"worldId\": 999999")).errorCode())
                .isEqualTo("UNKNOWN_WORLD");
    }

    @Test
    void gm03PaidRandomItemCopyMustShowOrLinkTheOdds() {
        long world = GamesData.world(tenant, "Emberfall", "PEGI-12", "en-GB");
        long chest = GamesData.item(tenant, world, "Ember Chest", true);
        String input = "{\"itemId\": %d}".formatted(chest);
        PipelineTestSupport.Round hidden = pipeline.run(pipeline.request("item-description", input, "en"),
                "Open the Ember Chest for a boosted chance at legendary gear!");
        assertThat(PipelineTestSupport.systemPrompt(hidden.call())).contains("https://play.example/odds/ember-chest");
        assertThat(hidden.result().status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(hidden.result().findings()).extracting(Finding::ruleId).containsOnly("GM-03");

        assertThat(run("item-description", input, "en", "A chest of random forge gear. Odds of every reward: "
                + "https://play.example/odds/ember-chest").status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(run("item-description", input, "en", "Random gear: legendary 0.5%, epic 4.5%, rare 95%.")
                .status()).isEqualTo(GenerationStatus.COMPLETED);
        long sword = GamesData.item(tenant, world, "Ember Blade", false);
        assertThat(run("item-description", "{\"itemId\": %d}".formatted(sword), "en",
                "A blade still warm from the forge.").status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void gm04PaidRandomItemsForBelgiumGoToReview() {
        long chest = GamesData.item(tenant, GamesData.world(tenant, "Vlaanderen", "PEGI-12", "nl-BE"), "Kist", true);
        GenerationCompleted result = run("item-description", "{\"itemId\": %d}".formatted(chest), "en",
                "A random chest. Odds of every reward: https://play.example/odds/ember-chest");
        assertThat(result.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GM-04", "REVIEW"));
    }

    private static String event(long world, String market, boolean minors, String extra) {
        return """
                {"worldId": %d, "eventName": "Lantern Festival", "theme": "lanterns over the forge",
                 "market": "%s", "includesMinors": %s%s}""".formatted(world, market, minors, extra);
    }

    @Test
    void gm01AndGm02ProtectMinorsBeforeAnyCopyIsWritten() {
        long world = GamesData.world(tenant, "Emberfall", "CADPA-12+", "zh-CN");
        GenerationCompleted late = refused("world-event", event(world, "CN", true,
                ", \"playWindow\": {\"days\": [\"mon\", \"sat\"], \"startHour\": 19, \"endHour\": 22}"));
        assertThat(late.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(late.findings()).extracting(Finding::ruleId).containsOnly("GM-01");
        assertThat(late.findings()).extracting(Finding::excerpt).contains("day mon", "hours 19:00-22:00");

        GenerationCompleted pricey = refused("world-event", event(world, "CN", true,
                ", \"offer\": {\"name\": \"Lantern Pack\", \"priceCny\": 98, \"minorAgeBand\": \"8-15\"}"));
        assertThat(pricey.findings()).extracting(Finding::ruleId).containsOnly("GM-02");

        PipelineTestSupport.Round allowed = pipeline.run(pipeline.request("world-event", event(world, "CN", true,
                ", \"playWindow\": {\"days\": [\"fri\", \"sat\", \"holiday\"], \"startHour\": 20, \"endHour\": 21}"
                        + ", \"offer\": {\"name\": \"Lantern Pack\", \"priceCny\": 98, \"minorAgeBand\": \"16-17\"}"),
                "zh-CN"), "灯会周五至周日20:00-21:00开放。");
        assertThat(PipelineTestSupport.systemPrompt(allowed.call())).contains("Players include minors");
        assertThat(PipelineTestSupport.userPrompt(allowed.call())).contains("fri, sat, holiday 20:00-21:00",
                "Lantern Pack, 98 RMB");
        assertThat(allowed.result().status()).isEqualTo(GenerationStatus.COMPLETED);
    }

    @Test
    void gm11AndGm05OnEventCopy() {
        long kids = GamesData.world(tenant, "Puddle Town", "PEGI-7", "en");
        GenerationCompleted urged = run("world-event", event(kids, "US", true, ""), "en",
                "Lanterns everywhere! Buy the Gem Pack now!");
        assertThat(urged.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(urged.findings()).extracting(Finding::ruleId).containsOnly("GM-11");
        long adults = GamesData.world(tenant, "Grimhold", "PEGI-18", "en");
        assertThat(run("world-event", event(adults, "US", false, ""), "en",
                "Lanterns everywhere! Buy the Gem Pack now!").status()).isEqualTo(GenerationStatus.COMPLETED);

        GenerationCompleted night = run("world-event", event(kids, "US", true, ""), "en",
                "Lanterns glow all night long: stay up late and catch them all!");
        assertThat(night.status()).isEqualTo(GenerationStatus.NEEDS_REVIEW);
        assertThat(night.findings()).extracting(Finding::ruleId).containsOnly("GM-01-COPY");
        assertThat(run("world-event", event(adults, "US", false, ""), "en",
                "Lanterns glow all night long: stay up late and catch them all!").status())
                .isEqualTo(GenerationStatus.COMPLETED);

        GenerationCompleted inducement = run("world-event", event(adults, "CN", false, ""), "zh-CN",
                "灯会开启，活动期间首充双倍！");
        assertThat(inducement.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(inducement.findings()).extracting(Finding::ruleId, Finding::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GM-05", "FLAG"));
    }

    @Test
    void gm08VoiceCloningNeedsAConsentRecord() {
        long character = GamesData.character(tenant, GamesData.world(tenant, "Emberfall", "PEGI-12", "en"), "Mara");
        String input = "{\"characterId\": %d, \"focus\": \"clone the voice of a famous actor for her lines\"%s}";
        GenerationCompleted refusedResult = refused("character-backstory", input.formatted(character, ""));
        assertThat(refusedResult.status()).isEqualTo(GenerationStatus.BLOCKED);
        assertThat(refusedResult.findings()).extracting(Finding::ruleId).containsOnly("GM-08");

        PipelineTestSupport.Round consented = pipeline.run(pipeline.request("character-backstory",
                input.formatted(character, ", \"consentRecordId\": \"SAG-2026-0042\""), "en"),
                "Mara was born under the mountain.");
        assertThat(PipelineTestSupport.userPrompt(consented.call())).contains("gruff dwarven blacksmith");
        assertThat(consented.result().status()).isEqualTo(GenerationStatus.COMPLETED);
    }
}
